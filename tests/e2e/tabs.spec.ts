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

test('both tabs writing at once lose nothing: each message becomes a branch', async ({
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
  await expect
    .poll(async () => {
      const nodes = (await readStored(page))[0]?.nodes ?? [];
      return nodes.filter((n) => n.text.endsWith('at the same time')).length;
    })
    .toBe(2);
  // Each tab ends up with both questions as sibling branches (2 of 2) and their replies.
  for (const tab of [page, second]) {
    const question = messages(tab).nth(2);
    await expect(question.getByRole('group', { name: 'Branches' })).toContainText('/ 2');
    await expect(messages(tab)).toHaveCount(4);
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
