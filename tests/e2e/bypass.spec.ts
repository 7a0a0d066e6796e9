/**
 * Getting round an ended chat: by keyboard, and by editing IndexedDB by hand.
 * (A crafted import is in transfer.spec.ts, a second tab in tabs.spec.ts, and a
 * store action from devtools in tests/unit/store.test.ts.) Each is refused, and
 * branching from an earlier message still works.
 */
import type { Page } from '@playwright/test';
import {
  composer,
  endByHarm,
  expect,
  messages,
  putStored,
  readStored,
  test,
  untilStoredSettled,
} from './fixtures';

const ended = (page: Page) => page.getByRole('heading', { name: 'This conversation has ended' });

test('keyboard: typing and Enter or Ctrl+Enter anywhere send nothing', async ({
  page,
  errors: _,
}) => {
  await page.goto('/?pace=0');
  await endByHarm(page);
  const count = await messages(page).count();
  for (const target of [ended(page), page.locator('body'), messages(page).last()]) {
    await target.focus();
    await page.keyboard.type('let me in');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Enter');
  }
  await expect(messages(page)).toHaveCount(count);
  await expect(composer(page)).toHaveCount(0);
  // The way forward is still there.
  await page.getByRole('button', { name: 'Branch from an earlier message' }).click();
  await expect(page.getByRole('button', { name: 'Branch from here' }).first()).toBeVisible();
});

test('IndexedDB edited by hand: a removed ending is restored, a reply under the end is refused', async ({
  page,
  errors: _,
}) => {
  await page.goto('/?pace=0');
  await endByHarm(page);
  await untilStoredSettled(page, 10);
  const record = (await readStored(page))[0]! as {
    id: string;
    nodes: { id: string; parentId: string | null; ending?: unknown; kind?: string }[];
  };

  // 1. The ending field deleted from the end notice.
  const withoutEnding = structuredClone(record);
  delete withoutEnding.nodes.find((n) => n.ending)!.ending;
  await putStored(page, [[record.id, withoutEnding]]);
  await page.reload();
  await expect(ended(page)).toBeVisible();
  await expect(composer(page)).toHaveCount(0);

  // 2. A message added under the end notice: the record is refused (set aside, untouched).
  const continued = structuredClone(record);
  const end = continued.nodes.find((n) => n.ending)!;
  continued.nodes.push({ ...end, id: 'hand-made', parentId: end.id, ending: undefined });
  await putStored(page, [[record.id, continued]]);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toContainText(
    '1 saved conversation could not be read and was set aside, untouched.',
  );
  await expect(page.getByText('hand-made')).toHaveCount(0);
  expect((await readStored(page))[0]).toEqual(JSON.parse(JSON.stringify(continued)));
});
