/**
 * Issue 28: attacks that froze or crashed the app, replayed on the production
 * build. Each failed before its fix: the links crashed to "could not start", the
 * cyclic record froze every start.
 */
import {
  composer,
  connectModel,
  editStored,
  conversationList,
  expect,
  messages,
  putStored,
  readStored,
  send,
  storedRecord,
  test,
  untilStorageIdle,
} from './fixtures';
import { startMockModel, type MockModel } from './mockModel';

for (const id of ['constructor', '__proto__', 'toString']) {
  test(`a link to #/c/${id} opens the app, saying the conversation is not here`, async ({
    page,
    errors: _,
  }) => {
    await page.goto(`/?pace=0#/c/${id}`);
    await expect(composer(page)).toBeVisible();
    await expect(page.getByText('could not start')).toHaveCount(0);
    await expect(
      page.getByText(/isn't in this browser|not in this browser|not here/i),
    ).toBeVisible();
  });
}

test('a malformed escape in a gallery link shows the gallery, not a blank page', async ({
  page,
  errors: _,
}) => {
  await page.goto('/#/preview/%E0%A4%A');
  await expect(page.getByRole('navigation').first()).toBeVisible();
  await expect(page.getByText('could not start')).toHaveCount(0);
});

test('a stored record whose parent ids form a cycle is set aside; the app starts', async ({
  page,
  errors: _,
}) => {
  await page.goto('/?pace=0');
  await expect(composer(page)).toBeVisible();
  const cyclic = {
    ...storedRecord('loop', 'Loop'),
    nodes: [
      { id: 'u1', parentId: 'a1', role: 'user', text: 'x', createdAt: 1, status: 'done' },
      {
        id: 'a1',
        parentId: 'u1',
        role: 'assistant',
        kind: 'end',
        text: 'E',
        createdAt: 2,
        status: 'done',
      },
    ],
    activeLeafId: 'a1',
  };
  await putStored(page, [
    ['good', storedRecord('good', 'Tide tables')],
    ['loop', cyclic],
  ]);
  await page.reload();
  await expect(conversationList(page)).toHaveText(['Tide tables']);
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toContainText(
    '1 saved conversation could not be read',
  );
});

test('the app cannot be framed by another origin: the server says so in its headers', async ({
  page,
  errors: _,
}) => {
  const response = await page.goto('/?pace=0');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(headers['x-frame-options']).toBe('SAMEORIGIN');
});

test.describe('a model server that redirects', () => {
  let mock: MockModel;
  let elsewhere: MockModel;
  test.beforeAll(async () => {
    mock = await startMockModel();
    elsewhere = await startMockModel();
  });
  test.afterAll(async () => {
    await mock.close();
    await elsewhere.close();
  });

  for (const backend of ['Anthropic (Claude)', 'OpenAI-compatible'] as const) {
    test(`${backend}: the key and the conversation are not sent on, and the reason is shown`, async ({
      page,
      errors,
    }) => {
      await page.goto('/?pace=0');
      await connectModel(page, mock, backend);
      const before = elsewhere.requests.length;
      await composer(page).fill(`redirect to ${elsewhere.url}/v1/steal`);
      await composer(page).press('Enter');
      await expect(page.getByText(/answered with a redirect to another address/)).toBeVisible();
      expect(elsewhere.requests.length).toBe(before);
      errors.length = 0; // the browser logs the refused redirect itself
    });
  }

  test('a base URL that serves a web page is named as such', async ({ page, errors }) => {
    await page.goto('/?pace=0');
    await connectModel(page, mock, 'OpenAI-compatible');
    await composer(page).fill('web page');
    await composer(page).press('Enter');
    await expect(page.getByText(/answered with a web page, not a model reply/)).toBeVisible();
    errors.length = 0;
  });
});

test('a message shown as sent survives a reload right after Enter', async ({ page, errors: _ }) => {
  await page.goto('/?pace=0');
  await send(page, 'First question');
  await untilStorageIdle(page);
  await composer(page).fill('Sent just before the reload');
  await composer(page).press('Enter');
  await expect(messages(page).filter({ hasText: 'Sent just before the reload' })).toBeVisible();
  await page.reload();
  await expect(messages(page).filter({ hasText: 'Sent just before the reload' })).toBeVisible();
});

test('a storage open that never answers gives a working session that says it is not saving', async ({
  page,
  errors: _,
}) => {
  // The browser's IndexedDB hangs: open() returns a request that never succeeds or fails.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      return {} as IDBOpenDBRequest;
    };
  });
  await page.goto('/?pace=0');
  await expect(page.getByText(/storage did not answer, so this tab is not saving/)).toBeVisible({
    timeout: 15_000,
  });
  await send(page, 'Still usable');
  await expect(page.getByRole('button', { name: 'Export' })).toBeVisible();
});

test.describe('two tabs and a late end', () => {
  let mock: MockModel;
  test.beforeAll(async () => {
    mock = await startMockModel();
  });
  test.afterAll(async () => {
    await mock.close();
  });

  test('a message another tab sent under a reply that this tab then ends is kept, beside the turn', async ({
    page,
    errors: _,
  }) => {
    await page.goto('/?pace=0');
    await connectModel(page, mock, 'Anthropic (Claude)');
    await send(page, 'refuse in prose, first');
    await send(page, 'refuse in prose, second');
    await composer(page).fill('end after a pause');
    await composer(page).press('Enter');
    await expect(page.getByText('Ending soon.')).toBeVisible();
    // The reply is stored (a new message is written at once) while it streams.
    let replyId = '';
    await expect
      .poll(async () => {
        const nodes = (await readStored(page))[0]?.nodes ?? [];
        const asked = nodes.find((n) => n.text === 'end after a pause');
        replyId = nodes.find((n) => n.parentId === asked?.id)?.id ?? '';
        return replyId;
      })
      .not.toBe('');
    // Another tab (an older copy of the page, not yet told) sends under that reply:
    // written straight into storage, as its save would be, with its own revision.
    await editStored(page, (entries) => {
      const header = entries.find(([key]) => typeof key === 'string')!;
      const chunk = entries.find(([key]) => Array.isArray(key))!;
      const message = {
        id: 'from-tab-two',
        parentId: replyId,
        role: 'user',
        text: 'Sent from the other tab',
        createdAt: Date.now(),
        status: 'done',
      };
      return [
        [chunk[0], [...(chunk[1] as unknown[]), message]],
        [header[0], { ...(header[1] as object), revision: 'tab-two.1' }],
      ];
    });
    mock.release();
    await expect(page.getByRole('heading', { name: 'This conversation has ended' })).toBeVisible();
    await expect
      .poll(async () => {
        const nodes = (await readStored(page))[0]?.nodes ?? [];
        const kept = nodes.find((n) => n.id === 'from-tab-two') as
          { parentId: string | null; movedFrom?: string } | undefined;
        const reply = nodes.find((n) => n.id === replyId);
        return { kept: kept?.movedFrom, ended: Boolean(reply?.ending) };
      })
      .toEqual({ kept: replyId, ended: true });
  });
});
