/**
 * Rapid and odd input: double clicks, Enter held down, switching conversations
 * mid-reply; a megabyte paste, a 10,000-line code block, joined emoji,
 * right-to-left text, zero-width characters, lone surrogates and a 5,000-character
 * word, each sent, shown and stored intact.
 */
import {
  composer,
  conversationList,
  expect,
  messages,
  putStored,
  reloadAt,
  readStored,
  send,
  storedRecord,
  test,
  untilSaved,
  untilStorageIdle,
} from './fixtures';

test.describe('rapid input', () => {
  test('a double click on Send sends once', async ({ page, errors: _ }) => {
    await page.goto('/?pace=0');
    await composer(page).fill('Only once, please');
    await page.getByRole('button', { name: 'Send' }).dblclick();
    await expect(messages(page)).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
    await expect(messages(page)).toHaveCount(2);
  });

  test('Enter held down sends once', async ({ page, errors: _ }) => {
    await page.goto('/?pace=0');
    await composer(page).fill('Holding the key');
    await composer(page).focus();
    for (let i = 0; i < 12; i += 1) await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
    await expect(messages(page)).toHaveCount(2);
    await untilStorageIdle(page);
    expect((await readStored(page))[0]?.nodes.length).toBe(2);
  });

  test('double clicks on Regenerate and on Save (branch) make one branch each', async ({
    page,
    errors: _,
  }) => {
    await page.goto('/?pace=0');
    await send(page, 'Tell me about tides');
    await messages(page).last().getByRole('button', { name: 'Regenerate' }).dblclick();
    await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
    await expect(messages(page).last().getByRole('group', { name: 'Branches' })).toContainText(
      '2 / 2',
    );
    await messages(page).first().getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('textbox', { name: 'Edit message' }).fill('Tell me about waves');
    await page.getByRole('button', { name: 'Save', exact: true }).dblclick();
    await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
    await expect(messages(page).first().getByRole('group', { name: 'Branches' })).toContainText(
      '2 / 2',
    );
    await expect(messages(page)).toHaveCount(2);
  });

  test('switching conversations mid-reply: the reply finishes in its own conversation', async ({
    page,
    errors: _,
  }) => {
    await page.goto('/?pace=40');
    await composer(page).fill('A slow answer for the first chat');
    await composer(page).press('Enter');
    await expect(messages(page).last()).toHaveAttribute('data-status', 'streaming');
    await page.getByRole('button', { name: 'New chat', exact: true }).click();
    await send(page, 'Meanwhile, a second chat');
    await expect(messages(page)).toHaveCount(2);
    await expect(messages(page).first()).toContainText('Meanwhile, a second chat');

    await conversationList(page).filter({ hasText: 'A slow answer' }).click();
    await expect(messages(page)).toHaveCount(2);
    await expect(messages(page).last()).not.toHaveAttribute('data-status', 'streaming', {
      timeout: 30_000,
    });
    await expect(messages(page).first()).toContainText('A slow answer for the first chat');
    await expect(messages(page).last()).toHaveAttribute('aria-label', 'Assistant said');
    await expect(messages(page).last()).not.toHaveText('');
    await conversationList(page).filter({ hasText: 'Meanwhile' }).click();
    await expect(messages(page)).toHaveCount(2);
    await expect(messages(page).last()).not.toContainText('A slow answer');
  });
});

test.describe('big and odd input', () => {
  test('a 1 MB paste becomes an attachment, and is sent, shown and stored intact', async ({
    page,
    context,
    errors: _,
  }) => {
    const big = Array.from(
      { length: 21_500 },
      (_, i) => `${i}: the quick brown fox jumps over the lazy dog`,
    ).join('\n');
    expect(big.length).toBeGreaterThan(1_048_576);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?pace=0');
    await page.evaluate((text) => navigator.clipboard.writeText(text), big);
    await composer(page).focus();
    await page.keyboard.press('Control+V');
    const attachment = page.getByRole('group', { name: 'Pasted text' });
    await expect(attachment).toContainText('Pasted text · 21,500 lines · 1.0 MB');
    await expect(composer(page)).toHaveValue('');
    // Remove takes it away; a second paste brings it back.
    await attachment.getByRole('button', { name: 'Remove pasted text' }).click();
    await expect(attachment).toHaveCount(0);
    await composer(page).focus();
    await page.keyboard.press('Control+V');
    await composer(page).press('Enter');
    await expect(messages(page)).toHaveCount(2);
    await expect(attachment).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
    const shown = await messages(page).first().locator('.user-text').textContent();
    expect(shown === big, 'shown intact').toBe(true);
    await untilSaved(page, big);
  });

  test('joined emoji, right-to-left, zero-width and a 5,000-character word survive the trip', async ({
    page,
    errors: _,
  }) => {
    const odd = [
      'Family: 👩‍👩‍👧‍👦 flags: 🏳️‍🌈 🇯🇵 skin: 👋🏽',
      'مرحبا بالعالم — שלום עולם — mixed עברית and English',
      'zero\u200bwidth\u200cjoin\u200dmark\u2060s and \ufeffBOM',
      `word: ${'a'.repeat(5_000)}`,
    ].join('\n');
    await page.goto('/?pace=0');
    await send(page, odd);
    expect((await messages(page).first().locator('.user-text').textContent()) === odd).toBe(true);
    await untilSaved(page, odd);
    // The long word wraps inside the thread instead of widening the page.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('lone surrogates are sent, shown and stored exactly', async ({ page, errors: _ }) => {
    await page.goto('/?pace=0');
    await expect(composer(page)).toBeVisible();
    // Built in the page: the test protocol itself would repair lone surrogates.
    await page.evaluate(() => {
      const text = `broken ${String.fromCharCode(0xd800)} pair ${String.fromCharCode(0xdfff)} end`;
      (window as unknown as { __odd: string }).__odd = text;
      const input = document.getElementById('composer-input') as HTMLTextAreaElement;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(
        input,
        text,
      );
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await composer(page).press('Enter');
    await expect(messages(page)).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
    const check = () =>
      page.evaluate(async () => {
        const odd = (window as unknown as { __odd: string }).__odd;
        const shown = document.querySelector('.user-text')?.textContent === odd;
        const stored = await new Promise<boolean>((resolve) => {
          const open = indexedDB.open('parley');
          open.onsuccess = () => {
            const all = open.result
              .transaction('conversations')
              .objectStore('conversations')
              .getAll();
            // Messages are stored in chunks (older records held them inline).
            type Message = { text: string };
            all.onsuccess = () =>
              resolve(
                (all.result as (Message[] | { nodes?: Message[] })[])
                  .flatMap((v) => (Array.isArray(v) ? v : (v.nodes ?? [])))
                  .some((n) => n.text === odd),
              );
          };
        });
        return { shown, stored };
      });
    await expect.poll(check).toEqual({ shown: true, stored: true });
  });

  test('a reply with a 10,000-line code block is shown whole', async ({ page, errors: _ }) => {
    const code = Array.from({ length: 10_000 }, (_, i) => `let line${i} = ${i};`).join('\n');
    const record = storedRecord('code', 'Big code');
    record.nodes[1]!.text = `Here it is:\n\n\`\`\`js\n${code}\n\`\`\``;
    await page.goto('/?pace=0');
    await expect(composer(page)).toBeVisible();
    await putStored(page, [['code', record]]);
    await reloadAt(page, 'code');
    const block = messages(page).last().locator('pre code');
    await expect(block).toBeVisible();
    expect((await block.textContent())?.trimEnd() === code).toBe(true);
  });
});
