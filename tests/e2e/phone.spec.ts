import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

for (const route of [
  '/',
  '/study',
  '/quiz',
  '/concepts',
  '/concepts/gpt-2',
  '/cards',
  '/stats',
  '/settings',
]) {
  test(`no horizontal scroll and 44 px tap targets on ${route} at 390×844`, async ({ page }) => {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, [role="radio"], input, select, nav a, a.button')]
        .map((el) => {
          // A radio or checkbox is tapped through the label around it.
          const target = el.matches('input[type="radio"], input[type="checkbox"]')
            ? (el.closest('label') ?? el)
            : el;
          const r = target.getBoundingClientRect();
          return {
            name: el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName,
            h: r.height,
            visible: r.width > 0,
          };
        })
        .filter((t) => t.visible && t.h < 44),
    );
    expect(small).toEqual([]);
  });

  test(`${route} at 390×844 shows no keyboard hint, and its end scrolls clear of the tab bar`, async ({
    page,
  }) => {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('kbd:visible, .key-hint:visible')).toHaveCount(0);
    const bar = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
    expect((bar?.y ?? 0) + (bar?.height ?? 0)).toBeCloseTo(844, 0);
    // Scrolled to the very end (again if a part that loads late made the page longer), the footer ends above the bar.
    await expect
      .poll(async () => {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const footer = await page.getByRole('contentinfo').boundingBox();
        return (footer?.y ?? 0) + (footer?.height ?? 0);
      })
      .toBeLessThanOrEqual((bar?.y ?? 0) + 1);
  });
}

test('grade buttons sit in the bottom half of a phone screen, within reach of a thumb', async ({ page }) => {
  await page.goto('/study');
  await page.getByRole('button', { name: 'Show answer' }).tap();
  const box = await page.getByRole('button', { name: /^Good/ }).boundingBox();
  expect(box).not.toBeNull();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeGreaterThan(844 / 2);
  expect(box?.height).toBeGreaterThanOrEqual(44);
});
