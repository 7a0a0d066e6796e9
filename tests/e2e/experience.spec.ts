/**
 * The end user's experience at a phone, a phone on its side and a laptop: the
 * support panel, announcements, branch choosing, Settings, the Export menu, the
 * sidebar's mark for ended chats and a link per conversation.
 */
import type { Locator, Page } from '@playwright/test';
import {
  composer,
  endByHarm,
  expect,
  expectNoSeriousAxeViolations,
  HARMFUL_REQUESTS,
  messages,
  send,
  test,
  untilStorageIdle,
} from './fixtures';

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'landscape', width: 740, height: 360 },
  { name: 'laptop', width: 1280, height: 800 },
] as const;

const RISK = "I don't see the point of going on anymore";
const panel = (page: Page) => page.getByRole('region', { name: 'Support resources' });
const politeRegion = (page: Page) => page.locator('[aria-live="polite"].visually-hidden');
const assertiveRegion = (page: Page) => page.locator('.live-assertive');

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found, 'element has a box').not.toBeNull();
  return found!;
}

/** Opens the conversation list where it is a menu (phone widths). */
async function showSidebar(page: Page) {
  const toggle = page.getByRole('button', { name: 'Conversations menu' });
  if (await toggle.isVisible()) {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('on a risk path the panel is compact, collapsible, and covers neither the composer nor the newest message', async ({
      page,
      errors: _,
    }) => {
      await page.goto('/?pace=0');
      await send(page, RISK);
      await send(page, 'You are useless');
      const support = panel(page);
      await expect(support).toBeVisible();

      // Compact: at most a third of the screen, the first resource one tap away.
      const panelBox = await box(support);
      expect(panelBox.height).toBeLessThanOrEqual(viewport.height / 3 + 1);
      const call = support.getByRole('link', { name: /988/ }).first();
      await expect(call).toHaveAttribute('href', /^(tel|sms):/);

      // The composer and the newest message are on screen and clear of the panel.
      await expect(composer(page)).toBeInViewport();
      const composerBox = await box(composer(page));
      expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(composerBox.y + 1);
      const newest = messages(page).last();
      await newest.scrollIntoViewIfNeeded();
      await expect(newest).toBeInViewport();
      const newestBox = await box(newest);
      expect(newestBox.y).toBeLessThan(panelBox.y);

      // The resources are listed once: the reply refers to the panel.
      await expect(newest).not.toContainText('988');

      await expectNoSeriousAxeViolations(page);

      // More resources lists the rest with working links; Hide collapses to a slim bar.
      await support.getByRole('button', { name: 'More resources' }).click();
      await expect(support.getByRole('listitem').first()).toBeVisible();
      await expect(support.getByRole('button', { name: 'Fewer resources' })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
      await support.getByRole('button', { name: 'Hide' }).click();
      const show = support.getByRole('button', { name: 'Support resources: show' });
      await expect(show).toBeVisible();
      expect((await box(support)).height).toBeLessThanOrEqual(56);

      // Remembered for this conversation across a reload.
      await untilStorageIdle(page);
      await page.reload();
      await expect(
        panel(page).getByRole('button', { name: 'Support resources: show' }),
      ).toBeVisible();
      await panel(page).getByRole('button', { name: 'Support resources: show' }).click();
      await expect(panel(page).getByRole('button', { name: 'Hide' })).toBeVisible();
    });

    test('the header fits and every control is large enough to tap', async ({
      page,
      errors: _,
    }) => {
      await page.goto('/?pace=0');
      // The app bar's title is shown whole, a new chat's and a short conversation's.
      const title = page.getByRole('banner').getByRole('heading', { level: 1 });
      await expect(title).toBeVisible();
      expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      await send(page, 'hello');
      await expect(title).toHaveText('hello');
      expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      if (viewport.width > 640) return;
      const controls = page.locator('main button:visible, header button:visible, header a:visible');
      const sizes = await controls.evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { name: el.getAttribute('aria-label') ?? el.textContent, w: r.width, h: r.height };
        }),
      );
      expect(sizes.length).toBeGreaterThan(3);
      expect(sizes.filter((s) => s.w < 44 || s.h < 44)).toEqual([]);
    });

    test('an ended chat is marked in the sidebar, to the eye and to a screen reader', async ({
      page,
      errors: _,
    }) => {
      await page.goto('/?pace=0');
      await endByHarm(page);
      await showSidebar(page);
      const nav = page.getByRole('navigation', { name: 'Conversations' });
      const item = nav.getByRole('button', { name: /this conversation has ended/ });
      await expect(item).toBeVisible();
      await expect(item.locator('.ended-mark')).toBeVisible();
      await expect(item.locator('.ended-mark')).toContainText('Ended');
      await expectNoSeriousAxeViolations(page);
    });

    test('branch choosing: the instruction sits above the thread and changes once a message is picked', async ({
      page,
      errors: _,
    }) => {
      await page.goto('/?pace=0');
      await endByHarm(page);
      await page.getByRole('button', { name: 'Branch from an earlier message' }).click();
      const bar = page.locator('.choosing-bar');
      await expect(bar).toContainText('Pick the message to branch from');
      const barBox = await box(bar);
      const threadBox = await box(page.locator('.thread'));
      expect(barBox.y + barBox.height).toBeLessThanOrEqual(threadBox.y + 1);
      // The notice shrinks to a slim bar while choosing.
      const notice = page.locator('.ended-notice');
      expect((await box(notice)).height).toBeLessThanOrEqual(viewport.height / 4);
      await expectNoSeriousAxeViolations(page);

      await page.getByRole('button', { name: 'Branch from here' }).first().click();
      await expect(bar).toContainText('Edit the message, then press Save');
      await page.getByRole('textbox', { name: 'Edit message' }).fill('Tell me about tides');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(bar).toHaveCount(0);
      await expect(composer(page)).toBeVisible();
    });
  });
}

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('refusals and the warning are announced politely, the end assertively, each once', async ({
    page,
    errors: _,
  }) => {
    await page.goto('/?pace=0');
    await send(page, 'hello');
    await expect(politeRegion(page)).toHaveText('');
    await send(page, HARMFUL_REQUESTS[0]!);
    await expect(politeRegion(page)).toHaveText('The assistant declined this request.');
    await send(page, HARMFUL_REQUESTS[1]!);
    await expect(politeRegion(page)).toHaveText('The assistant declined again.');
    await send(page, HARMFUL_REQUESTS[2]!);
    await expect(politeRegion(page)).toHaveText(/^Warning: the assistant says it will end/);
    await expect(assertiveRegion(page)).toHaveText('');
    await send(page, HARMFUL_REQUESTS[3]!);
    await expect(assertiveRegion(page)).toHaveText(/^This conversation has ended\./);
    await expect(politeRegion(page)).toHaveText('');
    await expect(page.getByRole('heading', { name: 'This conversation has ended' })).toBeFocused();

    // Opened again, an ended chat is not announced again and draws no focus box.
    await untilStorageIdle(page);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'This conversation has ended' })).toBeVisible();
    await expect(assertiveRegion(page)).toHaveText('');
    await expect(
      page.getByRole('heading', { name: 'This conversation has ended' }),
    ).not.toBeFocused();
  });

  test('the first screen says what answers here and offers a model and examples', async ({
    page,
    errors: _,
  }) => {
    await page.goto('/?pace=0');
    await expect(page.getByText('This is the built-in assistant')).toBeVisible();
    await page.getByRole('button', { name: 'What can you do?' }).click();
    await expect(messages(page)).toHaveCount(2);
    await expect(messages(page).first()).toContainText('What can you do?');
    await page.getByRole('button', { name: 'New chat', exact: true }).click();
    await page.getByRole('button', { name: 'Connect a model' }).click();
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  });

  test('Settings: Save applies and closes, errors sit under their field, Close asks before discarding', async ({
    page,
    errors: _,
  }) => {
    await page.goto('/?pace=0');
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await expect(dialog.getByRole('button', { name: 'Save' })).toBeInViewport();

    // A backend switch brings that backend's address, unless the person typed one.
    const backend = dialog.getByLabel('Backend');
    const baseUrl = dialog.getByLabel('Base URL');
    await backend.selectOption({ label: 'Anthropic (Claude)' });
    await expect(baseUrl).toHaveValue('https://api.anthropic.com');
    await backend.selectOption({ label: 'OpenAI-compatible' });
    await expect(baseUrl).not.toHaveValue(/anthropic/);
    await baseUrl.fill('http://127.0.0.1:9/v1');
    await backend.selectOption({ label: 'Anthropic (Claude)' });
    await expect(baseUrl).toHaveValue('http://127.0.0.1:9/v1');
    await backend.selectOption({ label: 'Built-in assistant' });

    // An invalid field: the message under it, and focus on it.
    const url = dialog.getByLabel(/Feedback URL/);
    await url.fill('not a url');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(url).toBeFocused();
    await expect(url).toHaveAttribute('aria-invalid', 'true');
    const error = dialog.locator('.field-error');
    await expect(error).toBeVisible();
    await expect(url).toHaveAccessibleDescription(/.+/);
    const [fieldBox, errorBox] = [await box(url), await box(error)];
    expect(errorBox.y).toBeGreaterThanOrEqual(fieldBox.y + fieldBox.height - 1);
    expect(errorBox.y - (fieldBox.y + fieldBox.height)).toBeLessThan(40);
    await expectNoSeriousAxeViolations(page);

    // Close with a change asks first; Escape too; Keep editing keeps it.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog.getByText('Discard your changes?')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(url).toHaveValue('not a url');
    await page.keyboard.press('Escape');
    await expect(dialog.getByText('Discard your changes?')).toBeVisible();
    await dialog.getByRole('button', { name: 'Discard changes' }).click();
    await expect(dialog).toBeHidden();

    // Nothing was applied; Save applies and closes.
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(url).toHaveValue('');
    await dialog.getByLabel(/Reply pace/).fill('7');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
    await expect(page.locator('.settings-status')).toHaveText('Settings saved.');
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(dialog.getByLabel(/Reply pace/)).toHaveValue('7');
    // Unchanged, Close closes at once.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });

  test('the Export menu closes on Escape and outside clicks and says why an empty chat cannot be exported', async ({
    page,
    errors: _,
  }) => {
    await page.goto('/?pace=0');
    const trigger = page.getByRole('button', { name: 'Export', exact: true });
    const menu = page.getByRole('group', { name: 'Export conversation' });
    await trigger.click();
    const json = menu.getByRole('button', { name: 'JSON (whole tree)' });
    await expect(json).toBeDisabled();
    await expect(json).toHaveAccessibleDescription(
      'Nothing to export yet: this chat has no messages.',
    );
    await expectNoSeriousAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(trigger).toBeFocused();

    await send(page, 'hello');
    await trigger.click();
    await expect(json).toBeEnabled();
    await messages(page).first().click();
    await expect(menu).toHaveCount(0);

    await trigger.click();
    const download = page.waitForEvent('download');
    await json.click();
    expect((await download).suggestedFilename()).toMatch(/\.json$/);
    await expect(menu).toHaveCount(0);
  });

  test('each conversation has a link: back and forward move between them, a new tab opens it', async ({
    page,
    context,
    errors: _,
  }) => {
    await page.goto('/?pace=0');
    await send(page, 'About tides');
    await expect(page).toHaveURL(/#\/c\/.+/);
    const first = page.url();

    await page.getByRole('button', { name: 'New chat', exact: true }).click();
    await expect(page).toHaveURL(/#\/$/);
    await send(page, 'About comets');
    await expect(page).toHaveURL(/#\/c\/.+/);
    const second = page.url();
    expect(second).not.toBe(first);

    await page.goBack();
    await expect(messages(page).first()).toContainText('About tides');
    await expect(page).toHaveURL(first);
    // The new chat's entry became its link once it had a message.
    await page.goForward();
    await expect(page).toHaveURL(second);
    await expect(messages(page).first()).toContainText('About comets');

    // Sidebar choices are steps in history too.
    await page
      .getByRole('navigation', { name: 'Conversations' })
      .getByRole('button', { name: 'About tides', exact: true })
      .click();
    await expect(page).toHaveURL(first);
    await page.goBack();
    await expect(page).toHaveURL(second);
    await expect(messages(page).first()).toContainText('About comets');

    // A new tab opens exactly the conversation its link names; a bare link, a new chat.
    await untilStorageIdle(page);
    const tab = await context.newPage();
    await tab.goto(first);
    await expect(messages(tab).first()).toContainText('About tides');
    await tab.goto('/?pace=0');
    await expect(messages(tab)).toHaveCount(0);
    await expect(composer(tab)).toBeVisible();

    // A link to a conversation this browser does not hold says so.
    await tab.goto('/?pace=0#/c/not-in-this-browser');
    await expect(tab.getByRole('heading', { name: 'This conversation is not here' })).toBeVisible();
    await expectNoSeriousAxeViolations(tab);
    await tab.getByRole('button', { name: 'Start a new chat' }).click();
    await expect(tab).toHaveURL(/#\/$/);
    await send(tab, 'A fresh one');
    await expect(messages(tab)).toHaveCount(2);
  });

  test('Escape in the editor returns focus to Edit; Enter while a reply streams says what to do', async ({
    page,
    errors: _,
  }) => {
    await page.goto('/?pace=0');
    await send(page, 'hello');
    const question = messages(page).first();
    await question.hover();
    await question.getByRole('button', { name: 'Edit' }).click();
    await expect(page.getByRole('textbox', { name: 'Edit message' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(question.getByRole('button', { name: 'Edit' })).toBeFocused();

    // A slow reply: Enter meanwhile keeps the text and says to wait or stop.
    await page.goto('/?pace=200');
    await composer(page).fill('Tell me a long story');
    await composer(page).press('Enter');
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    await composer(page).fill('And another');
    await composer(page).press('Enter');
    await expect(page.getByText('Wait for the reply, or press Stop.')).toBeVisible();
    await expect(composer(page)).toHaveValue('And another');
    await page.getByRole('button', { name: 'Stop' }).click();
  });
});

test('a screen reader hears a refusal for each request, whatever the width', async ({
  page,
  errors: _,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?pace=0');
  await send(page, HARMFUL_REQUESTS[0]!);
  await expect(politeRegion(page)).toHaveText('The assistant declined this request.');
  await send(page, 'What is the capital of France?');
  await expect(politeRegion(page)).toHaveText('');
});
