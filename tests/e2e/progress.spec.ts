// Progress is the replay of its log, in real Chromium against the production build: Replace, two tabs, a day-0
// quiz, newer-version data, and how many storage writes one grade costs with two tabs open.
import { expect, type Page, test } from '@playwright/test';
import { answerQuiz, gradeOne, reviewedToday } from './learner';

test('Replace: grade 3, export, reset, grade 2, import with Replace: 3 reviewed today, also after a reload', async ({
  page,
}) => {
  await page.goto('/study');
  for (let i = 0; i < 3; i++) await gradeOne(page);
  await page.goto('/settings');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export progress' }).click(),
  ]);
  const file = await download.path();
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.getByRole('button', { name: 'Reset everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your progress was reset.' })).toBeVisible();
  await page.goto('/study');
  for (let i = 0; i < 2; i++) await gradeOne(page);
  await reviewedToday(page, 2);
  await page.goto('/settings');
  await page.getByLabel('Import progress').setInputFiles(file);
  await page.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByText(/^Replaced your progress with/)).toBeVisible();
  await reviewedToday(page, 3);
  await page.reload();
  await reviewedToday(page, 3);
});

test('undo in one tab while the other grades: both tabs end with the same reviews', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/study');
  await b.goto('/study');
  await gradeOne(a);
  await gradeOne(b);
  await a.bringToFront();
  await a.getByRole('button', { name: 'Undo' }).click();
  await gradeOne(b);
  await gradeOne(a);
  // A: one review left (undo, then a new grade); B: two. Every tab and a reload agree on 3.
  for (const page of [a, b]) await reviewedToday(page, 3);
});

test('a day-0 quiz with misses keeps unseen cards new: study shows them first, as new', async ({ page }) => {
  await page.goto('/quiz?concept=double-descent');
  await page.getByRole('radio', { name: '5 questions' }).check();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await answerQuiz(page, 5);
  await expect(page.getByRole('heading', { name: 'Quiz complete' })).toBeVisible();
  await expect(page.getByText(/\d+ cards? from concepts you missed comes? up next\./)).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Study' }).click();
  await expect(page.getByText('0 review', { exact: true })).toBeVisible();
  await expect(page.getByText('20 new', { exact: true })).toBeVisible();
  await expect(page.getByRole('article').getByRole('link', { name: 'Double descent' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /^Good · 10m/ })).toBeVisible();
});

test('data from a newer version is left alone: the tab goes read-only and offers "Reload"', async ({
  page,
}) => {
  await page.goto('/study');
  await gradeOne(page);
  const newer = JSON.stringify({ version: 99, data: { written: 'by a newer Descent' } });
  // Another tab running a newer build rewrites the head.
  await page.evaluate((value) => localStorage.setItem('descent:progress', value), newer);
  await page.reload();
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'Descent was updated in another tab. Reload to continue.' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
  const stored = await page.evaluate(() => ({
    head: localStorage.getItem('descent:progress'),
    backups: Object.keys(localStorage).filter((k) => k.startsWith('descent:backup:')),
  }));
  expect(stored).toEqual({ head: newer, backups: [] });
});

test('one grade with two tabs open costs one storage write, and the other tab writes nothing', async ({
  context,
}) => {
  await context.addInitScript(() => {
    const real = Storage.prototype.setItem;
    (window as unknown as { writes: string[] }).writes = [];
    Storage.prototype.setItem = function setItem(this: Storage, key: string, value: string) {
      (window as unknown as { writes: string[] }).writes.push(key);
      return real.call(this, key, value);
    };
  });
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/study');
  await b.goto('/');
  // The first grade of a fresh profile also creates the head; count the grades after it.
  await gradeOne(a);
  await expect(a.getByText('1 reviewed this session')).toBeVisible();
  const writes = async (page: Page) =>
    page.evaluate(() =>
      (window as unknown as { writes: string[] }).writes.filter((k) => k.startsWith('descent:')),
    );
  const before = [(await writes(a)).length, (await writes(b)).length];
  for (let i = 2; i <= 4; i++) {
    await gradeOne(a);
    await expect(a.getByText(`${i} reviewed this session`)).toBeVisible();
  }
  await b.bringToFront();
  await expect(b.getByText('Reviewed today', { exact: true }).locator('..')).toHaveText(
    /Reviewed today\s*4$/,
  );
  const wa = (await writes(a)).slice(before[0]);
  const wb = (await writes(b)).slice(before[1]);
  console.log(
    `storage writes for 3 grades with two tabs open: tab A ${wa.length} (${wa.join(', ')}), tab B ${wb.length}`,
  );
  expect(wa).toHaveLength(3);
  expect(wa.every((k) => k.startsWith('descent:log:'))).toBe(true);
  expect(wb).toEqual([]);
});
