/**
 * npm run test:xss: every payload of XSS_PAYLOADS (default ../shared/xss/xss_payloads.jsonl)
 * in every context of scripts/xss/contexts.ts (stored title, message and reply;
 * imported file; built-in reply; streamed reply; feedback comment), in the production build in
 * Chromium under its Content-Security-Policy. A payload passes when it passes in
 * every context. Ends with "N passed, N failed" counted over payloads.
 */
import { existsSync, mkdtempSync } from 'node:fs';
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
    const context = await browser.newContext();
    await installProbe(context);
    const page = await context.newPage();
    page.on('popup', (p) => void p.close());
    page.on('dialog', (d) => void d.dismiss());
    await page.goto(`${preview.url}/`);
    await untilHydrated(page);
    const started = Date.now();
    for (const [name, run] of [
      ['stored', () => storedContext(page, payloads, check)],
      [
        'imported',
        () => importedContext(page, payloads, mkdtempSync(join(tmpdir(), 'xss-')), check),
      ],
      ['built-in reply', () => builtinContext(page, payloads, check)],
      ['streamed + feedback', () => streamedContext(page, payloads, check)],
    ] as const) {
      await run();
      console.log(`${name}: done at ${Math.round((Date.now() - started) / 1000)} s`);
    }
  } finally {
    await browser.close();
    preview.stop();
  }
  console.log(`${payloads.length - failed.size} passed, ${failed.size} failed`);
  process.exitCode = failed.size === 0 ? 0 : 1;
}

void main();
