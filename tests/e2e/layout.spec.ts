import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/** The prerendered page's buttons act once the app is live (hydrated): home's own figures replacing their dashes say so. */
async function live(page: Page) {
  await expect(page.getByText('Reviewed today', { exact: true }).locator('..')).toHaveText(
    /Reviewed today\s*\d/,
  );
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function scan(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('on a phone (390×844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the main navigation is a tab bar of five labelled places at the bottom, under a slim header', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    const nav = mainNav(page);
    const tabs = nav.locator('a:visible, button:visible');
    await expect(tabs).toHaveText(['Home', 'Study', 'Quiz', 'Concepts', 'More']);
    expect(await tabs.count()).toBeLessThanOrEqual(5);
    // Each tab is an icon above its label, and a comfortable target.
    for (const tab of await tabs.all()) {
      await expect(tab.locator('svg')).toBeVisible();
      expect((await tab.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    }
    const bar = await nav.boundingBox();
    expect(bar).not.toBeNull();
    expect((bar?.y ?? 0) + (bar?.height ?? 0)).toBeCloseTo(844, 0);
    const header = await page.locator('header').first().boundingBox();
    expect(header?.height).toBeLessThanOrEqual(48);
    await expect(page.getByRole('link', { name: 'Descent home' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  });

  test('the end of a page and its footer scroll clear of the tab bar', async ({ page }) => {
    await page.goto('/concepts/double-descent');
    await expect(page.getByRole('heading', { level: 1, name: 'Double descent' })).toBeVisible();
    const bar = await mainNav(page).boundingBox();
    // Scrolled to the very end (again if a figure that loads late made the page longer).
    await expect
      .poll(async () => {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const footer = await page.getByRole('contentinfo').boundingBox();
        return (footer?.y ?? 0) + (footer?.height ?? 0);
      })
      .toBeLessThanOrEqual((bar?.y ?? 0) + 1);
  });

  test('"More" opens a sheet that reaches Cards, Stats and Settings, and marks the page it leads to', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await live(page);
    const nav = mainNav(page);
    const more = nav.getByRole('button', { name: 'More' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Settings' })).toBeHidden();
    await more.tap();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Cards' })).toHaveAttribute('href', '/cards');
    await expect(nav.getByRole('link', { name: 'Stats' })).toBeVisible();
    await nav.getByRole('link', { name: 'Settings' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page).toHaveURL(/\/settings$/);
    // The sheet closed behind the learner; reopened, it shows where they are.
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await more.tap();
    await expect(nav.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
    // A tap outside closes it.
    await page.getByRole('heading', { level: 1, name: 'Settings' }).tap();
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Settings' })).toBeHidden();
  });

  test('"More" works by keyboard: Enter opens, Tab reaches its links, Escape closes and returns focus', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await live(page);
    const nav = mainNav(page);
    const more = nav.getByRole('button', { name: 'More' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Cards' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(more).toBeFocused();
    // Tabbing on past the sheet's last link closes it, so it never covers the page.
    await page.keyboard.press('Enter');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    // A tab followed by keyboard goes there and says so.
    await nav.getByRole('link', { name: 'Quiz' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/quiz$/);
    await expect(nav.getByRole('link', { name: 'Quiz' })).toHaveAttribute('aria-current', 'page');
  });

  test('no keyboard hint shows on a touch screen', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await expect(page.locator('kbd:visible, .key-hint:visible')).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toHaveText('Your progress stays in this browser.', {
      useInnerText: true,
    });
  });

  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });
    test('the "More" sheet appears without animation', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
      await live(page);
      await mainNav(page).getByRole('button', { name: 'More' }).tap();
      const sheet = page.locator('#nav-more');
      await expect(sheet).toBeVisible();
      expect(await sheet.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    });
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on home in the ${scheme} theme, with "More" closed and open`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
      expect(await scan(page)).toEqual([]);
      await live(page);
      await mainNav(page).getByRole('button', { name: 'More' }).tap();
      await expect(mainNav(page).getByRole('link', { name: 'Settings' })).toBeVisible();
      expect(await scan(page)).toEqual([]);
    });
  }
});

test.describe('on a desktop (1280×800)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const route of ['/', '/study', '/concepts/double-descent', '/stats']) {
    test(`the content of ${route} is centred`, async ({ page }) => {
      await page.goto(route);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Measured once the page is live: the study page swaps its prerendered preview for the session.
      await expect(async () => {
        const box = await page.locator('main > .page').first().boundingBox();
        const left = box?.x ?? 0;
        const right = 1280 - left - (box?.width ?? 0);
        expect(left).toBeGreaterThan(0);
        expect(Math.abs(left - right)).toBeLessThanOrEqual(0.1 * Math.max(left, right));
      }).toPass();
    });
  }

  test('reading text keeps a readable measure', async ({ page }) => {
    await page.goto('/concepts/double-descent');
    await expect(page.getByRole('heading', { level: 1, name: 'Double descent' })).toBeVisible();
    const lead = page.locator('.lead');
    const { width, ch } = await lead.evaluate((el) => {
      const probe = document.createElement('span');
      probe.textContent = '0';
      el.append(probe);
      const ch = probe.getBoundingClientRect().width;
      probe.remove();
      return { width: el.getBoundingClientRect().width, ch };
    });
    expect(width / ch).toBeLessThanOrEqual(72);
  });

  test('the top navigation lists every place, Cards among them, and no "More"', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    const nav = mainNav(page);
    await expect(nav.locator('a:visible, button:visible')).toHaveText([
      'Home',
      'Study',
      'Quiz',
      'Concepts',
      'Cards',
      'Stats',
      'Settings',
    ]);
    await expect(nav.getByRole('button', { name: 'More' })).toBeHidden();
    // In the header, at the top of the window.
    const box = await nav.getByRole('link', { name: 'Cards' }).boundingBox();
    expect(box?.y).toBeLessThan(60);
    await expect(page.locator('.key-hint')).toBeVisible();
  });
});
