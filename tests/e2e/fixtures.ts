import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

/** Every test gets a page whose console errors fail the test. */
export const test = base.extend<{ errors: string[] }>({
  errors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };

export const composer = (page: Page) => page.getByRole('textbox', { name: 'Message' });
export const messages = (page: Page) => page.getByRole('article');

export async function send(page: Page, text: string) {
  await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
  const before = await messages(page).count();
  await composer(page).fill(text);
  await composer(page).press('Enter');
  // The reply has finished when it is on screen and no longer streaming.
  await expect(messages(page)).toHaveCount(before + 2);
  await expect(messages(page).last()).not.toHaveAttribute('data-status', 'streaming');
  await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
}

export async function expectNoSeriousAxeViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
