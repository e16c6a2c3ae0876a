// Study on a phone: a tap on the card shows the answer, no keyboard hint shows, the grade buttons sit in the thumb
// zone, and with "Swipe to grade" on a swipe right grades Good.
import { expect, type Page, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

async function liveCard(page: Page) {
  const card = page.getByRole('article');
  await expect(card.getByRole('button', { name: 'Card actions' })).toBeVisible();
  return card;
}

/** Every keyboard hint on the page is hidden on a touch screen. */
async function noKeyHints(page: Page) {
  const hints = page.locator('main .key-hint, main kbd');
  expect(await hints.count()).toBeGreaterThan(0);
  for (const hint of await hints.all()) await expect(hint).toBeHidden();
}

test('a tap on the card reveals the answer; no keyboard hint shows; the grades sit at the bottom', async ({
  page,
}) => {
  await page.goto('/study');
  const card = await liveCard(page);
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
  await noKeyHints(page);
  await card.getByRole('paragraph').first().tap();
  const good = page.getByRole('button', { name: /^Good · / });
  await expect(good).toBeVisible();
  await noKeyHints(page);
  // The menu's keys are hidden too.
  await card.getByRole('button', { name: 'Card actions' }).tap();
  await expect(page.getByRole('menuitem', { name: 'Suspend card' })).toBeVisible();
  await noKeyHints(page);
  await page.getByRole('button', { name: 'Card actions' }).tap();
  // Thumb zone: the grade buttons end in the lower part of the screen, above the tab bar, not under it.
  const box = await good.boundingBox();
  const nav = await page.getByRole('navigation').last().boundingBox();
  expect(box).not.toBeNull();
  if (box) {
    expect(box.y + box.height).toBeGreaterThan(844 * 0.6);
    if (nav) expect(box.y + box.height).toBeLessThanOrEqual(nav.y + 1);
  }
  await good.tap();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await expect(page.getByText(/^1 reviewed this session/)).toBeVisible();
});

/** A horizontal swipe by touch over `el`, from its centre, `dx` pixels, in steps (CDP touch events). */
async function swipe(page: Page, x: number, y: number, dx: number) {
  const cdp = await page.context().newCDPSession(page);
  const point = (px: number) => [{ x: px, y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(x) });
  for (let i = 1; i <= 8; i++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(x + (dx * i) / 8) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('with Swipe to grade on, a hint shows and a swipe right on a revealed card grades Good', async ({
  page,
}) => {
  await page.goto('/settings');
  await page.getByRole('checkbox', { name: 'Swipe to grade' }).check();
  await page.goto('/study');
  const card = await liveCard(page);
  await expect(page.getByText('Swipe right for Good, left for Again')).toBeVisible();
  await card.getByRole('paragraph').first().tap();
  await expect(page.getByRole('button', { name: /^Good · / })).toBeVisible();
  const answer = card.getByRole('paragraph').nth(1);
  const box = await answer.boundingBox();
  if (!box) throw new Error('no answer on screen');
  // A short move is not a swipe.
  await swipe(page, box.x + 60, box.y + box.height / 2, 40);
  await expect(page.getByRole('button', { name: /^Good · / })).toBeVisible();
  await swipe(page, box.x + 60, box.y + box.height / 2, 160);
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await expect(page.getByText(/^1 reviewed this session/)).toBeVisible();
});
