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

    test('axe finds no violations with the storage notices showing (newer version, backup)', async ({
      page,
    }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
      await page.evaluate(() => localStorage.setItem('descent:log:2026-01', '{not json'));
      await page.reload();
      await expect(page.getByRole('button', { name: 'Download the backup' })).toBeVisible();
      // The backup stays on offer on the next load, now beside the newer-version notice.
      await page.evaluate(() =>
        localStorage.setItem('descent:settings', JSON.stringify({ version: 99, data: {} })),
      );
      await page.reload();
      await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Download the backup' })).toBeVisible();
      expect(await scan(page)).toEqual([]);
    });

    test('axe finds no violations after the answer is revealed', async ({ page }) => {
      await page.goto('/study');
      await page.getByRole('button', { name: 'Show answer' }).click();
      await expect(page.getByRole('button', { name: /^Again/ })).toBeVisible();
      expect(await scan(page)).toEqual([]);
    });
  });
}

test('a skip link leads to the content, and "?" lists the shortcuts', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('the answer appears without animation', async ({ page }) => {
    await page.goto('/study');
    await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
    const duration = await page
      .locator('.card-back')
      .evaluate((el) => getComputedStyle(el).animationDuration);
    expect(Number.parseFloat(duration)).toBeLessThan(0.001);
  });
});
