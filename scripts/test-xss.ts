/**
 * npm run test:xss: every payload of XSS_PAYLOADS (default ../shared/xss/xss_payloads.jsonl)
 * in every context of scripts/xss/contexts.ts (stored title, message and reply;
 * imported file; built-in reply; streamed reply; feedback comment), in the production build in
 * Chromium under its Content-Security-Policy. A payload passes when it passes in
 * every context. Ends with "N passed, N failed" counted over payloads.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, startPreview, untilHydrated } from './harness';
import {
  builtinContext,
  importedContext,
  installProbe,
  readPayloads,
  storedContext,
  streamedContext,
  type Check,
} from './xss/contexts';

const file = process.env.XSS_PAYLOADS ?? '../shared/xss/xss_payloads.jsonl';
if (!existsSync(file)) {
  console.error(`No payload file at ${file}: set XSS_PAYLOADS.`);
  process.exit(2);
}
const payloads = readPayloads(file);
const PORT = Number(process.env.XSS_PORT ?? 4181);

async function main() {
  const preview = await startPreview(PORT);
  const browser = await launchChromium();
  const failed = new Set<string>();
  const check: Check = (payload, context, problems) => {
    if (problems.length === 0) return;
    failed.add(payload);
    console.log(
      `FAIL [${context}] ${JSON.stringify(payload).slice(0, 120)}: ${problems.join(', ')}`,
    );
  };
  try {
    const started = Date.now();
    const lane = async (steps: readonly (readonly [string, (page: Page) => Promise<void>])[]) => {
      // Each lane has its own browser context: its own storage, so lanes never see each other.
      const context = await browser.newContext();
      await installProbe(context);
      const page = await context.newPage();
      page.on('popup', (p) => void p.close());
      page.on('dialog', (d) => void d.dismiss());
      await page.goto(`${preview.url}/`);
      await untilHydrated(page);
      for (const [name, run] of steps) {
        await run(page);
        console.log(`${name}: done at ${Math.round((Date.now() - started) / 1000)} s`);
      }
      await context.close();
    };
    // Two lanes of about equal length, side by side (one per core on CI): the longest CI step, shortened.
    await Promise.all([
      lane([
        ['stored', (page) => storedContext(page, payloads, check)],
        [
          'imported',
          (page) => importedContext(page, payloads, mkdtempSync(join(tmpdir(), 'xss-')), check),
        ],
        ['built-in reply', (page) => builtinContext(page, payloads, check)],
      ]),
      lane([['streamed + feedback', (page) => streamedContext(page, payloads, check)]]),
    ]);
  } finally {
    await browser.close();
    preview.stop();
  }
  console.log(`${payloads.length - failed.size} passed, ${failed.size} failed`);
  process.exitCode = failed.size === 0 ? 0 : 1;
}

void main();
