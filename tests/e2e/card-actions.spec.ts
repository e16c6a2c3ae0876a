// Card actions while studying, in real Chromium against the production build: an edit is the learner's for good (a
// reload, an export and an import keep it), and a card suspended in study is found and unsuspended in /cards.
import { expect, type Page, test } from '@playwright/test';

/** The live card (the prerendered frame has no Card actions button) and its prompt. */
async function liveCard(page: Page) {
  const card = page.getByRole('article');
  await expect(card.getByRole('button', { name: 'Card actions' })).toBeVisible();
  return card;
}

test('an edit made while studying survives a reload, and an export then import with Replace', async ({
  page,
}) => {
  await page.goto('/study');
  const card = await liveCard(page);
  const deckPrompt = (await card.getByRole('paragraph').first().textContent()) ?? '';
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Edit card' });
  await dialog.getByRole('textbox', { name: 'Prompt' }).fill('In my words: what does backprop compute?');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(card).toContainText('In my words: what does backprop compute?');
  await expect(card.getByText('Edited', { exact: true })).toBeVisible();

  await page.reload();
  await liveCard(page);
  await expect(page.getByRole('article')).toContainText('In my words: what does backprop compute?');
  await expect(page.getByRole('article').getByText('Edited', { exact: true })).toBeVisible();

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
  await liveCard(page);
  await expect(page.getByRole('article').getByRole('paragraph').first()).toHaveText(deckPrompt);
  await expect(page.getByRole('article').getByText('Edited', { exact: true })).toHaveCount(0);

  await page.goto('/settings');
  await page.getByLabel('Import progress').setInputFiles(file);
  await page.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByText(/^Replaced your progress with/)).toBeVisible();
  await page.goto('/study');
  await liveCard(page);
  await expect(page.getByRole('article')).toContainText('In my words: what does backprop compute?');
  await expect(page.getByRole('article').getByText('Edited', { exact: true })).toBeVisible();
});

test('suspend a card from the Card actions menu, undo and redo it by key, then unsuspend it in /cards', async ({
  page,
}) => {
  await page.goto('/study');
  const card = await liveCard(page);
  const prompt = (await card.getByRole('paragraph').first().textContent()) ?? '';
  await card.getByRole('button', { name: 'Card actions' }).click();
  await expect(page.getByRole('menu', { name: 'Card actions' })).toBeVisible();
  await page.getByRole('menuitem', { name: 'Suspend card' }).click();
  const status = page.getByRole('region', { name: /^Study:/ }).getByRole('status');
  await expect(status).toHaveText('Card suspended. Undo with Ctrl+Z.');
  await expect(card.getByRole('paragraph').first()).not.toHaveText(prompt);
  await page.keyboard.press('Control+z');
  await expect(status).toHaveText('Suspend undone.');
  await expect(card.getByRole('paragraph').first()).toHaveText(prompt);
  await page.keyboard.press('@');
  await expect(status).toHaveText('Card suspended. Undo with Ctrl+Z.');

  await page.goto('/cards');
  await page.getByRole('searchbox', { name: 'Search cards' }).fill(prompt);
  await page.getByRole('checkbox', { name: `Select ${prompt}` }).check();
  await page.getByRole('button', { name: 'Unsuspend' }).click();
  await expect(page.getByText('Unsuspended 1 card.')).toBeVisible();

  await page.goto('/study');
  await expect((await liveCard(page)).getByRole('paragraph').first()).toHaveText(prompt);
});
