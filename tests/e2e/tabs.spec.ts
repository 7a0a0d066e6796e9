/**
 * Two tabs on one conversation: what one writes shows in the other, writing at
 * once loses nothing, and an ending in one holds in the other before it can send.
 */
import type { BrowserContext, Page } from '@playwright/test';
import {
  composer,
  conversationList,
  endByHarm,
  expect,
  messages,
  readStored,
  send,
  test,
} from './fixtures';

async function twoTabs(context: BrowserContext, first: Page): Promise<Page> {
  await first.goto('/?pace=0');
  await send(first, 'Opened in the first tab');
  // The second tab opens the first tab's link, as a person opening it in a new tab would.
  await expect(first).toHaveURL(/#\/c\//);
  const second = await context.newPage();
  await second.goto(first.url());
  await expect(messages(second).first()).toContainText('Opened in the first tab');
  return second;
}

test('a message sent in one tab appears in the other without a reload', async ({
  page,
  context,
  errors: _,
}) => {
  const second = await twoTabs(context, page);
  await send(page, 'Written in tab one');
  await expect(messages(second)).toHaveCount(4);
  await expect(messages(second).nth(2)).toContainText('Written in tab one');
  await send(second, 'Answered from tab two');
  await expect(messages(page)).toHaveCount(6);
  await expect(messages(page).nth(4)).toContainText('Answered from tab two');
});

test('both tabs writing at once lose nothing: each message is kept and answered once', async ({
  page,
  context,
  errors: _,
}) => {
  const second = await twoTabs(context, page);
  await composer(page).fill('From tab one at the same time');
  await composer(second).fill('From tab two at the same time');
  await Promise.all([composer(page).press('Enter'), composer(second).press('Enter')]);
  for (const tab of [page, second]) {
    await expect(tab.getByRole('button', { name: 'Stop' })).toHaveCount(0);
  }
  // Both questions stored, each answered exactly once, and no message of the person
  // under another (whichever tab heard of the other first: siblings, or one after the
  // other's answer; the two presses are never truly simultaneous).
  await expect
    .poll(async () => {
      const nodes = (await readStored(page))[0]?.nodes ?? [];
      const questions = nodes.filter((n) => n.text.endsWith('at the same time'));
      const byId = new Map(nodes.map((n) => [n.id, n] as const));
      return {
        questions: questions.length,
        answered: questions.map((q) => nodes.filter((n) => n.parentId === q.id).length),
        userUnderUser: questions.filter((q) => {
          const parent = q.parentId === null ? undefined : byId.get(q.parentId);
          return parent !== undefined && parent.text.endsWith('at the same time');
        }).length,
      };
    })
    .toEqual({ questions: 2, answered: [1, 1], userUnderUser: 0 });
  // Each tab can reach both questions: on its branch, or one branch away.
  for (const tab of [page, second]) {
    await expect(messages(tab).filter({ hasText: 'at the same time' }).first()).toBeVisible();
    const shown = await messages(tab).filter({ hasText: 'at the same time' }).count();
    if (shown < 2)
      await expect(messages(tab).nth(2).getByRole('group', { name: 'Branches' })).toContainText(
        '/ 2',
      );
  }
  await expect(conversationList(page)).toHaveCount(1);
});

test('a chat ended in one tab is ended in the other before it can send', async ({
  page,
  context,
  errors: _,
}) => {
  const second = await twoTabs(context, page);
  await composer(second).fill('Typed in tab two before the end');
  await endByHarm(page);
  await expect(second.getByRole('heading', { name: 'This conversation has ended' })).toBeVisible();
  await expect(composer(second)).toHaveCount(0);
  const stored = (await readStored(page))[0]!;
  expect(stored.nodes.some((n) => n.text === 'Typed in tab two before the end')).toBe(false);
  // Branching from an earlier message still works in the second tab.
  await second.getByRole('button', { name: 'Branch from an earlier message' }).click();
  await second.getByRole('button', { name: 'Branch from here' }).first().click();
  await second.getByRole('textbox', { name: 'Edit message' }).fill('A fresh start');
  await second.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(messages(second)).toHaveCount(2);
  await expect(composer(second)).toBeVisible();
});
