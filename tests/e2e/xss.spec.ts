/**
 * Hostile content, on the project's own payload fixture (npm run test:xss runs the
 * same contexts over every shared payload), and the Content-Security-Policy.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { untilHydrated } from '../../scripts/harness';
import {
  builtinContext,
  importedContext,
  installProbe,
  readPayloads,
  storedContext,
  streamedContext,
  type Check,
} from '../../scripts/xss/contexts';
import { composer, connectModel, expect, send, test } from './fixtures';

const payloads = readPayloads('tests/fixtures/xss/payloads.jsonl');

test.describe('hostile content', () => {
  for (const [name, run] of [
    ['stored title, message and reply', storedContext],
    [
      'imported file',
      (page, list, check) =>
        importedContext(page, list, mkdtempSync(join(tmpdir(), 'parley-xss-')), check),
    ],
    ['message to the built-in assistant', builtinContext],
    ['streamed reply and feedback comment', streamedContext],
  ] as const satisfies readonly [
    string,
    (...args: Parameters<typeof storedContext>) => Promise<void>,
  ][]) {
    test(`${payloads.length} payloads as ${name}: nothing runs, nothing live, text shown`, async ({
      page,
      context,
      errors: _,
    }) => {
      test.setTimeout(120_000);
      await installProbe(context);
      await page.goto('/');
      await untilHydrated(page);
      const failures: string[] = [];
      const check: Check = (payload, where, problems) => {
        if (problems.length) failures.push(`[${where}] ${payload}: ${problems.join(', ')}`);
      };
      await run(page, payloads, check);
      expect(failures).toEqual([]);
    });
  }
});

test.describe('Content-Security-Policy', () => {
  test('the build forbids eval, inline script and inline handlers', async ({
    page,
    context,
    errors,
  }) => {
    await installProbe(context);
    await page.goto('/');
    await expect(composer(page)).toBeVisible();
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    const scriptSrc = policy?.split(';').find((d) => d.trim().startsWith('script-src'));
    expect(scriptSrc?.trim()).toBe("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toMatch(/connect-src 'self' https:\/\/api\.anthropic\.com/);
    const calls = await page.evaluate(async () => {
      // Both injections are refused by the policy: wait for the two refusals, not for time.
      let refused = 0;
      const bothRefused = new Promise<void>((resolve) =>
        document.addEventListener('securitypolicyviolation', () => {
          refused += 1;
          if (refused >= 2) resolve();
        }),
      );
      const script = document.createElement('script');
      script.textContent = '__xss(1)';
      document.body.append(script);
      const holder = document.createElement('div');
      holder.innerHTML = '<img src="data:," onerror="__xss(2)">';
      document.body.append(holder);
      await bothRefused;
      return (window as unknown as { __xssCalls: number }).__xssCalls;
    });
    expect(calls).toBe(0);
    // The browser reports both refusals; they are the point of this test.
    await expect.poll(() => errors.length).toBeGreaterThanOrEqual(2);
    expect(errors.every((e) => e.includes('Content Security Policy'))).toBe(true);
    errors.length = 0;
  });

  test('normal use causes no violation', async ({ page, errors: _ }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
    });
    await page.goto('/?pace=0');
    await send(page, 'Show me a table and some **bold** text with a [link](https://example.org)');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page
      .getByRole('dialog', { name: 'Settings' })
      .getByRole('button', { name: 'Close' })
      .click();
    await page.getByRole('article').last().getByRole('button', { name: 'Good reply' }).click();
    await page
      .getByRole('dialog', { name: 'Feedback on this reply' })
      .getByRole('button', { name: 'Cancel' })
      .click();
    await page.getByRole('link', { name: 'Preview' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    ).toEqual([]);
  });
});

test('a backend the policy does not allow is refused with a message that says why and what to do', async ({
  page,
}) => {
  // The browser reports the refused request; only the app's own errors would count here.
  const crashes: string[] = [];
  page.on('pageerror', (e) => crashes.push(e.message));
  await page.goto('/');
  await connectModel(page, { url: 'https://llm.example.com' }, 'OpenAI-compatible');
  await composer(page).fill('Hello over there');
  await composer(page).press('Enter');
  const failure = page.getByRole('article').last().getByRole('alert');
  await expect(failure).toContainText(
    "This app's Content-Security-Policy does not allow connections to llm.example.com",
  );
  await expect(failure).toContainText('PARLEY_CONNECT_SRC');
  await expect(failure.getByRole('button', { name: 'Retry' })).toBeVisible();
  expect(crashes).toEqual([]);
});
