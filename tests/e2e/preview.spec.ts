import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { FrameLocator, Page } from '@playwright/test';
import { SCENARIOS, scenarioById } from '../../src/features/preview/scenarios';
import { checkExport, exportGallery, keyLocator } from '../../scripts/gallery/export';
import { expect, expectNoSeriousAxeViolations, send, test, untilStorageIdle } from './fixtures';

mkdirSync('test-results/preview', { recursive: true });

/** The n-th frame of the stage, once its state is built. */
async function builtFrame(page: Page, n = 0): Promise<FrameLocator> {
  const frame = page.frameLocator('iframe.device-iframe').nth(n);
  await expect(frame.locator('.stage')).toHaveAttribute('data-state', 'built', { timeout: 30_000 });
  return frame;
}

const frameWidth = (page: Page, n = 0) =>
  page
    .frameLocator('iframe.device-iframe')
    .nth(n)
    .locator('html')
    .evaluate((html) => html.clientWidth);

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
    ])
      await expect(nav.getByRole('heading', { name: group })).toBeVisible();
  });

  for (const scenario of SCENARIOS) {
    test(`${scenario.id}: light and dark side by side, 360 and 1280 px`, async ({
      page,
      errors: _,
    }) => {
      for (const width of [360, 1280] as const) {
        await page.goto(`/#/preview/${scenario.id}?width=${width}&compare=themes`);
        await expect(page.getByRole('heading', { name: scenario.title, level: 2 })).toBeVisible();
        await expect(page.getByText(scenario.note)).toBeVisible();
        for (const n of [0, 1]) {
          const frame = await builtFrame(page, n);
          await expect(keyLocator(frame, scenario.key)).toBeVisible({ timeout: 30_000 });
          expect(await frameWidth(page, n)).toBe(width);
        }
        await expect(
          page.frameLocator('iframe.device-iframe').nth(1).locator('html'),
        ).toHaveAttribute('data-theme', 'dark');
        await expectNoSeriousAxeViolations(page);
        await page.screenshot({ path: `test-results/preview/${scenario.id}-${width}.png` });
      }
    });
  }

  test('each frame is as wide as its label says, scaled to fit with the scale shown', async ({
    page,
    errors: _,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const width of [360, 768, 1280] as const) {
      await page.goto(`/#/preview/ended-by-policy?width=${width}`);
      await builtFrame(page);
      expect(await frameWidth(page)).toBe(width);
      const figure = page.getByRole('figure');
      await expect(figure).toContainText(`${width} px`);
      const iframe = page.locator('iframe.device-iframe');
      await expect(iframe).toHaveAttribute('width', String(width));
      // What the eye sees is the true width times the scale the label gives.
      const shown = (await iframe.boundingBox())!.width;
      const label = (await figure.locator('figcaption').textContent()) ?? '';
      const percent = /shown at (\d+)%/.exec(label);
      if (percent)
        expect(Math.abs(shown - (width * Number(percent[1])) / 100)).toBeLessThan(width / 100 + 1);
      else expect(Math.round(shown)).toBe(width);
    }
    // The laptop frame does not fit beside the list on a 1280 px screen: it is scaled, and says so.
    await expect(page.getByRole('figure')).toContainText(/1280 px · shown at \d+%/);
  });

  test('a dialog stays inside its frame and the scenario list stays usable', async ({
    page,
    errors: _,
  }) => {
    await page.goto('/#/preview/feedback-filled?width=360');
    const frame = await builtFrame(page);
    const dialog = frame.getByRole('dialog', { name: 'Give feedback' });
    await expect(dialog).toBeVisible();
    const inner = (await dialog.boundingBox())!;
    const outer = (await page.locator('iframe.device-iframe').boundingBox())!;
    expect(inner.x).toBeGreaterThanOrEqual(outer.x);
    expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width + 1);
    expect(inner.y).toBeGreaterThanOrEqual(outer.y);
    expect(inner.width).toBeLessThanOrEqual(360);
    // The gallery is not behind a modal: its list takes a click while the dialog is open.
    await page
      .getByRole('navigation', { name: 'Scenarios' })
      .getByRole('link', { name: 'Ended by the policy' })
      .click();
    await expect(page).toHaveURL(/#\/preview\/ended-by-policy\?width=360$/);
    await expect(
      (await builtFrame(page)).getByRole('heading', { name: 'This conversation has ended' }),
    ).toBeVisible();
  });

  test('compare views live in the link and reopen the same', async ({
    page,
    context,
    errors: _,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/#/preview/warning');
    await page.getByLabel('Compare').selectOption({ label: 'Light and dark' });
    await expect(page).toHaveURL(/#\/preview\/warning\?compare=themes$/);
    await expect(page.frameLocator('iframe.device-iframe').nth(1).locator('html')).toHaveAttribute(
      'data-theme',
      'dark',
    );
    await expect(page.frameLocator('iframe.device-iframe').nth(0).locator('html')).toHaveAttribute(
      'data-theme',
      'light',
    );
    await page.getByLabel('Compare').selectOption('widths');
    await page.getByLabel('Second width').selectOption('768');
    await expect(page.locator('iframe.device-iframe')).toHaveCount(2);
    await builtFrame(page, 1);
    expect(await frameWidth(page, 0)).toBe(1280);
    expect(await frameWidth(page, 1)).toBe(768);

    await page.getByLabel('Compare').selectOption('states');
    await page.getByLabel('Second state').selectOption({ label: 'Ended by the policy' });
    await expect(
      (await builtFrame(page, 1)).getByRole('heading', { name: 'This conversation has ended' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('#/preview/warning?compare=states&other=ended-by-policy');

    const fresh = await context.newPage();
    await fresh.goto(link);
    await expect(fresh.getByLabel('Compare')).toHaveValue('states');
    await expect(fresh.getByLabel('Second state')).toHaveValue('ended-by-policy');
    const warning = scenarioById('warning')!.key;
    await expect(keyLocator(await builtFrame(fresh, 0), warning)).toBeVisible();
    await expect(
      (await builtFrame(fresh, 1)).getByRole('heading', { name: 'This conversation has ended' }),
    ).toBeVisible();
  });

  test('thresholds change what the state shows, and count-aware copy reads right', async ({
    page,
    errors: _,
  }) => {
    await page.goto('/#/preview/warning?refusals=1');
    // With one refusal before the warning, the third request already ends the chat.
    await expect(
      (await builtFrame(page)).getByRole('heading', { name: 'This conversation has ended' }),
    ).toBeVisible();

    // With no refusal before the warning, the first request is warned about as one request.
    await page.goto('/#/preview/first-refusal?refusals=0');
    const frame = await builtFrame(page);
    const reply = frame.getByRole('article').last();
    await expect(reply).toContainText('this conversation has included a request for');
    await expect(reply).not.toContainText('repeated');
  });

  test('the player steps turn by turn, and its script and turn live in the link', async ({
    page,
    errors: _,
  }) => {
    await page.goto('/#/preview/player');
    await expect(page.getByText('Turn 0 of 5')).toBeVisible();
    for (let i = 1; i <= 4; i += 1) {
      await page.getByRole('button', { name: 'Next turn' }).click();
      await expect(page.getByText(new RegExp(`Turn ${i} of 5`))).toBeVisible();
    }
    await expect(page).toHaveURL(/#\/preview\/player\?turn=4$/);
    await expect(
      (await builtFrame(page)).getByText('Warning', { exact: false }).first(),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Next turn' }).click();
    await expect(
      (await builtFrame(page)).getByRole('heading', { name: 'This conversation has ended' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Previous turn' }).click();
    await expect((await builtFrame(page)).getByRole('textbox', { name: 'Message' })).toBeVisible();

    await page.getByLabel('Script').selectOption({ label: 'Abuse aimed at the assistant' });
    await page.getByRole('button', { name: 'Next turn' }).click();
    await page.getByRole('button', { name: 'Next turn' }).click();
    await expect(page).toHaveURL(/script=abuse&turn=2$/);
    await page.reload();
    await expect(page.getByLabel('Script')).toHaveValue('abuse');
    await expect(page.getByText(/Turn 2 of 5/)).toBeVisible();
    const frame = await builtFrame(page);
    await expect(frame.getByRole('article')).toHaveCount(4);
    await expect(frame.getByRole('article').nth(2)).toContainText(
      'You are a useless piece of garbage',
    );
    await expectNoSeriousAxeViolations(page);
  });

  test('a copy-deck edit shows in the state and round-trips through export and import', async ({
    page,
    errors: _,
  }, testInfo) => {
    await page.goto('/#/preview/ended-by-policy');
    let frame = await builtFrame(page);
    await page.getByRole('button', { name: 'Copy deck' }).click();
    const deck = page.getByRole('complementary', { name: 'Copy deck' });
    await deck.getByLabel('notice.heading').fill('Chat closed for now');
    await expect(frame.getByRole('heading', { name: 'Chat closed for now' })).toBeVisible();
    // A text the assistant writes: the state is rebuilt with it.
    await deck
      .getByRole('group', { name: 'end.policy' })
      .getByLabel('Other (any other count)')
      .fill('Goodbye: this chat ends because of {behaviour}.');
    frame = await builtFrame(page);
    await expect(
      frame.getByText(
        'Goodbye: this chat ends because of repeated requests for instructions for weapons.',
      ),
    ).toBeVisible();
    // Long texts wrap in the editor rather than run off to the side.
    const warning = deck
      .getByRole('group', { name: 'warning', exact: true })
      .getByLabel('Alternative 1');
    const box = (await warning.boundingBox())!;
    expect(await warning.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(box.height).toBeGreaterThan(40);

    const download = page.waitForEvent('download');
    await deck.getByRole('button', { name: 'Export JSON' }).click();
    const file = testInfo.outputPath('copy-deck.json');
    await (await download).saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(exported['notice.heading']).toBe('Chat closed for now');
    // The same shape as the app's own deck: saved as src/copy/deck.json, the app speaks it.
    const own = JSON.parse(readFileSync('src/copy/deck.json', 'utf8')) as Record<string, unknown>;
    expect(Object.keys(exported).sort()).toEqual(Object.keys(own).sort());

    await deck.getByRole('button', { name: 'Reset all' }).click();
    await expect(frame.getByRole('heading', { name: 'This conversation has ended' })).toBeVisible();

    writeFileSync(file, JSON.stringify({ ...exported, 'no.such.text': 'x' }));
    await deck.getByLabel('Copy deck file').setInputFiles(file);
    await expect(deck.getByRole('status')).toContainText('Imported copy-deck.json: 2 texts differ');
    await expect(deck).toContainText('“no.such.text” is not a text of the app');
    frame = await builtFrame(page);
    await expect(frame.getByRole('heading', { name: 'Chat closed for now' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test('Download PNG saves the frame at its true width', async ({ page, errors: _ }, testInfo) => {
    await page.goto('/#/preview/support-panel?width=360');
    await builtFrame(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Download PNG/ }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('support-panel--light--360.png');
    const file = testInfo.outputPath('frame.png');
    await saved.saveAs(file);
    const bytes = readFileSync(file);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(360);
  });

  test('the export writes every state × theme × width, named and sized, with a contact sheet', async ({
    browser,
    baseURL,
  }, testInfo) => {
    const outDir = testInfo.outputPath('gallery-export');
    const states = ['ended-by-policy', 'feedback-filled'];
    const files = await exportGallery({
      browser,
      baseUrl: baseURL!,
      outDir,
      states,
      widths: [360, 1280],
    });
    expect(files).toHaveLength(8);
    expect(files).toContain('feedback-filled--dark--360.png');
    expect(checkExport(outDir, states, ['light', 'dark'], [360, 1280])).toEqual([]);
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
      await builtFrame(page);
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
