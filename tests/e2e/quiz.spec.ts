import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { answerQuiz } from './learner';

test('a whole quiz by keyboard, then the missed concept comes up in study', async ({ page }) => {
  await page.goto('/quiz?concept=double-descent');
  await page.getByRole('radio', { name: '5 questions' }).check();
  await page.getByRole('button', { name: 'Start quiz' }).click();

  // During a quiz, with feedback showing, axe finds nothing either.
  await answerQuiz(page, 5, async () => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });
  await expect(page.getByRole('heading', { name: 'Quiz complete' })).toBeVisible();
  await expect(page.getByText(/^\d \/ 5$/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What you missed' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Study' }).click();
  await expect(page.getByRole('article').getByRole('link', { name: 'Double descent' })).toBeVisible();
  // Never-studied cards of the missed concept stay new, first in line (see progress.spec.ts for the counts).
  await expect(page.getByText('0 review', { exact: true })).toBeVisible();
});

test('a reload in mid-quiz resumes where the learner was', async ({ page }) => {
  await page.goto('/quiz');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  const textbox = page.getByRole('textbox');
  if (await textbox.count()) await textbox.fill('anything');
  else await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Question 2 of 10')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Question 2 of 10')).toBeVisible();
});
