// Prerendered pages: the HTML is the page, it hydrates without a warning, and what fills in later does not move it.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import deck from '../../src/content/concepts.json' with { type: 'json' };

const routes = [
  '/',
  '/study',
  '/quiz',
  '/concepts',
  '/concepts/double-descent',
  '/cards',
  '/stats',
  '/settings',
];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a concept page shows its heading and explanation', async ({ page }) => {
    await page.goto('/concepts/double-descent');
    await expect(page.getByRole('heading', { level: 1, name: 'Double descent' })).toBeVisible();
    const concept = deck.concepts.find((c) => c.id === 'double-descent');
    await expect(
      page.getByText(concept?.explanation.slice(0, 60) ?? 'missing', { exact: false }),
    ).toBeVisible();
    await expect(page).toHaveTitle('Double descent · Descent');
  });

  test('the concept list links every concept', async ({ page }) => {
    await page.goto('/concepts');
    for (const c of deck.concepts)
      await expect(page.getByRole('link', { name: c.title, exact: true }).first()).toHaveAttribute(
        'href',
        `/concepts/${c.id}`,
      );
  });
});

test('no console error or hydration warning on any route', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
  for (const route of [...routes, ...deck.concepts.slice(0, 8).map((c) => `/concepts/${c.id}`)]) {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    // Hydration has finished once the parts that read progress are drawn (the placeholders are aria-hidden/busy).
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  }
  expect(problems).toEqual([]);
});

for (const route of ['/', '/study']) {
  test(`layout shift on ${route} stays within 0.01`, async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!entry.hadRecentInput) w.shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(route);
    // Until the learner's numbers and card are in, and a moment more for late shifts.
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    await page.waitForTimeout(500);
    const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
    test.info().annotations.push({ type: 'layout shift', description: shift.toFixed(4) });
    expect(shift).toBeLessThanOrEqual(0.01);
  });
}

test('the build wrote every concept page as HTML with its own title, description and canonical link', () => {
  for (const c of deck.concepts) {
    const html = readFileSync(`dist/concepts/${c.id}.html`, 'utf8');
    expect(html).toContain(`<title>${escapeHtml(c.title)} · Descent</title>`);
    expect(html).toContain(`<meta name="description" content="${escapeHtml(c.summary)}"/>`);
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/concepts/${c.id}"/>`));
    expect(html).toContain(`<h1>${escapeHtml(c.title)}</h1>`);
  }
  for (const file of [
    'index.html',
    'study.html',
    'quiz.html',
    'concepts.html',
    'stats.html',
    'settings.html',
  ])
    expect(readFileSync(`dist/${file}`, 'utf8')).toMatch(/<h1>[^<]+<\/h1>/);
});

test('an unknown address served the home page’s HTML still shows "Page not found", never the home page', async ({
  page,
}) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('heading', { name: 'Today' })).toHaveCount(0);
  await page.goto('/concepts?topic=training');
  await expect(page.getByRole('combobox', { name: 'Topic' })).toHaveValue('training');
});

// As React escapes text and attributes.
const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');
