// Measures, in Chromium with 4× CPU throttling, how long a live figure takes to answer a slider moved by keyboard:
// for each ArrowRight over the slider's range, the time its handler blocked the page (Event Timing processing) and
// the time until the next paint (Event Timing duration: input delay + processing + the frame; 0 = under 16 ms).
// usage: npm run build && npx vite preview --port 4173 & node scripts/figure-responsiveness.mjs [http://localhost:4173]
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://localhost:4173';
const sliders = [
  ['double-descent', 'Training points'],
  ['double-descent', 'Label noise'],
  ['interpolation-threshold', 'Training points'],
  ['early-stopping', 'Label noise'],
  ['overfitting', 'Polynomial degree'],
  ['adam-optimizer', 'Learning rate'],
  ['bigger-is-better', 'Model size'],
];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
const cdp = await page.context().newCDPSession(page);
for (const [concept, name] of sliders) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.goto(`${base}/concepts/${concept}`);
  const slider = page.getByRole('slider', { name });
  if (!(await slider.count())) {
    console.log(`${concept}: no slider named "${name}"`);
    continue;
  }
  await page.waitForTimeout(1500);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    window.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.name === 'keydown') window.__events.push([e.duration, Math.round(e.processingEnd - e.processingStart)]);
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
  await slider.focus();
  const total = [];
  const processing = [];
  for (let i = 0; i < 12; i++) {
    const before = await page.evaluate(() => window.__events.length);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(250);
    const [d, p] = await page.evaluate(
      (n) => window.__events.slice(n).reduce(([d, p], [ed, ep]) => [Math.max(d, ed), Math.max(p, ep)], [0, 0]),
      before,
    );
    total.push(d);
    processing.push(p);
  }
  const stat = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return `median ${sorted[6]} ms, max ${sorted.at(-1)} ms`;
  };
  console.log(`${concept} · ${name} (12 steps): handler ${stat(processing)}; to next paint ${stat(total)}`);
}
await browser.close();
