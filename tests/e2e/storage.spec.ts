import { expect, test } from '@playwright/test';
import { gradeOne } from './learner';

test('two tabs grading alternately: every review counts', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/study');
  await b.goto('/study');
  for (let i = 0; i < 4; i++) {
    await gradeOne(a, '3');
    await gradeOne(b, '4');
  }
  for (const page of [a, b]) {
    await page.goto('/');
    await expect(page.getByText('Reviewed today', { exact: true }).locator('..')).toHaveText(
      /Reviewed today\s*8/,
    );
  }
});

test('corrupt stored progress is set aside with a way to download it, and the app starts clean', async ({
  page,
}) => {
  await page.goto('/');
  // Wait until the app has read storage, so the bad value is met on the reload and not by this first load.
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.evaluate(() => localStorage.setItem('descent:progress', '{"version":1,"data":{"cards":"oops"'));
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Some saved data could not be read');
  await expect(alert.getByRole('button', { name: 'Download the backup' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const backups = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('descent:backup:')),
  );
  expect(backups).toHaveLength(1);
});

test('a full storage quota keeps the app working and says so', async ({ page }) => {
  await page.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(this: Storage, key: string, value: string) {
      if (key.startsWith('descent:progress') || key.startsWith('descent:log:')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return real.call(this, key, value);
    };
  });
  await page.goto('/study');
  await gradeOne(page, '3');
  await expect(
    page.getByRole('status').filter({ hasText: 'Your progress is not being saved' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await expect(page.getByText('1 reviewed this session')).toBeVisible();
});
