/**
 * npm run test:xss: every payload of XSS_PAYLOADS (default ../shared/xss/xss_payloads.jsonl)
 * stored as a conversation (its title, a user message and an assistant reply),
 * rendered by the production build in Chromium. A payload passes when nothing
 * called window.__xss, nothing live is in the DOM (no on* attribute, no
 * javascript:/vbscript:/data: URL, no script/iframe/object/embed/base/meta/frame),
 * hovering the rendered links does nothing, and the text is still shown.
 * Ends with "N passed, N failed" counted over payloads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { launchChromium, replaceConversations, startPreview, untilHydrated } from './harness';

const file = process.env.XSS_PAYLOADS ?? '../shared/xss/xss_payloads.jsonl';
if (!existsSync(file)) {
  console.error(`No payload file at ${file}: set XSS_PAYLOADS.`);
  process.exit(2);
}
const payloads = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { payload: string }).payload);

const PORT = 4181;
const BATCH = 100;

function record(i: number, payload: string) {
  const id = `x${i}`;
  return {
    schema: 1,
    id,
    title: payload.slice(0, 200) || '(empty)',
    createdAt: i,
    updatedAt: i,
    nodes: [
      { id: `${id}-u`, parentId: null, role: 'user', text: payload, createdAt: 1, status: 'done' },
      {
        id: `${id}-a`,
        parentId: `${id}-u`,
        role: 'assistant',
        text: payload,
        createdAt: 2,
        status: 'done',
      },
    ],
    activeLeafId: `${id}-a`,
    lastVisited: {},
  };
}

/** Runs in the page: what is live in the app's DOM. */
function liveThings(): string[] {
  const root = document.getElementById('root')!;
  const found: string[] = [];
  const forbidden = ['SCRIPT', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'BASE', 'META'];
  const urlAttrs = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data'];
  for (const el of root.querySelectorAll('*')) {
    if (forbidden.includes(el.tagName)) found.push(`<${el.tagName.toLowerCase()}>`);
    for (const attr of el.attributes) {
      if (attr.name.toLowerCase().startsWith('on'))
        found.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
      if (
        urlAttrs.includes(attr.name.toLowerCase()) &&
        // Browsers ignore control characters inside URLs, so the check must too.
        // eslint-disable-next-line no-control-regex
        /^\s*(javascript|vbscript|data):/i.test(attr.value.replace(/[\u0000-\u0020]/g, ''))
      ) {
        found.push(`${el.tagName.toLowerCase()}[${attr.name}=${attr.value.slice(0, 40)}]`);
      }
    }
  }
  return found;
}

async function main() {
  const preview = await startPreview(PORT);
  const browser = await launchChromium();
  let passed = 0;
  let failed = 0;
  try {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      (window as unknown as { __xssCalls: number; __xss: () => void }).__xssCalls = 0;
      (window as unknown as { __xss: () => void }).__xss = () =>
        void ((window as unknown as { __xssCalls: number }).__xssCalls += 1);
    });
    const page = await context.newPage();
    page.on('popup', (p) => void p.close());
    page.on('dialog', (d) => void d.dismiss());
    await page.goto(`${preview.url}/`);
    await untilHydrated(page);

    for (let start = 0; start < payloads.length; start += BATCH) {
      const batch = payloads.slice(start, start + BATCH);
      await replaceConversations(
        page,
        batch.map((p, k) => record(start + k, p)),
      );
      await page.reload();
      await untilHydrated(page);
      const items = page
        .getByRole('navigation', { name: 'Conversations' })
        .locator('.conversation-title');
      for (let k = 0; k < batch.length; k += 1) {
        const payload = batch[k]!;
        // Newest first: conversation start+k is item batch.length-1-k.
        await items.nth(batch.length - 1 - k).click();
        const user = page.locator(`#msg-x${start + k}-u .user-text`);
        await user.waitFor();
        for (const link of await page.locator('.thread a').all())
          await link.hover({ timeout: 1000 }).catch(() => {});
        const shown = (await user.textContent()) === payload;
        const live = await page.evaluate(liveThings);
        const calls = await page.evaluate(
          () => (window as unknown as { __xssCalls: number }).__xssCalls,
        );
        if (shown && live.length === 0 && calls === 0) passed += 1;
        else {
          failed += 1;
          console.log(
            `FAIL ${JSON.stringify(payload).slice(0, 120)}: ${[!shown && 'text not shown', calls && `__xss called ${calls}×`, ...live].filter(Boolean).join(', ')}`,
          );
          await page.evaluate(
            () => void ((window as unknown as { __xssCalls: number }).__xssCalls = 0),
          );
        }
      }
    }
  } finally {
    await browser.close();
    preview.stop();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

void main();
