import { expect, test } from '@playwright/test';

test('after the first visit the app works offline, deep links included', async ({ context, page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  // Wait until the service worker has installed and precached the app shell, the deck and every route.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.goto('/concepts/double-descent');
  await expect(page.getByRole('heading', { level: 1, name: 'Double descent' })).toBeVisible();
  await page.goto('/study');
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByText('Reviewed today', { exact: true }).locator('..')).toHaveText(
    /Reviewed today\s*1/,
  );
  await context.setOffline(false);
});

test('the app can be installed: a manifest with icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(`/${href?.replace(/^\//, '')}`)).json();
  expect(manifest).toMatchObject({ name: expect.stringContaining('Descent'), display: 'standalone' });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
});
