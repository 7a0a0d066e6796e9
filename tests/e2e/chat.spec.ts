import {
  composer,
  expect,
  expectNoSeriousAxeViolations,
  messages,
  putStored,
  readStored,
  reloadAt,
  send,
  storedRecord,
  test,
  untilStorageIdle,
} from './fixtures';

test.describe('chatting on the built-in assistant', () => {
  test('a message gets a streamed reply', async ({ page, errors: _ }) => {
    await page.goto('/?pace=15');
    await composer(page).fill('what can you do?');
    await composer(page).press('Enter');
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    const reply = messages(page).nth(1);
    await expect(reply).toHaveAttribute('data-status', 'streaming');
    await expect(reply).toContainText('Regenerate a reply', { timeout: 20_000 });
    await expect(reply).toHaveAttribute('data-status', 'done');
    await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
  });

  // Issue 35: after a reload the guard's worker starts cold, and a message waits on its
  // verdict with no reply yet. Here the worker's script is held until the test lets it load.
  test('while the first message is still judged, Stop shows and a second Enter keeps its text', async ({
    page,
    errors: _,
  }) => {
    let release = () => {};
    const loaded = new Promise<void>((r) => (release = r));
    let asked = false;
    await page.route('**/guard.worker-*.js', async (route) => {
      asked = true;
      await loaded;
      await route.continue();
    });
    await page.goto('/?pace=0');
    await composer(page).fill('hello');
    await composer(page).press('Enter');
    await expect(messages(page)).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    await composer(page).fill('thanks');
    await composer(page).press('Enter');
    await expect(page.getByText('Wait for the reply, or press Stop.')).toBeVisible();
    await expect(composer(page)).toHaveValue('thanks');
    await expect(page.getByRole('alert')).toHaveText('');
    expect(asked).toBe(true);
    release();
    await expect(messages(page)).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
    await composer(page).press('Enter');
    await expect(messages(page)).toHaveCount(4);
    await expect(messages(page).nth(2)).toContainText('thanks');
  });

  test('editing the first message branches; the picker goes back to the old reply', async ({
    page,
    errors: _,
  }) => {
    await page.goto('/?pace=0');
    await send(page, 'hello');
    const oldReply = (await messages(page).nth(1).locator('.markdown').textContent()) ?? '';
    await messages(page).first().getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('textbox', { name: 'Edit message' }).fill('what can you do?');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(messages(page).first()).toContainText('2 / 2');
    await expect(messages(page).nth(1)).toContainText("Here's what you can try");
    await messages(page).first().getByRole('button', { name: 'Previous branch' }).click();
    await expect(messages(page).first()).toContainText('1 / 2');
    await expect(messages(page).first()).toContainText('hello');
    await expect(messages(page).nth(1).locator('.markdown')).toHaveText(oldReply);
  });

  test('Stop keeps the partial reply and marks it stopped', async ({ page, errors: _ }) => {
    await page.goto('/?pace=80');
    await composer(page).fill('what can you do?');
    await composer(page).press('Enter');
    const reply = messages(page).nth(1);
    await expect(reply.locator('.markdown')).toContainText('Here');
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(reply).toContainText('Stopped');
    // Stopped is final: the reply is no longer streaming, so its text can no longer grow.
    await expect(reply).toHaveAttribute('data-status', 'stopped');
    const partial = await reply.locator('.markdown').innerText();
    await untilStorageIdle(page);
    expect(await reply.locator('.markdown').innerText()).toBe(partial);
    expect(partial).not.toContain('survives a reload');
  });

  test('a reload finds the conversation, its branches and the selected branch', async ({
    page,
    errors: _,
  }) => {
    await page.goto('/?pace=0');
    await send(page, 'hello');
    await messages(page).first().getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('textbox', { name: 'Edit message' }).fill('what can you do?');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(messages(page).first()).toContainText('2 / 2');
    await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
    await messages(page).first().getByRole('button', { name: 'Previous branch' }).click();
    await expect(messages(page).first()).toContainText('1 / 2');
    await untilStorageIdle(page);
    await page.reload();
    await expect(messages(page).first()).toContainText('1 / 2');
    await expect(messages(page).first()).toContainText('hello');
    await messages(page).first().getByRole('button', { name: 'Next branch' }).click();
    await expect(messages(page).first()).toContainText('what can you do?');
  });

  test('conversations can be created, renamed and deleted', async ({ page, errors: _ }) => {
    await page.goto('/?pace=0');
    const nav = page.getByRole('navigation', { name: 'Conversations' });
    await send(page, 'first chat');
    await nav.getByRole('button', { name: 'New chat', exact: true }).click();
    await expect(composer(page)).toBeFocused();
    await send(page, 'second chat');
    await expect(nav.getByRole('listitem')).toHaveCount(2);
    await expect(nav.getByRole('listitem').first()).toContainText('second chat');

    await nav.getByRole('button', { name: 'Rename “first chat”' }).click();
    await nav.getByRole('textbox', { name: 'Conversation title' }).fill('Renamed');
    await nav.getByRole('textbox', { name: 'Conversation title' }).press('Enter');
    await expect(nav.getByRole('button', { name: 'Renamed', exact: true })).toBeVisible();

    await nav.getByRole('button', { name: 'Delete “Renamed”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete conversation?' });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(nav.getByRole('listitem')).toHaveCount(1);
    await untilStorageIdle(page);
    await page.reload();
    await expect(nav.getByRole('listitem')).toHaveCount(1);
    await expect(nav).toContainText('second chat');
  });

  test('the thread follows a streaming reply; scrolled up, "Jump to latest" brings it back', async ({
    page,
    errors: _,
  }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.goto('/?pace=0');
    for (let i = 0; i < 6; i += 1) await send(page, 'what can you do?');
    const thread = page.locator('.thread');
    const atBottom = () =>
      thread.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight < 80);
    expect(await atBottom()).toBe(true);
    await expect(page.getByRole('button', { name: 'Jump to latest' })).toHaveCount(0);

    await thread.evaluate((el) => el.scrollTo({ top: 0 }));
    await page.getByRole('button', { name: 'Jump to latest' }).click();
    await expect.poll(atBottom).toBe(true);
    await expect(page.getByRole('button', { name: 'Jump to latest' })).toHaveCount(0);

    // Scrolled up, a new reply does not pull the reader down.
    await thread.evaluate((el) => el.scrollTo({ top: 0 }));
    await send(page, 'hello');
    expect(await thread.evaluate((el) => el.scrollTop)).toBeLessThan(50);
    await expect(page.getByRole('button', { name: 'Jump to latest' })).toBeVisible();
  });

  test('keyboard only: type, send, edit, and switch branches', async ({ page, errors: _ }) => {
    await page.goto('/?pace=0');
    await composer(page).focus();
    await page.keyboard.type('hello');
    await page.keyboard.press('Enter');
    await expect(messages(page)).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
    await messages(page).first().getByRole('button', { name: 'Edit' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Edit message' })).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('how are you?');
    await page.keyboard.press('Enter');
    await expect(messages(page).first()).toContainText('2 / 2');
  });

  test('a long stored chat opens at its latest message, scrolls to its first, and takes a new message', async ({
    page,
    errors: _,
  }) => {
    await page.goto('/?pace=0');
    await expect(composer(page)).toBeVisible();
    // 600 messages saved by an older version: schema 2, no verdicts on the questions.
    const nodes = Array.from({ length: 600 }, (_, i) => ({
      id: `long-${i}`,
      parentId: i === 0 ? null : `long-${i - 1}`,
      role: i % 2 === 0 ? 'user' : 'assistant',
      text: i % 2 === 0 ? `Question ${i / 2} about tides` : `Answer ${(i - 1) / 2} about tides.`,
      createdAt: i + 1,
      status: 'done',
      ...(i % 2 === 1 ? { kind: 'answer' } : {}),
    }));
    const record = { ...storedRecord('long', 'Long talk'), nodes, activeLeafId: 'long-599' };
    await putStored(page, [['long', record]]);
    await reloadAt(page, 'long');

    const latest = page.locator('#msg-long-599');
    await expect(latest).toContainText('Answer 299 about tides.');
    await expect(latest).toBeInViewport();
    // Only the rows in view (and a few around them) are in the page.
    expect(await messages(page).count()).toBeLessThan(60);

    const thread = page.locator('.thread');
    const first = page.locator('#msg-long-0');
    await expect(async () => {
      await thread.evaluate((el) => el.scrollTo({ top: 0 }));
      await expect(first).toBeInViewport({ timeout: 1_000 });
    }).toPass();
    await expect(first).toContainText('Question 0 about tides');
    await expect(latest).toHaveCount(0);

    await page.getByRole('button', { name: 'Jump to latest' }).click();
    await expect(latest).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Jump to latest' })).toHaveCount(0);

    await composer(page).fill('One more question about tides');
    await composer(page).press('Enter');
    const question = messages(page).filter({ hasText: 'One more question about tides' });
    await expect(question).toBeVisible();
    // The reply is the last message once the last message is the assistant's, finished.
    const reply = messages(page).last();
    await expect(reply).toHaveAccessibleName('Assistant said');
    await expect(reply).toHaveAttribute('data-status', 'done');
    await expect(reply).toBeInViewport();
    const replyText = (await reply.locator('.markdown').textContent()) ?? '';

    // Saved whole: the new turn, and a verdict back-filled on every older question.
    await expect
      .poll(async () => {
        const stored = (await readStored(page)).find((r) => r.id === 'long');
        const saved = (stored?.nodes ?? []) as { role?: string; verdict?: unknown }[];
        const judged = saved.filter((n) => n.role === 'user' && n.verdict !== undefined);
        return [saved.length, judged.length];
      })
      .toEqual([602, 301]);
    // Stored in chunks, read back whole: the new turn is there after a reload.
    await untilStorageIdle(page);
    await page.reload();
    await expect(question).toBeInViewport();
    await expect(messages(page).last().locator('.markdown')).toHaveText(replyText);
  });

  test('the chat screen has no serious accessibility violations, light and dark, at 360 px', async ({
    page,
    errors: _,
  }) => {
    await page.goto('/?pace=0');
    await send(page, 'show me some markdown');
    await expectNoSeriousAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoSeriousAxeViolations(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(composer(page)).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: 'test-results/screens/chat-360-dark.png' });
  });
});
