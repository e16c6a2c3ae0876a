import { expect, test } from '@playwright/test';

test('study 5 cards by keyboard, reload, and see "Reviewed today 5"', async ({ page }) => {
  await page.goto('/study');
  for (let i = 0; i < 5; i++) {
    await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: /^Good · / })).toBeVisible();
    await page.keyboard.press(i % 2 === 0 ? '3' : '4');
  }
  await page.reload();
  await page.goto('/');
  await expect(page.getByText('Reviewed today', { exact: true }).locator('..')).toHaveText(
    /Reviewed today\s*5/,
  );
});

test('every route loads directly by deep link', async ({ page }) => {
  for (const [path, heading] of [
    ['/study/language', /Study: Language/],
    ['/concepts/double-descent', /Double descent/],
    ['/no-such-page', /Page not found/],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
});
