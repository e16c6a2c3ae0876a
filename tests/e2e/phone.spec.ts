import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

for (const route of ['/', '/study', '/quiz', '/concepts', '/concepts/gpt-2', '/stats', '/settings']) {
  test(`no horizontal scroll and 44 px tap targets on ${route} at 390×844`, async ({ page }) => {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, [role="radio"], input, select, nav a, a.button')]
        .map((el) => {
          const target = el.matches('input[type="radio"]') ? (el.closest('label') ?? el) : el;
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
}

test('grade buttons sit in the bottom half of a phone screen, within reach of a thumb', async ({ page }) => {
  await page.goto('/study');
  await page.getByRole('button', { name: 'Show answer' }).tap();
  const box = await page.getByRole('button', { name: /^Good/ }).boundingBox();
  expect(box).not.toBeNull();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeGreaterThan(844 / 2);
  expect(box?.height).toBeGreaterThanOrEqual(44);
});
