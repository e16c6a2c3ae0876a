// What a learner does in the browser, shared by the specs.
import { expect, type Page } from '@playwright/test';

/** Shows the answer with Space and grades with a key (3 Good, 4 Easy), in this page's tab. */
export async function gradeOne(page: Page, key: '3' | '4' = '3') {
  await page.bringToFront();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
  await page.keyboard.press(key);
}

/** Goes home and expects "Reviewed today" to read `n`. */
export async function reviewedToday(page: Page, n: number) {
  await page.goto('/');
  await expect(page.getByText('Reviewed today', { exact: true }).locator('..')).toHaveText(
    new RegExp(`Reviewed today\\s*${n}$`),
  );
}

/** Answers `count` questions by keyboard, every one with the first option or a nonsense typed answer. */
export async function answerQuiz(page: Page, count: number, afterFirst?: () => Promise<void>) {
  for (let i = 0; i < count; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${count}`)).toBeVisible();
    const textbox = page.getByRole('textbox');
    if (await textbox.count()) {
      await textbox.fill('zzzz');
      await textbox.press('Enter');
    } else {
      await expect(page.getByRole('radiogroup')).toBeVisible();
      await page.keyboard.press('1');
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('status')).toContainText(/Correct|Incorrect/);
    if (i === 0) await afterFirst?.();
    await page.keyboard.press('Enter');
  }
}
