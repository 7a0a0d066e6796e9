/**
 * Hostile payloads in every place the app shows or sends text: a stored title,
 * user message and reply; an imported file; a message to the built-in assistant
 * and its reply; a reply streamed from an OpenAI-compatible server; a feedback comment. Shared by `npm run test:xss`
 * (every payload of ../shared/xss) and the browser test over the project's own
 * fixture. A payload passes a context when nothing called window.__xss, nothing
 * live is in the DOM and the text is still shown.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { COMMENT_LIMIT } from '../../src/features/feedback/types';
import { replaceConversations, untilHydrated } from '../harness';

export type Check = (payload: string, context: string, problems: string[]) => void;

export function readPayloads(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { payload: string }).payload);
}

/** Counts calls to window.__xss in every page of the context. */
export async function installProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __xssCalls: number; __xss: () => void };
    w.__xssCalls = 0;
    w.__xss = () => void (w.__xssCalls += 1);
  });
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

/** What is wrong on the page now (hovering its links first); resets the call count. */
async function problemsOn(page: Page): Promise<string[]> {
  for (const link of await page.locator('.thread a').all())
    await link.hover({ timeout: 1000 }).catch(() => {});
  const live = await page.evaluate(liveThings);
  const calls = await page.evaluate(() => {
    const w = window as unknown as { __xssCalls: number };
    const n = w.__xssCalls;
    w.__xssCalls = 0;
    return n;
  });
  return [...(calls ? [`__xss called ${calls}×`] : []), ...live];
}

function record(id: string, i: number, payload: string) {
  return {
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
        kind: 'answer',
        text: payload,
        createdAt: 2,
        status: 'done',
      },
    ],
    activeLeafId: `${id}-a`,
    lastVisited: {},
  };
}

const BATCH = 100;
/**
 * Contexts that add a conversation per payload start afresh this often: a page
 * holding 1,500 conversations slows every step, and the whole run past CI's limit.
 */
const FRESH_EVERY = 25;

async function startAfresh(page: Page) {
  await replaceConversations(page, []);
  await page.reload();
  await untilHydrated(page);
}

/** Opens each listed conversation (newest first) and checks it. */
async function checkListed(
  page: Page,
  ids: string[],
  payloads: string[],
  context: string,
  check: Check,
) {
  const items = page
    .getByRole('navigation', { name: 'Conversations' })
    .locator('.conversation-title');
  for (let k = 0; k < payloads.length; k += 1) {
    const payload = payloads[k]!;
    await items.nth(payloads.length - 1 - k).click();
    const user = page.locator(`[id="msg-${ids[k]}-u"] .user-text`);
    await user.waitFor();
    const problems = await problemsOn(page);
    if ((await user.textContent()) !== payload) problems.push('text not shown');
    check(payload, context, problems);
  }
}

/** As a stored conversation: its title, a user message and an assistant reply. */
export async function storedContext(page: Page, payloads: string[], check: Check) {
  for (let start = 0; start < payloads.length; start += BATCH) {
    const batch = payloads.slice(start, start + BATCH);
    const ids = batch.map((_, k) => `s${start + k}`);
    await replaceConversations(
      page,
      batch.map((p, k) => ({ schema: 2, ...record(ids[k]!, start + k, p) })),
    );
    await page.reload();
    await untilHydrated(page);
    await checkListed(page, ids, batch, 'stored', check);
  }
}

/** As imported files: each batch one export file of many conversations, through Import…. */
export async function importedContext(page: Page, payloads: string[], dir: string, check: Check) {
  for (let start = 0; start < payloads.length; start += BATCH) {
    const batch = payloads.slice(start, start + BATCH);
    const ids = batch.map((_, k) => `i${start + k}`);
    await replaceConversations(page, []);
    await page.reload();
    await untilHydrated(page);
    const file = `${dir}/import-${start}.json`;
    const exports = batch.map((p, k) => ({
      format: 'parley.conversation',
      version: 1,
      exportedAt: 0,
      conversation: record(ids[k]!, start + k, p),
    }));
    writeFileSync(file, JSON.stringify(exports));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(file);
    await page.getByRole('alert').filter({ hasText: 'Imported' }).waitFor();
    await checkListed(page, ids, batch, 'imported', check);
  }
}

/** As a message to the built-in assistant, whose reply quotes the start of it. */
export async function builtinContext(page: Page, payloads: string[], check: Check) {
  await replaceConversations(page, []);
  await page.goto(new URL('/?pace=0', page.url()).href);
  await untilHydrated(page);
  for (const [i, payload] of payloads.entries()) {
    if (i > 0 && i % FRESH_EVERY === 0) await startAfresh(page);
    if (!payload.trim()) continue;
    await page.getByRole('button', { name: 'New chat', exact: true }).click();
    const composer = page.getByRole('textbox', { name: 'Message' });
    await composer.fill(payload);
    await composer.press('Enter');
    await page.locator('article[data-status="done"]').nth(1).waitFor();
    const problems = await problemsOn(page);
    const shown = await page.locator('.user-text').first().textContent();
    if (shown !== payload) problems.push('text not shown');
    check(payload, 'built-in reply', problems);
  }
}

/** Never contacted: a route answers for it. (Port 9 and other well-known ports are refused by Chromium.) */
const SERVER = 'http://127.0.0.1:59999';

/**
 * As a reply streamed by an OpenAI-compatible server (served by a route), then
 * as the comment of feedback on that reply, checked as the endpoint receives it.
 */
export async function streamedContext(page: Page, payloads: string[], check: Check) {
  const queue: string[] = [];
  const comments: string[] = [];
  const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' };
  await page.route(`${SERVER}/**`, (route) => {
    const request = route.request();
    const path = new URL(request.url()).pathname;
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    if (path === '/feedback') {
      const body = request.postDataJSON() as { comment?: string } | null;
      comments.push(body?.comment ?? '');
      return route.fulfill({ status: 201, headers: cors, json: {} });
    }
    if (path === '/v1/models')
      return route.fulfill({ headers: cors, json: { data: [{ id: 'mock-1' }] } });
    const payload = queue.shift() ?? '';
    const events = [
      { choices: [{ index: 0, delta: { content: payload }, finish_reason: null }] },
      { choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] },
    ];
    return route.fulfill({
      status: 200,
      headers: { ...cors, 'content-type': 'text/event-stream' },
      body: `${events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join('')}data: [DONE]\n\n`,
    });
  });
  await replaceConversations(page, []);
  await page.reload();
  await untilHydrated(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Backend').selectOption({ label: 'OpenAI-compatible' });
  await settings.getByLabel('Base URL').fill(SERVER);
  await settings.getByLabel('Model', { exact: true }).fill('mock-1');
  await settings.getByLabel(/Feedback URL/).fill(`${SERVER}/feedback`);
  // Save applies and closes.
  await settings.getByRole('button', { name: 'Save' }).click();
  await settings.waitFor({ state: 'hidden' });

  for (const [i, payload] of payloads.entries()) {
    if (i > 0 && i % FRESH_EVERY === 0) await startAfresh(page);
    await page.getByRole('button', { name: 'New chat', exact: true }).click();
    queue.push(payload);
    const composer = page.getByRole('textbox', { name: 'Message' });
    await composer.fill(`Payload ${i}`);
    await composer.press('Enter');
    const reply = page.getByRole('article').nth(1);
    await reply.waitFor();
    await page.locator('article[data-status="done"]').nth(1).waitFor();
    const problems = await problemsOn(page);
    const markdown = reply.locator('.markdown');
    const shown = (await markdown.count()) > 0 ? ((await markdown.textContent()) ?? '') : '';
    if (/\w/.test(payload) && !/\S/.test(shown)) problems.push('reply text not shown');
    check(payload, 'streamed reply', problems);

    await reply.getByRole('button', { name: 'Bad reply' }).click();
    const dialog = page.getByRole('dialog', { name: 'Feedback on this reply' });
    await dialog.getByRole('textbox', { name: 'Comment (optional)' }).fill(payload);
    const sent = comments.length;
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Sent' }).waitFor();
    const feedbackProblems = await problemsOn(page);
    // The comment box accepts COMMENT_LIMIT characters and says what it left out.
    if (comments.length !== sent + 1 || comments[sent] !== payload.slice(0, COMMENT_LIMIT))
      feedbackProblems.push('comment not sent as accepted');
    await dialog.getByRole('button', { name: 'Close' }).click();
    check(payload, 'feedback comment', feedbackProblems);
  }
}
