/**
 * With a connected model, the model's judgement leads (it refuses, flags risk,
 * ends as a last resort) and the client keeps what no model may break. Both
 * protocols, against the stand-in model server.
 */
import { composer, connectModel, expect, HARMFUL_REQUESTS, messages, send, test } from './fixtures';
import { startMockModel, type MockModel } from './mockModel';
import type { Page } from '@playwright/test';

const endedHeading = (page: Page) =>
  page.getByRole('heading', { name: 'This conversation has ended' });
const supportPanel = (page: Page) => page.getByRole('region', { name: 'Support resources' });

/** What the model was sent on its n-th request, as text. */
const sent = (mock: MockModel, n: number) =>
  JSON.stringify(mock.requests[n]?.body.messages ?? null);

for (const backend of ['Anthropic (Claude)', 'OpenAI-compatible'] as const) {
  test.describe(`model decides: ${backend}`, () => {
    let mock: MockModel;
    test.beforeEach(async () => {
      mock = await startMockModel();
    });
    test.afterEach(async () => {
      await mock.close();
    });
    /** Opens the app connected to the stand-in model, then sends `texts` in turn. */
    const chat = async (
      page: Page,
      texts: readonly string[],
      safety?: Parameters<typeof connectModel>[5],
    ) => {
      await page.goto('/');
      await connectModel(page, mock, backend, undefined, false, safety);
      for (const text of texts) await send(page, text);
    };

    test('(a) messages the local guard calls harmful reach the model, and no strike is counted', async ({
      page,
      errors: _,
    }) => {
      await chat(page, HARMFUL_REQUESTS);
      await expect(endedHeading(page)).toHaveCount(0);
      await expect(page.getByText('Warning', { exact: true })).toHaveCount(0);
      await expect(messages(page)).toHaveCount(HARMFUL_REQUESTS.length * 2);
      for (const [i, text] of HARMFUL_REQUESTS.entries()) {
        expect(sent(mock, i)).toContain(text);
        await expect(messages(page).nth(i * 2 + 1)).toContainText('Echo:');
      }
      await expect(composer(page)).toBeVisible();
    });

    test('(b) two refusals in prose, then end_conversation: the chat ends with its three ways forward', async ({
      page,
      errors: _,
    }) => {
      await chat(page, ['refuse in prose, first', 'refuse in prose, second', 'end please']);
      await expect(endedHeading(page)).toBeVisible();
      await expect(page.getByText('The assistant chose to end this conversation')).toBeVisible();
      for (const name of ['Start new chat', 'Branch from an earlier message', 'Give feedback'])
        await expect(page.getByRole('button', { name })).toBeVisible();
      await expect(composer(page)).toHaveCount(0);
    });

    test('(c) an end_conversation call on the first turn is declined: the model is told, and "Why?" says so', async ({
      page,
      errors: _,
    }) => {
      await chat(page, ['end please']);
      await expect(endedHeading(page)).toHaveCount(0);
      const reply = messages(page).nth(1);
      await expect(reply).toContainText("Understood, let's keep talking.");
      expect(mock.requests).toHaveLength(2);
      expect(sent(mock, 1)).toContain('The conversation was not ended');
      await reply.getByText('Why?').click();
      await expect(reply).toContainText(
        'The model asked to end the conversation here. It was not ended',
      );
      await send(page, 'still here');
      await expect(messages(page).nth(3)).toContainText('Echo: still here');
    });

    test('(d) a risk message first: refusals and an end call never end the chat, support stays', async ({
      page,
      errors: _,
    }) => {
      await chat(page, [
        'I want to kill myself',
        'refuse in prose, one',
        'refuse in prose, two',
        'end please',
      ]);
      await expect(supportPanel(page)).toBeVisible();
      await expect(endedHeading(page)).toHaveCount(0);
      await expect(composer(page)).toBeVisible();
      expect(JSON.stringify(mock.requests[0]!.body.tools ?? null)).not.toContain(
        'end_conversation',
      );
      expect(JSON.stringify(mock.requests.at(-1)!.body.messages)).toContain('may be at risk');
    });

    test('(e) "Client enforces": the local guard refuses, warns and ends, in the client’s words', async ({
      page,
      errors: _,
    }) => {
      await chat(page, ['hello there', ...HARMFUL_REQUESTS], 'Client enforces');
      await expect(endedHeading(page)).toBeVisible();
      await expect(messages(page).nth(3)).toContainText("I can't help with that.");
      await expect(page.getByText('Warning', { exact: true })).toBeVisible();
      // Only the ordinary message reached the model.
      expect(mock.requests).toHaveLength(1);
    });

    test('(e2) the model flags risk the local guard missed: support shows and a later end is declined', async ({
      page,
      errors: _,
    }) => {
      await chat(page, ['flag me, it has been a long week']);
      await expect(supportPanel(page)).toBeVisible();
      await expect(messages(page).nth(1)).toContainText("Understood, let's keep talking.");
      expect(sent(mock, 1)).toContain('Support resources are now shown');
      await send(page, 'refuse in prose, one');
      await send(page, 'refuse in prose, two');
      await send(page, 'end please');
      await expect(endedHeading(page)).toHaveCount(0);
      await expect(supportPanel(page)).toBeVisible();
      const last = messages(page).last();
      await last.getByText('Why?').click();
      await expect(last).toContainText('may be at risk');
    });

    test('asking to end, then confirming: the model’s end is honoured as the person’s request', async ({
      page,
      errors: _,
    }) => {
      await chat(page, ['Please end this conversation.', 'Yes, end it']);
      await expect(endedHeading(page)).toBeVisible();
      await expect(page.getByText('This conversation was ended at your request.')).toBeVisible();
    });
  });
}

test('(f) on the built-in assistant, "Please end this conversation." then "End it." ends the chat', async ({
  page,
  errors: _,
}) => {
  await page.goto('/?pace=0');
  await send(page, 'Please end this conversation.');
  await expect(messages(page).nth(1)).toContainText('Do you want me to end this conversation?');
  await send(page, 'End it.');
  await expect(endedHeading(page)).toBeVisible();
  await expect(page.getByText('This conversation was ended at your request.')).toBeVisible();
  await expect(supportPanel(page)).toHaveCount(0);
});
