/**
 * Export and import: the whole tree and its ended state go out and come back
 * identical; a file that fails validation changes nothing and says why.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  composer,
  conversationList,
  endByHarm,
  expect,
  messages,
  readStored,
  untilStoredSettled,
  send,
  test,
} from './fixtures';

type Exported = {
  format: string;
  conversation: {
    id: string;
    nodes: { id: string; parentId: string | null; kind?: string; ending?: unknown }[];
  };
};

async function exportAs(page: Page, kind: 'JSON (whole tree)' | 'Markdown (this branch)') {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('button', { name: kind }).click();
  return readFileSync(await (await download).path(), 'utf8');
}

async function importFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(path);
}

/** A conversation ended by the built-in assistant, exported as JSON. */
async function endedExport(page: Page): Promise<Exported> {
  await page.goto('/?pace=0');
  await endByHarm(page);
  return JSON.parse(await exportAs(page, 'JSON (whole tree)')) as Exported;
}

const byId = <T extends { id: string }>(nodes: T[]) =>
  [...nodes].sort((a, b) => a.id.localeCompare(b.id));

test('an ended conversation with branches goes out and comes back identical and still ended', async ({
  page,
  browser,
  errors: _,
}, testInfo) => {
  await page.goto('/?pace=0');
  await send(page, 'First question');
  await messages(page).first().getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('textbox', { name: 'Edit message' }).fill('First question, reworded');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(messages(page).first()).toContainText('reworded');
  await endByHarm(page);

  const json = await exportAs(page, 'JSON (whole tree)');
  const markdown = await exportAs(page, 'Markdown (this branch)');
  expect(markdown).toContain('First question, reworded');
  expect(markdown).toContain('This conversation was ended by the assistant.');
  const path = testInfo.outputPath('conversation.json');
  writeFileSync(path, json);
  await untilStoredSettled(page, 14);
  const original = (await readStored(page))[0]!;

  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto('/?pace=0');
  await importFile(fresh, path);
  await expect(fresh.getByRole('alert')).toContainText('Imported');
  await expect(fresh.getByRole('heading', { name: 'This conversation has ended' })).toBeVisible();
  await expect(composer(fresh)).toHaveCount(0);
  await untilStoredSettled(fresh, 14);
  const imported = (await readStored(fresh))[0]!;
  expect(byId(imported.nodes)).toEqual(byId(original.nodes));
  expect(imported.id).toBe(original.id);

  // Importing it again changes nothing: the tree only grows, by id.
  await importFile(fresh, path);
  await expect(conversationList(fresh)).toHaveCount(1);
  expect(byId((await readStored(fresh))[0]!.nodes)).toEqual(byId(original.nodes));
  await fresh.context().close();
});

test('files that fail validation change nothing and say why', async ({
  page,
  errors: _,
}, testInfo) => {
  const exported = await endedExport(page);
  await untilStoredSettled(page, 10);
  const before = await readStored(page);

  const end = exported.conversation.nodes.find((n) => n.ending)!;
  const continued = structuredClone(exported);
  continued.conversation.id = 'crafted-copy';
  continued.conversation.nodes.push({
    ...structuredClone(end),
    id: 'sneaky',
    parentId: end.id,
    ending: undefined,
  });
  const cases: [string, string, string][] = [
    ['not-json.json', '{"format": "parley.conv', 'it is not valid JSON'],
    ['other.json', JSON.stringify({ hello: 'world' }), 'it is not a Parley conversation export'],
    [
      'broken-tree.json',
      JSON.stringify({ ...exported, conversation: { ...exported.conversation, nodes: 'x' } }),
      'its conversation is damaged (invalid record at nodes',
    ],
    [
      'continued.json',
      JSON.stringify(continued),
      'it adds messages after the point where the conversation ended',
    ],
  ];
  for (const [name, text, reason] of cases) {
    const path = testInfo.outputPath(name);
    writeFileSync(path, text);
    await importFile(page, path);
    await expect(page.getByRole('alert')).toContainText(`“${name}” was not imported: ${reason}`);
    await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  }
  await expect(conversationList(page)).toHaveCount(1);
  expect(await readStored(page)).toEqual(before);
});

test('a crafted import cannot reopen an ended chat; what continues it is left out', async ({
  page,
  errors: _,
}, testInfo) => {
  const exported = await endedExport(page);
  // Disguise the end notice as an ordinary answer, drop its ending, and continue under it.
  const end = exported.conversation.nodes.find((n) => n.ending)!;
  delete end.ending;
  end.kind = 'answer';
  exported.conversation.nodes.push({
    id: 'sneaky-user',
    parentId: end.id,
    role: 'user',
    text: 'Let me back in',
    createdAt: Date.now(),
    status: 'done',
  } as Exported['conversation']['nodes'][number]);
  const path = testInfo.outputPath('crafted.json');
  writeFileSync(path, JSON.stringify(exported));
  await importFile(page, path);
  await expect(page.getByRole('alert')).toContainText(
    '1 message continuing an ended branch was left out',
  );
  await expect(page.getByRole('heading', { name: 'This conversation has ended' })).toBeVisible();
  await expect(composer(page)).toHaveCount(0);
  await expect(page.getByText('Let me back in')).toHaveCount(0);
  await expect
    .poll(async () => (await readStored(page))[0]?.nodes.some((n) => n.id === 'sneaky-user'))
    .toBe(false);
});

test('an import reusing a stored id never deletes or rewrites what is stored (issue 28, item 1)', async ({
  page,
  errors: _,
}, testInfo) => {
  await page.goto('/?pace=0');
  await send(page, 'Tell me about tides');
  await send(page, 'And spring tides?');
  await send(page, 'Thanks');
  await untilStoredSettled(page, 6);
  const exported = JSON.parse(await exportAs(page, 'JSON (whole tree)')) as Exported & {
    conversation: { nodes: { id: string; role: string; text: string; ending?: unknown }[] };
  };
  const before = await readStored(page);
  // The attack: the first turn alone, its reply (which has replies when stored) marked
  // ended, and a longer first message under the same id.
  const [first, reply] = exported.conversation.nodes;
  reply!.ending = { by: 'policy', reason: 'abuse', at: 1, triggerIds: [] };
  first!.text = `${first!.text} — and also something I never wrote`;
  Object.assign(exported.conversation, {
    nodes: [first, reply],
    activeLeafId: reply!.id,
    lastVisited: {},
  });
  const path = testInfo.outputPath('same-id.json');
  writeFileSync(path, JSON.stringify(exported));
  await importFile(page, path);
  await expect(page.getByText(/^Imported .*kept as a separate copy/)).toBeVisible();
  await expect(conversationList(page)).toHaveCount(2);
  const after = await readStored(page);
  const original = after.find((c) => c.id === before[0]!.id)!;
  expect(byId(original.nodes)).toEqual(byId(before[0]!.nodes));
  await expect.poll(async () => (await readStored(page)).length).toBe(2);
  const copy = (await readStored(page)).find((c) => c.id !== before[0]!.id)!;
  expect(copy.nodes.some((n) => (n as { text: string }).text.includes('never wrote'))).toBe(true);
});
