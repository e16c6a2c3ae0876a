import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const routes = [
  '/',
  '/study',
  '/quiz',
  '/concepts',
  '/concepts/double-descent',
  '/stats',
  '/settings',
  '/nowhere',
];

async function scan(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const route of routes) {
      test(`axe finds no violations on ${route}`, async ({ page }) => {
        await page.goto(route);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await scan(page)).toEqual([]);
      });
    }

    test('axe finds no violations after the answer is revealed', async ({ page }) => {
      await page.goto('/study');
      await page.getByRole('button', { name: 'Show answer' }).click();
      await expect(page.getByRole('button', { name: /^Again/ })).toBeVisible();
      expect(await scan(page)).toEqual([]);
    });
  });
}
