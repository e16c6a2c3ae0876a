// Measures, in Chromium with 4× CPU throttling, how long Space → answer shown and grade → next card shown take,
// from the Event Timing API (input delay + processing + presentation of the next frame).
// usage: npm run build && npx vite preview --port 4173 & node scripts/responsiveness.mjs [http://localhost:4173]
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://localhost:4173';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
const cdp = await page.context().newCDPSession(page);
await page.goto(`${base}/study`);
await page.getByRole('button', { name: 'Show answer' }).waitFor();
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.evaluate(() => {
  window.__events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'keydown') window.__events.push({ key: e.target?.textContent ?? '', duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
});
const reveal = [];
const grade = [];
for (let i = 0; i < 10; i++) {
  const before = await page.evaluate(() => window.__events.length);
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: /^Good/ }).waitFor();
  await page.waitForTimeout(300);
  reveal.push(await page.evaluate((n) => window.__events.slice(n).reduce((m, e) => Math.max(m, e.duration), 0), before));
  const mid = await page.evaluate(() => window.__events.length);
  await page.keyboard.press('3');
  await page.getByRole('button', { name: 'Show answer' }).waitFor();
  await page.waitForTimeout(300);
  grade.push(await page.evaluate((n) => window.__events.slice(n).reduce((m, e) => Math.max(m, e.duration), 0), mid));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => `median ${median(xs)} ms, max ${Math.max(...xs)} ms (0 = under the 16 ms reporting threshold)`;
console.log(`4x CPU throttling, 10 cards: Space → answer shown: ${fmt(reveal)}; grade → next card: ${fmt(grade)}`);
await browser.close();
