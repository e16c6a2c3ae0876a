// Two devices (two browser contexts, each its own storage) syncing through a real pouchdb-server (playwright.config.ts
// starts it in memory, with CORS). Each test uses its own database.
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { gradeOne } from './learner';

const COUCH = `http://127.0.0.1:${process.env.COUCH_PORT ?? 5984}`;
let databaseCount = 0;

async function device(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  return { context, page };
}

/** Settings → Sync → Connect, then waits for the header to say "Synced". */
async function connect(page: Page, database: string) {
  await page.goto('/settings');
  await page.getByRole('textbox', { name: 'Server URL' }).fill(COUCH);
  await page.getByRole('textbox', { name: 'Database' }).fill(database);
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /^Synced$/ })
      .first(),
  ).toBeVisible({ timeout: 20_000 });
}

/** "Reviewed today" on home, read without reloading the page. */
const reviewedToday = (page: Page) => page.getByText('Reviewed today', { exact: true }).locator('..');

function databaseName() {
  databaseCount++;
  return `e2e-${Date.now().toString(36)}-${databaseCount}`;
}

test.describe('sync through CouchDB replication', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a grade on A shows on B without a reload; an undo on A follows', async ({ browser }) => {
    const db = databaseName();
    const a = await device(browser);
    const b = await device(browser);
    await connect(a.page, db);
    await connect(b.page, db);
    await b.page.goto('/');
    await expect(reviewedToday(b.page)).toHaveText(/Reviewed today\s*0$/);
    await a.page.goto('/study');
    await gradeOne(a.page, '3');
    await expect(reviewedToday(b.page)).toHaveText(/Reviewed today\s*1$/, { timeout: 30_000 });
    await a.page.getByRole('button', { name: 'Undo' }).click();
    await expect(reviewedToday(b.page)).toHaveText(/Reviewed today\s*0$/, { timeout: 30_000 });
    await a.context.close();
    await b.context.close();
  });

  test('a reset on A starts a generation B adopts', async ({ browser }) => {
    const db = databaseName();
    const a = await device(browser);
    const b = await device(browser);
    await connect(a.page, db);
    await a.page.goto('/study');
    await gradeOne(a.page, '3');
    await gradeOne(a.page, '3');
    await connect(b.page, db);
    await b.page.goto('/');
    await expect(reviewedToday(b.page)).toHaveText(/Reviewed today\s*2$/, { timeout: 30_000 });
    await a.page.goto('/settings');
    await a.page.getByRole('button', { name: 'Reset progress' }).click();
    await a.page.getByRole('button', { name: 'Reset everything' }).click();
    await expect(reviewedToday(b.page)).toHaveText(/Reviewed today\s*0$/, { timeout: 30_000 });
    await a.context.close();
    await b.context.close();
  });

  test('A grades 5 cards offline; once back online B gets all 5', async ({ browser }) => {
    const db = databaseName();
    const a = await device(browser);
    const b = await device(browser);
    await connect(a.page, db);
    await connect(b.page, db);
    // The page and its lazy parts load first: offline, only the service worker could serve them.
    await a.page.goto('/study');
    await a.page.waitForLoadState('networkidle');
    await a.context.setOffline(true);
    for (let i = 0; i < 5; i++) await gradeOne(a.page, '3');
    await expect(a.page.getByRole('status').filter({ hasText: 'Offline: changes wait' }).first()).toBeVisible(
      {
        timeout: 20_000,
      },
    );
    await a.context.setOffline(false);
    await expect(
      a.page
        .getByRole('status')
        .filter({ hasText: /^Synced$/ })
        .first(),
    ).toBeVisible({ timeout: 30_000 });
    await b.page.goto('/');
    await expect(reviewedToday(b.page)).toHaveText(/Reviewed today\s*5$/, { timeout: 30_000 });
    await a.context.close();
    await b.context.close();
  });

  test('both grade while offline, then both sync: no review lost, none doubled', async ({ browser }) => {
    const db = databaseName();
    const a = await device(browser);
    const b = await device(browser);
    await connect(a.page, db);
    await connect(b.page, db);
    await a.page.goto('/study');
    await b.page.goto('/study');
    await a.page.waitForLoadState('networkidle');
    await b.page.waitForLoadState('networkidle');
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    for (let i = 0; i < 3; i++) await gradeOne(a.page, '3');
    for (let i = 0; i < 2; i++) await gradeOne(b.page, '4');
    await a.context.setOffline(false);
    await b.context.setOffline(false);
    for (const { page } of [a, b]) {
      await page.goto('/');
      await expect(reviewedToday(page)).toHaveText(/Reviewed today\s*5$/, { timeout: 40_000 });
    }
    await a.context.close();
    await b.context.close();
  });

  test('a document that is not Descent’s is set aside on both devices', async ({ browser, request }) => {
    const db = databaseName();
    const a = await device(browser);
    const b = await device(browser);
    await connect(a.page, db);
    await request.post(`${COUCH}/${db}`, { data: { _id: 'shopping-list', items: ['milk'] } });
    await connect(b.page, db);
    for (const { page } of [a, b]) {
      await page.goto('/settings');
      await expect(page.getByText(/1 document was set aside/)).toBeVisible({ timeout: 30_000 });
    }
    await a.context.close();
    await b.context.close();
  });
});
