/**
 * Broken storage: damaged and future records, an old schema, IndexedDB that
 * cannot be opened, and a full disk. The app starts, keeps what is valid, sets
 * the rest aside untouched, says so, and loses nothing.
 */
import { readFileSync } from 'node:fs';
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

test('damaged and future records are set aside untouched, reported, and exportable', async ({
  page,
  errors: _,
}) => {
  await page.goto('/?pace=0');
  await expect(composer(page)).toBeVisible();
  const valid = storedRecord('good', 'Tide tables');
  const damaged: [string, unknown][] = [
    ['truncated', '{"schema":2,"id":"truncated","title":"Half a rec'],
    ['garbled', { schema: 2, id: 'garbled', nodes: 'nope', title: 42 }],
    [
      'wrong-types',
      { ...storedRecord('wrong-types', 'Typed'), createdAt: 'yesterday', activeLeafId: 7 },
    ],
    ['future', { ...storedRecord('future', 'From the future'), schema: 9 }],
  ];
  await putStored(page, [['good', valid], ...damaged]);
  await reloadAt(page, 'good');

  await expect(conversationList(page)).toHaveText(['Tide tables']);
  await expect(messages(page).last()).toContainText('About Tide tables.');
  const report = page.getByRole('status').filter({ hasText: 'could not be read' });
  await expect(report).toContainText(
    '4 saved conversations could not be read and were set aside, untouched.',
  );
  const download = page.waitForEvent('download');
  await report.getByRole('button', { name: 'Export damaged data' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    key: string;
    reason: string;
    raw: unknown;
  }[];
  expect(file.map((f) => f.key).sort()).toEqual(['future', 'garbled', 'truncated', 'wrong-types']);
  expect(file.find((f) => f.key === 'future')?.reason).toContain('newer version of the app');
  expect(file.find((f) => f.key === 'truncated')?.raw).toBe(damaged[0]![1]);

  // Using the app writes only what it loaded: the damaged records stay as they were.
  await send(page, 'One more question');
  await untilSaved(page, 'One more question');
  const stored = await readStored(page);
  expect(stored).toHaveLength(5);
  expect(stored).toContainEqual(damaged[1]![1]);
  expect(stored).toContainEqual(damaged[3]![1]);
});

test('a record of an older schema is migrated on load, its messages judged once, and saved in the new one', async ({
  page,
  errors: _,
}) => {
  await page.goto('/?pace=0');
  await expect(composer(page)).toBeVisible();
  await putStored(page, [['old', storedRecord('old', 'Old times', 1)]]);
  await reloadAt(page, 'old');
  await expect(messages(page).last()).toContainText('About Old times.');
  await send(page, 'Still here?');
  await untilSaved(page, 'Still here?');
  const [record] = await readStored(page);
  expect(record).toMatchObject({ schema: 3, id: 'old' });
  const old = record!.nodes.find((n) => n.id === 'old-a') as { kind?: string };
  expect(old.kind).toBe('answer');
  // The older version stored no verdicts: the guard judged the old question after load.
  const question = record!.nodes.find((n) => n.id === 'old-u') as { verdict?: { kind: string } };
  expect(question.verdict?.kind).toBe('benign');
});

test('with IndexedDB unavailable the app says so and still chats', async ({ page, errors: _ }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await page.goto('/?pace=0');
  await expect(page.getByRole('alert').first()).toContainText(
    'This browser cannot store conversations here',
  );
  await send(page, 'Does this still work?');
  await expect(messages(page)).toHaveCount(2);
  await expect(messages(page).first()).toContainText('Does this still work?');
});

test('a full disk: the message stays on screen, the user is told, and it is saved once space is back', async ({
  page,
  errors: _,
}) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      if (
        (window as unknown as { __diskFull?: boolean }).__diskFull &&
        this.name === 'conversations'
      )
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    } as typeof put;
  });
  await page.goto('/?pace=0');
  await expect(composer(page)).toBeVisible();
  await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = true));
  await send(page, 'Remember this while the disk is full');
  const alert = page.getByRole('alert').filter({ hasText: 'Storage is full' });
  await expect(alert).toContainText('They stay open in this tab');
  await expect(messages(page).first()).toContainText('Remember this while the disk is full');

  await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = false));
  await untilSaved(page, 'Remember this while the disk is full');
  await expect(alert).toHaveCount(0);
  await page.reload();
  await expect(messages(page).first()).toContainText('Remember this while the disk is full');
});

test('every stored setting corrupted: the app starts with its conversations and says what it reset', async ({
  page,
  errors: _,
}) => {
  await page.goto('/?pace=0');
  await send(page, 'A conversation worth keeping');
  await untilStorageIdle(page);
  // The conversation is reopened from its link; an older version's key must not matter.
  await expect(page).toHaveURL(/#\/c\//);
  await page.evaluate(() => {
    localStorage.setItem(
      'parley.settings',
      '{"backend": {"kind": "openai", "baseUrl": 12}, "builtinPaceMs": "fast", "polic',
    );
    localStorage.setItem('parley.activeConversation', '\u0000'.repeat(500));
    localStorage.setItem('parley.apiKey', '');
    sessionStorage.setItem('parley.apiKey', '\u0000\u0001');
  });
  await page.reload();
  await expect(messages(page).first()).toContainText('A conversation worth keeping');
  await expect(page.getByRole('alert')).toContainText('Some saved settings could not be used');
  await expect(page.getByRole('alert')).toContainText('parley.settings.previous');
  // The damaged value is kept aside, the cleaned one written back: told once.
  const stored = await page.evaluate(() => ({
    previous: localStorage.getItem('parley.settings.previous'),
    now: JSON.parse(localStorage.getItem('parley.settings') ?? 'null') as {
      builtinPaceMs?: number;
    },
  }));
  expect(stored.previous).toContain('"builtinPaceMs": "fast"');
  expect(stored.now?.builtinPaceMs).toBe(30);
  await page.reload();
  await expect(messages(page).first()).toContainText('A conversation worth keeping');
  await expect(page.getByText('Some saved settings could not be used')).toHaveCount(0);
});

test('when the app cannot start at all, a plain page offers to reset settings and export conversations', async ({
  page,
  errors,
}) => {
  await page.goto('/?pace=0');
  await send(page, 'Still here after a crash');
  await untilStorageIdle(page);
  await page.evaluate(() => localStorage.setItem('parley.settings', '{"version": 2}'));
  // Something the app relies on throws as it starts.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'BroadcastChannel', {
      get() {
        throw new Error('BroadcastChannel is broken in this browser');
      },
    });
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Parley could not start' })).toBeVisible();
  await expect(page.getByText('BroadcastChannel is broken in this browser')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export my conversations' }).click(),
  ]);
  // One conversation, whole: its messages are stored apart from it but exported in it.
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    nodes: { text: string }[];
  }[];
  expect(exported).toHaveLength(1);
  expect(exported[0]!.nodes.map((n) => n.text)).toContain('Still here after a crash');
  await expect(page.getByText('Exported 1 conversation.')).toBeVisible();
  await page.getByRole('button', { name: 'Reset settings' }).click();
  await expect(page.getByRole('heading', { name: 'Parley could not start' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('parley.settings.previous'))).toBe(
    '{"version": 2}',
  );
  errors.length = 0;
});
