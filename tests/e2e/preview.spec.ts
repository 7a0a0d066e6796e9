import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SCENARIOS } from '../../src/features/preview/scenarios';
import { expect, expectNoSeriousAxeViolations, send, test, untilStorageIdle } from './fixtures';

mkdirSync('test-results/preview', { recursive: true });

async function keyElement(page: Page) {
  const marker = page.locator('[data-key-role], [data-key-text]').first();
  const role = await marker.getAttribute('data-key-role');
  const name = await marker.getAttribute('data-key-name');
  const text = await marker.getAttribute('data-key-text');
  const frame = page.locator('.preview-frame');
  if (role)
    return frame.getByRole(role as 'button', { name: name ?? undefined, exact: true }).first();
  return frame.getByText(text!, { exact: false }).first();
}

test.describe('preview gallery', () => {
  test('lists every scenario in groups, each with its own link', async ({ page, errors: _ }) => {
    await page.goto('/#/preview');
    const nav = page.getByRole('navigation', { name: 'Scenarios' });
    for (const s of SCENARIOS) {
      await expect(nav.getByRole('link', { name: s.title, exact: true })).toHaveAttribute(
        'href',
        `#/preview/${s.id}`,
      );
    }
    for (const group of [
      'Chat',
      'Escalation',
      'Ending',
      'Feedback',
      'Support',
      'Settings',
      'Player',
    ]) {
      await expect(nav.getByRole('heading', { name: group })).toBeVisible();
    }
  });

  for (const scenario of SCENARIOS) {
    test(`${scenario.id}: light and dark, 360 and 1280 px`, async ({ page, errors: _ }) => {
      // Four builds of the scenario (the long thread sends 40 messages each time): on a
      // busy machine that takes its time, so this test gets the slow-test allowance.
      test.slow();
      for (const width of [360, 1280] as const) {
        await page.setViewportSize({ width, height: 800 });
        for (const theme of ['light', 'dark'] as const) {
          await page.goto(`/#/preview/${scenario.id}?theme=${theme}&width=${width}`);
          await expect(page.getByRole('heading', { name: scenario.title, level: 2 })).toBeVisible();
          await expect(page.getByText(scenario.note)).toBeVisible();
          await expect(page.locator('.preview-frame .loading')).toHaveCount(0, { timeout: 30_000 });
          await expect(await keyElement(page)).toBeVisible({ timeout: 30_000 });
          await expectNoSeriousAxeViolations(page);
          await page.screenshot({
            path: `test-results/preview/${scenario.id}-${theme}-${width}.png`,
            fullPage: true,
          });
        }
      }
    });
  }

  test('controls live in the URL; Copy link keeps them; the notice copy is editable', async ({
    page,
    context,
    errors: _,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/#/preview/ended-by-policy');
    await page.getByLabel('Theme').selectOption('dark');
    await page.getByLabel('Width').selectOption('768');
    await page.getByLabel('Reduced motion').check();
    await page.getByLabel('Notice heading').fill('Chat closed');
    await expect(
      page.locator('.preview-frame').getByRole('heading', { name: 'Chat closed' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('.preview-frame')).toHaveCSS('width', '768px');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain(
      '#/preview/ended-by-policy?theme=dark&width=768&motion=reduce&heading=Chat+closed',
    );

    const fresh = await context.newPage();
    await fresh.goto(link);
    await expect(
      fresh.locator('.preview-frame').getByRole('heading', { name: 'Chat closed' }),
    ).toBeVisible();
    await expect(fresh.getByLabel('Width')).toHaveValue('768');
  });

  test('thresholds change what the scenario shows', async ({ page, errors: _ }) => {
    await page.goto('/#/preview/warning?refusals=1');
    // With one refusal before the warning, the third request already ends the chat.
    await expect(
      page.locator('.preview-frame').getByRole('heading', { name: 'This conversation has ended' }),
    ).toBeVisible();
  });

  test('the scenario player steps through the escalation turn by turn', async ({
    page,
    errors: _,
  }) => {
    await page.goto('/#/preview/player');
    const frame = page.locator('.preview-frame');
    await expect(page.getByText('Turn 0 of 5')).toBeVisible();
    for (let i = 0; i < 4; i += 1) await page.getByRole('button', { name: 'Next turn' }).click();
    await expect(page.getByText(/Turn 4 of 5/)).toBeVisible();
    await expect(frame.getByText('Warning')).toBeVisible();
    await page.getByRole('button', { name: 'Next turn' }).click();
    await expect(frame.getByRole('heading', { name: 'This conversation has ended' })).toBeVisible();
    await page.getByRole('button', { name: 'Previous turn' }).click();
    await expect(frame.getByRole('heading', { name: 'This conversation has ended' })).toHaveCount(
      0,
    );
    await expect(frame.getByRole('textbox', { name: 'Message' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test('the preview never writes to the stored conversations', async ({ page, errors: _ }) => {
    const snapshot = () =>
      page.evaluate(
        () =>
          new Promise<string>((resolve, reject) => {
            const open = indexedDB.open('parley');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const names = [...db.objectStoreNames];
              if (names.length === 0) return resolve('[]');
              const tx = db.transaction(names, 'readonly');
              const req = tx.objectStore('conversations').getAll();
              req.onsuccess = () => resolve(JSON.stringify(req.result));
            };
          }),
      );
    await page.goto('/?pace=0');
    await send(page, 'my own conversation');
    await untilStorageIdle(page);
    const before = await snapshot();
    const localBefore = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(before).toContain('my own conversation');

    for (const id of [
      'ended-by-policy',
      'feedback-sent',
      'live-branch',
      'settings-connection-error',
    ]) {
      await page.goto(`/#/preview/${id}`);
      await expect(page.locator('.preview-frame')).not.toContainText('Building the scenario');
    }
    await page.goto('/#/');
    await page.reload();
    await expect(
      page.getByRole('navigation', { name: 'Conversations' }).getByRole('listitem'),
    ).toHaveCount(1);
    // Whatever the app would write after loading has been written by now.
    await untilStorageIdle(page);
    expect(await snapshot()).toBe(before);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toBe(localBefore);
  });
});
