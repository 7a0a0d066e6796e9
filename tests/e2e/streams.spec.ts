/**
 * Broken streams from a real model server: cut connections, garbage, silence,
 * a stream that never ends, 10,000 tiny chunks and a 1 MiB reply. In each the
 * partial text is kept, the state is said, Retry works and nothing is duplicated.
 */
import type { Page } from '@playwright/test';
import { composer, connectModel, expect, messages, test, untilSaved } from './fixtures';
import { FIVE_WORDS, HUGE_REPLY, startMockModel, TINY_REPLY, type MockModel } from './mockModel';

let mock: MockModel;
test.beforeEach(async () => {
  mock = await startMockModel();
});
test.afterEach(async () => {
  await mock.close();
});

const reply = (page: Page) => messages(page).last();
const stop = (page: Page) => page.getByRole('button', { name: 'Stop' });

/** Sends without waiting for the reply to finish. */
async function submit(page: Page, text: string) {
  await composer(page).fill(text);
  await composer(page).press('Enter');
  // The reply exists (streaming) before it can be waited for: the backend loads on first use.
  await expect(messages(page)).toHaveCount(2);
}

async function settled(page: Page) {
  await expect(stop(page)).toHaveCount(0, { timeout: 30_000 });
  await expect(reply(page)).not.toHaveAttribute('data-status', 'streaming');
}

/** Events a five-word reply takes in each wire format, and how many carry text before event k. */
const FORMATS = {
  'OpenAI-compatible': { events: 7, textBefore: (k: number) => Math.min(k, 5) },
  'Anthropic (Claude)': { events: 10, textBefore: (k: number) => Math.max(0, Math.min(k - 2, 5)) },
} as const;

for (const [backend, format] of Object.entries(FORMATS) as [
  keyof typeof FORMATS,
  (typeof FORMATS)[keyof typeof FORMATS],
][]) {
  test(`${backend}: a connection cut at every point keeps what arrived, and Retry answers once`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // The browser logs each cut response as a failed resource; only the app's own errors count.
    const crashes: string[] = [];
    page.on('pageerror', (e) => crashes.push(e.message));
    await page.goto('/');
    await connectModel(page, mock, backend);
    for (let k = 0; k < format.events; k += 1) {
      await page.getByRole('button', { name: 'New chat', exact: true }).click();
      await submit(page, `cut at ${k}`);
      await settled(page);
      // Cut before the stream's own end marker: said, even when all the text had come.
      const failed = reply(page).getByRole('alert');
      await expect(failed).toContainText('The connection was lost before the reply finished');
      // What is kept is what the page read of the words sent before the cut: a browser
      // drops chunks it had queued but not handed over when the connection errors,
      // so on a busy machine the tail may be missing, but nothing after the cut shows.
      // (That every event read before an error is kept is tests/unit/sse.test.ts.)
      const sent = FIVE_WORDS.slice(0, format.textBefore(k)).join('').trim();
      const shown = await reply(page).evaluate((el) =>
        (el.querySelector('.markdown')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      );
      expect(sent.startsWith(shown), `"${shown}" is a prefix of "${sent}"`).toBe(true);
      await failed.getByRole('button', { name: 'Retry' }).click();
      await settled(page);
      await expect(reply(page)).toContainText(`Echo: cut at ${k}`);
      // One question, one answer on screen; the cut reply stays as branch 1 of 2.
      await expect(messages(page)).toHaveCount(2);
      await expect(reply(page).getByRole('group', { name: 'Branches' })).toContainText('2 / 2');
    }
    expect(crashes).toEqual([]);
  });
}

test('a server that sends garbage gets a clear message and Retry', async ({ page, errors: _ }) => {
  await page.goto('/');
  await connectModel(page, mock, 'OpenAI-compatible');
  await submit(page, 'garbage please');
  await settled(page);
  await expect(reply(page).getByRole('alert')).toContainText(
    'not a streaming chat reply. Check the base URL and model in Settings.',
  );
  await expect(reply(page).getByRole('button', { name: 'Retry' })).toBeEnabled();
  await expect(composer(page)).toBeEditable();
});

test('a stream that never ends: Stop keeps what arrived', async ({ page, errors: _ }) => {
  await page.goto('/');
  await connectModel(page, mock, 'Anthropic (Claude)');
  await submit(page, 'hang forever');
  await expect(reply(page)).toContainText('This reply never ends.');
  await stop(page).click();
  await settled(page);
  await expect(reply(page)).toContainText('This reply never ends.');
  await expect(reply(page)).toContainText('Stopped');
  await expect(reply(page).getByRole('button', { name: 'Regenerate' })).toBeEnabled();
  await expect(composer(page)).toHaveValue('');
});

test('a stream that never ends times out, keeping what arrived, and Retry works', async ({
  page,
  errors: _,
}) => {
  await page.clock.install();
  await page.goto('/');
  await connectModel(page, mock, 'OpenAI-compatible');
  await submit(page, 'hang forever');
  await expect(reply(page)).toContainText('This reply never ends.');
  await page.clock.fastForward(16_000);
  await expect(reply(page).getByRole('status')).toContainText('Nothing received for 15 s');
  await expect(stop(page)).toBeVisible();
  await page.clock.fastForward(110_000);
  await settled(page);
  await expect(reply(page).getByRole('alert')).toContainText('sent nothing for 120 seconds');
  await expect(reply(page)).toContainText('This reply never ends.');
  await reply(page).getByRole('button', { name: 'Retry' }).click();
  await expect(reply(page)).toContainText('This reply never ends.');
  await stop(page).click();
  await expect(messages(page)).toHaveCount(2);
});

test('a 30-second silence is waited out and the reply completes', async ({ page, errors: _ }) => {
  await page.clock.install();
  await page.goto('/');
  await connectModel(page, mock, 'Anthropic (Claude)');
  await submit(page, 'pause for a while');
  await expect(reply(page)).toContainText('Before the pause.');
  await page.clock.fastForward(30_000);
  await expect(reply(page).getByRole('status')).toContainText('Still waiting');
  mock.release();
  await settled(page);
  await expect(reply(page)).toContainText('Before the pause. After the pause.');
  await expect(reply(page).getByRole('status')).toHaveCount(0);
  await expect(reply(page).getByRole('alert')).toHaveCount(0);
});

test('10,000 tiny chunks arrive whole, once, and survive a reload', async ({ page, errors: _ }) => {
  await page.goto('/');
  await connectModel(page, mock, 'OpenAI-compatible');
  await submit(page, 'tiny chunks please');
  await settled(page);
  const text = () => reply(page).locator('.markdown').textContent();
  expect((await text())?.trim() === TINY_REPLY, 'the whole reply, once').toBe(true);
  await untilSaved(page, TINY_REPLY);
  await page.reload();
  await expect(reply(page)).toBeVisible();
  expect((await text())?.trim() === TINY_REPLY, 'the whole reply, once').toBe(true);
});

test('a 1 MiB reply is shown as plain text, whole, and survives a reload', async ({
  page,
  errors: _,
}) => {
  await page.goto('/');
  await connectModel(page, mock, 'Anthropic (Claude)');
  await submit(page, 'huge reply please');
  await settled(page);
  await expect(reply(page)).toContainText('Shown as plain text: too long to format.');
  const text = () => reply(page).locator('.plain-text').textContent();
  expect((await text()) === HUGE_REPLY, 'the whole reply, once').toBe(true);
  await untilSaved(page, HUGE_REPLY);
  await page.reload();
  await expect(reply(page).locator('.plain-text')).toBeVisible();
  expect((await text()) === HUGE_REPLY, 'the whole reply, once').toBe(true);
});
