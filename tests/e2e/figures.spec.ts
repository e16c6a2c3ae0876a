// Figures and formulas on concept pages, and the stats charts, in a real browser.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { answerQuiz, gradeOne } from './learner';

const figurePages = [
  'double-descent',
  'interpolation-threshold',
  'epoch-wise-double-descent',
  'early-stopping',
  'overfitting',
  'bigger-is-better',
  'attention',
  'transformer',
  'rnn-hidden-state',
  'backpropagation',
  'stdp',
  'imagenet-alexnet',
  'alphazero-network',
  'staged-release',
  'adam-optimizer',
];

test('double descent: a live experiment whose curve redraws when a slider moves by keyboard', async ({
  page,
}) => {
  await page.goto('/concepts/double-descent');
  const figure = page.getByRole('figure', { name: /test error.*model size/i });
  await expect(figure).toBeVisible();
  const noise = figure.getByRole('slider', { name: 'Label noise' });
  const points = figure.getByRole('slider', { name: 'Training points' });
  await expect(noise).toBeVisible();
  await expect(points).toBeVisible();
  const curve = () =>
    figure.locator('svg path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d')));
  const before = await curve();
  await points.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(curve).not.toEqual(before);
  const afterPoints = await curve();
  await noise.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(curve).not.toEqual(afterPoints);
});

test.describe('without the service worker, so requests can be held or refused', () => {
  test.use({ serviceWorkers: 'block' });

  test('a figure whose worker fails to load still redraws: it computes in place', async ({ page }) => {
    await page.route(/lab\.worker-.*\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto('/concepts/double-descent');
    const figure = page.getByRole('figure', { name: /test error.*model size/i });
    const points = figure.getByRole('slider', { name: 'Training points' });
    await expect(figure).toContainText('for 20 training points');
    await points.focus();
    await page.keyboard.press('ArrowRight');
    await expect(figure).toContainText('for 22 training points');
  });

  test('a slider moved before the app is live keeps its place after hydration', async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Hold the app's entry script back, so the learner acts on the prerendered page first.
    await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/concepts/double-descent', { waitUntil: 'domcontentloaded' });
    const points = page.getByRole('slider', { name: 'Training points' });
    await points.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    release();
    const figure = page.getByRole('figure', { name: /test error.*model size/i });
    await expect(figure).toContainText('for 26 training points');
    await expect(points).toHaveValue('26');
  });
});

test('attention shows its formula as MathML', async ({ page }) => {
  await page.goto('/concepts/attention');
  const math = page.locator('math').first();
  await expect(math).toBeVisible();
  expect(await math.evaluate((m) => m.namespaceURI)).toBe('http://www.w3.org/1998/Math/MathML');
  await expect(math).toContainText('softmax');
});

test('the stats page names concepts by title and months by name', async ({ page }) => {
  await page.goto('/study');
  await gradeOne(page);
  await page.goto('/quiz?concept=reasoning-as-search');
  await page.getByRole('radio', { name: '5 questions' }).check();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await answerQuiz(page, 5);
  await page.goto('/stats');
  await expect(page.getByRole('heading', { level: 1, name: 'Stats' })).toBeVisible();
  await expect(page.getByText('Reasoning as search').first()).toBeVisible();
  await expect(page.getByText('reasoning-as-search')).toHaveCount(0);
  const month = new Date().toLocaleString('en', { month: 'short' });
  await expect(
    page
      .locator('main')
      .getByText(new RegExp(`^${month}`))
      .first(),
  ).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on any figure page (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const found: string[] = [];
    for (const id of figurePages) {
      await page.goto(`/concepts/${id}`);
      await expect(page.getByRole('figure').first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      found.push(
        ...violations.map((v) => `${id}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      );
    }
    expect(found).toEqual([]);
  });
}
