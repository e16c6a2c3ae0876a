import { expect, test } from '@playwright/test';
import { gradeOne } from './learner';

const topicNames = ['Foundations', 'Training', 'Generalization', 'Language', 'Reasoning', 'AGI and ethics'];

test('home lists the six topics with "Study all", and a topic’s Study link opens that topic', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Study all' })).toHaveAttribute('href', '/study');
  const rows = page.getByRole('list', { name: 'Topics' }).getByRole('listitem');
  await expect(rows).toHaveCount(6);
  for (const [i, name] of topicNames.entries()) {
    await expect(rows.nth(i)).toContainText(name);
    await expect(rows.nth(i)).toContainText(/20 new/);
  }
  await expect(page.getByText('About 3 min')).toBeVisible();
  await page.getByRole('link', { name: 'Study Training' }).click();
  await expect(page).toHaveURL(/\/study\/training$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Study: Training');
  // A card studied there counts for Training on home, and the streak starts.
  await gradeOne(page);
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Topics' }).getByRole('listitem').nth(1)).toContainText(
    /Training\s*1 due\s*19 new/,
  );
  await expect(page.getByText('1-day streak')).toBeVisible();
});

test('the prerendered home lists the six topics and their Study links before any script runs', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  for (const name of topicNames) {
    await expect(page.getByText(name, { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: `Study ${name}` })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Study all' })).toBeVisible();
  await context.close();
});

test('topic priority set in Settings orders the topics on home', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Move Reasoning up' }).focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
  await expect(page.getByText('Reasoning moved to position 1 of 6.')).toBeAttached();
  await expect(page.getByRole('button', { name: 'Move Reasoning down' })).toBeFocused();
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Topics' }).getByRole('listitem').first()).toContainText(
    'Reasoning',
  );
});
