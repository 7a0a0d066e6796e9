import { readFileSync } from 'node:fs';
import { composer, connectModel as connect, expect, KEY, messages, send, test } from './fixtures';
import { startMockModel, type MockModel } from './mockModel';

for (const backend of ['Anthropic (Claude)', 'OpenAI-compatible'] as const) {
  test.describe(`real model: ${backend}`, () => {
    let mock: MockModel;
    test.beforeEach(async () => {
      mock = await startMockModel();
    });
    test.afterEach(async () => {
      await mock.close();
    });

    test('streams a reply and records which model answered', async ({ page, errors: _ }) => {
      await page.goto('/');
      await connect(page, mock, backend);
      await send(page, 'hello there model');
      await expect(messages(page).nth(1)).toContainText('Echo: hello there model');
      await expect(messages(page).nth(1)).toContainText('mock-1');
      const request = mock.requests[0]!;
      expect(request.body.stream).toBe(true);
      expect(JSON.stringify(request.body.tools)).toContain('end_conversation');
    });

    test('Test connection lists the models', async ({ page, errors: _ }) => {
      await page.goto('/');
      await connect(page, mock, backend);
      await page.getByRole('button', { name: 'Settings' }).click();
      const dialog = page.getByRole('dialog', { name: 'Settings' });
      await dialog.getByRole('button', { name: 'Test connection' }).click();
      await expect(dialog.getByText('Connected: 2 models available.')).toBeVisible();
    });

    test('Stop keeps the partial reply', async ({ page, errors: _ }) => {
      await page.goto('/');
      await connect(page, mock, backend);
      await composer(page).fill('slow please');
      await composer(page).press('Enter');
      await expect(messages(page).nth(1)).toContainText('word2');
      await page.getByRole('button', { name: 'Stop' }).click();
      await expect(messages(page).nth(1)).toContainText('Stopped');
      await expect(messages(page).nth(1)).not.toContainText('word39');
    });

    test('on a self-harm path the end tool is not offered and an end call is overruled', async ({
      page,
      errors: _,
    }) => {
      await page.goto('/');
      await connect(page, mock, backend);
      await send(page, 'I want to kill myself');
      await send(page, 'end please');
      await expect(page.getByRole('region', { name: 'Support resources' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'This conversation has ended' })).toHaveCount(
        0,
      );
      await expect(composer(page)).toBeVisible();
      expect(JSON.stringify(mock.requests[0]!.body.tools ?? null)).not.toContain(
        'end_conversation',
      );
    });

    test('a refusal keeps the partial text, is marked, and is not replayed verbatim', async ({
      page,
      errors: _,
    }) => {
      await page.goto('/');
      await connect(page, mock, backend);
      await send(page, 'refuse me please');
      await expect(messages(page).nth(1)).toContainText('Here is how to st');
      await expect(messages(page).nth(1)).toContainText('The model declined this request.');
      await send(page, 'ok something else');
      const replayed = JSON.stringify(mock.requests[1]!.body.messages);
      expect(replayed).not.toContain('refuse me please');
      expect(replayed).not.toContain('Here is how to st');
    });

    test('401 says to check the key', async ({ page, errors }) => {
      await page.goto('/');
      await connect(page, mock, backend, 'bad-key');
      await send(page, 'hello');
      await expect(messages(page).nth(1)).toContainText('Check the key in Settings');
      await expect(messages(page).nth(1).getByRole('button', { name: 'Retry' })).toBeVisible();
      errors.length = 0; // the browser logs the failed request itself
    });

    test('429 waits the given delay with a countdown, then answers once', async ({
      page,
      errors,
    }) => {
      await page.goto('/');
      await connect(page, mock, backend);
      await composer(page).fill('rate limit me');
      await composer(page).press('Enter');
      await expect(messages(page).nth(1)).toContainText(/Retrying in \d s/);
      await expect(messages(page).nth(1)).toContainText('Echo: rate limit me', { timeout: 15_000 });
      await expect(messages(page)).toHaveCount(2);
      errors.length = 0;
    });

    test('a dropped stream keeps the partial text and offers Retry and Continue', async ({
      page,
      errors,
    }) => {
      await page.goto('/');
      await connect(page, mock, backend);
      await send(page, 'drop now');
      const reply = messages(page).nth(1);
      await expect(reply).toContainText('Half of a reply');
      await expect(reply).toContainText(/connection was lost before the reply finished/);
      await expect(reply.getByRole('button', { name: 'Continue' })).toBeVisible();
      await reply.getByRole('button', { name: 'Retry' }).click();
      await expect(reply).toContainText('2 / 2');
      errors.length = 0;
    });
  });
}

test('the key stays out of exports and out of localStorage unless remembered', async ({
  page,
  errors: _,
}) => {
  const mock = await startMockModel();
  try {
    await page.goto('/');
    await connect(page, mock, 'OpenAI-compatible');
    await send(page, 'hello');
    const local = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    const session = await page.evaluate(() => JSON.stringify({ ...sessionStorage }));
    expect(local).not.toContain(KEY);
    expect(session).toContain(KEY);

    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'JSON (whole tree)' }).click(),
    ]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported).toContain('Echo: hello');
    expect(exported).not.toContain(KEY);
    expect(exported).not.toContain(mock.url);

    await connect(page, mock, 'OpenAI-compatible', KEY, true);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toContain(KEY);
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByText('stored unencrypted in this browser')).toBeVisible();
  } finally {
    await mock.close();
  }
});
