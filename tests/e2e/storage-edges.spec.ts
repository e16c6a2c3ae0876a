// Found by review: storage rules broken in real Chromium against the production build.
import { expect, test } from '@playwright/test';
import { gradeOne, reviewedToday } from './learner';

test('another tab clears localStorage: an undone review does not come back after the next grade', async ({
  context,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await b.goto('/');
  await a.goto('/study');
  await gradeOne(a);
  await expect(a.getByText('1 reviewed this session')).toBeVisible();
  await a.getByRole('button', { name: 'Undo' }).click();
  await expect(a.getByText('0 reviewed this session')).toBeVisible();
  await gradeOne(a);
  await expect(a.getByText('1 reviewed this session')).toBeVisible();
  // Another tab clears storage: Chromium fires `storage` with key null in tab A.
  await b.evaluate(() => localStorage.clear());
  // …and is closed, so it cannot write back what it held.
  await b.close();
  await gradeOne(a);
  await expect(a.getByText('2 reviewed this session')).toBeVisible();
  // Two reviews stand; the undone one must stay undone.
  await a.reload();
  await reviewedToday(a, 2);
});

test('a tab read-only for a newer version leaves the newer version’s settings alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const head = JSON.stringify({ version: 99, data: { written: 'by a newer Descent' } });
  const settings = JSON.stringify({ version: 99, data: { written: 'by a newer Descent' } });
  await page.evaluate(
    ([h, s]) => {
      localStorage.setItem('descent:progress', h as string);
      localStorage.setItem('descent:settings', s as string);
    },
    [head, settings],
  );
  await page.goto('/settings');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Descent was updated in another tab. Reload to continue.' }),
  ).toBeVisible();
  await page.getByRole('radio', { name: 'Dark' }).check();
  const stored = await page.evaluate(() => localStorage.getItem('descent:settings'));
  expect(stored).toBe(settings);
});
