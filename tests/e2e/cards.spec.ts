import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { gradeOne } from './learner';

const countIs = (page: Page, n: number) =>
  expect(page.getByRole('status').filter({ hasText: /^\d+ cards?$/ })).toHaveText(
    `${n} ${n === 1 ? 'card' : 'cards'}`,
  );

/** The body rows of the table on screen. */
const bodyRows = (page: Page) => page.getByRole('table').locator('tbody tr');

async function openCards(page: Page, url = '/cards') {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Cards' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  // The prerendered preview (inert) gives way to the learner's own rows once the page is live.
  await expect(page.locator('.card-preview')).toHaveCount(0);
}

test('a card studied, suspended in /cards, found under Suspended after a reload, and unsuspended there', async ({
  page,
}) => {
  await page.goto('/study');
  await gradeOne(page, '3');
  await openCards(page);
  const filter = page.getByRole('combobox', { name: 'Filter' });
  await filter.selectOption({ label: 'Learning' });
  await countIs(page, 1);
  // Select it by keyboard, and suspend it.
  const box = bodyRows(page).first().getByRole('checkbox');
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await page.getByRole('button', { name: 'Suspend' }).press('Enter');
  await expect(page.getByText('Suspended 1 card.')).toBeVisible();
  // Under Learning the card is gone: it is suspended now.
  await countIs(page, 0);

  await page.reload();
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('combobox', { name: 'Filter' }).selectOption({ label: 'Suspended' });
  await countIs(page, 1);
  await expect(bodyRows(page).first()).toContainText('Suspended');
  await bodyRows(page).first().getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Unsuspend' }).click();
  await expect(page.getByText('Unsuspended 1 card.')).toBeVisible();
  await countIs(page, 0);
  await page.getByRole('combobox', { name: 'Filter' }).selectOption({ label: 'Learning' });
  await countIs(page, 1);
  // And it counts in study again: the home page's figures see no suspension.
  await page.reload();
  await page.getByRole('combobox', { name: 'Filter' }).selectOption({ label: 'Suspended' });
  await countIs(page, 0);
});

test('a link to one card opens its page with the card selected; an edit survives a reload', async ({
  page,
}) => {
  await openCards(page);
  const last = page.getByRole('button', { name: 'Next page' });
  // The last card of the deck: find its checkbox's name on the last page.
  while ((await last.getAttribute('aria-disabled')) !== 'true') await last.click();
  const name = (await bodyRows(page).last().getByRole('checkbox').getAttribute('aria-label')) ?? '';
  const href = await bodyRows(page).last().getByRole('link').getAttribute('href');
  expect(href).toMatch(/^\/concepts\//);

  // The concept and prompt are known; the card key comes from the deck order, so go by the link instead.
  await page.goto('/cards');
  await page.getByRole('searchbox', { name: 'Search cards' }).fill(name.replace(/^Select /, ''));
  const box = page.getByRole('checkbox', { name });
  await box.check();
  await page.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit card' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Prompt' }).fill('My own wording of this card');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Saved your wording of 1 card.')).toBeVisible();

  await page.reload();
  await page.getByRole('searchbox', { name: 'Search cards' }).fill('my own wording');
  await countIs(page, 1);
  await expect(bodyRows(page).first()).toContainText('Edited');

  // The leech notice's link: /cards?card=<key>, here the edited card's.
  const key = await page.evaluate(() => {
    const actions = JSON.parse(localStorage.getItem('descent:progress') ?? '{}')?.data?.actions ?? [];
    return actions.find((a: { kind: string }) => a.kind === 'edit')?.target as string | undefined;
  });
  expect(key).toBeTruthy();
  await openCards(page, `/cards?card=${encodeURIComponent(key ?? '')}`);
  const linked = page.getByRole('checkbox', { name: 'Select My own wording of this card' });
  await expect(linked).toBeChecked();
  await expect(linked).toBeFocused();
  await expect(page.getByText('1 selected')).toBeVisible();
});

test('a filter in the address is applied on the prerendered page', async ({ page }) => {
  await openCards(page);
  await bodyRows(page).nth(3).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Flag' }).click();
  await expect(page.getByText('Flagged 1 card.')).toBeVisible();
  await openCards(page, '/cards?filter=flagged');
  await expect(page.getByRole('combobox', { name: 'Filter' })).toHaveValue('flagged');
  await countIs(page, 1);
  await expect(bodyRows(page)).toHaveCount(1);
});

async function scan(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('axe finds no violations on /cards, with cards marked, selected, and in the dialogs', async ({
      page,
    }) => {
      // Four scans of a table of 100 rows: axe takes its time on a shared two-core machine.
      test.setTimeout(180_000);
      await page.goto('/study');
      await gradeOne(page, '3');
      await openCards(page);
      expect(await scan(page)).toEqual([]);
      // Marks show as tags and states; a selection and an announcement with Undo.
      const rows = bodyRows(page);
      // Sorted by due, the studied card comes first.
      await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Due' });
      const studied = rows.first();
      await expect(studied.getByRole('cell', { name: 'Learning', exact: true })).toBeVisible();
      const other = rows.nth(1);
      await studied.getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Flag' }).click();
      await other.getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Bury' }).click();
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
      expect(await scan(page)).toEqual([]);
      await page.getByRole('button', { name: 'Forget' }).click();
      await expect(page.getByRole('dialog', { name: 'Forget 1 card?' })).toBeVisible();
      expect(await scan(page)).toEqual([]);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await other.getByRole('checkbox').uncheck();
      await page.getByRole('button', { name: 'Edit' }).click();
      await expect(page.getByRole('dialog', { name: 'Edit card' })).toBeVisible();
      expect(await scan(page)).toEqual([]);
    });
  });
}
