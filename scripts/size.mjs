// Prints the gzip size of what index.html loads and of every other chunk, and fails over budget.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_INITIAL_KB = 110;
const BUDGET_CHUNK_KB = 90;
const dist = process.env.SIZE_DIST ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
// What index.html loads: tags it links, and the entry chunk that its loader script adds after the first paint
// (build/preload-routes.ts).
const initial = [
  ...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g),
  ...html.matchAll(/,e="\/(assets\/[^"]+\.js)"/g),
].map((m) => m[1]);
if (!initial.some((f) => f.endsWith('.js'))) {
  console.error('No entry script found in dist/index.html');
  process.exit(1);
}
const initialJs = initial.filter((f) => f.endsWith('.js'));
const rows = [];
let initialKb = 0;
for (const f of initial) {
  const kb = gz(f);
  if (f.endsWith('.js')) initialKb += kb;
  rows.push([f, kb, 'initial']);
}
const failures = [];
for (const f of readdirSync(join(dist, 'assets'))) {
  const path = `assets/${f}`;
  if (initial.includes(path) || !f.endsWith('.js')) continue;
  const kb = gz(path);
  rows.push([path, kb, 'lazy']);
  if (kb > BUDGET_CHUNK_KB) failures.push(`${path} is ${kb.toFixed(1)} KB gzip (budget ${BUDGET_CHUNK_KB} KB per lazy chunk)`);
}
rows.sort((a, b) => (a[2] === b[2] ? b[1] - a[1] : a[2] === 'initial' ? -1 : 1));
for (const [f, kb, kind] of rows) console.log(`${kind.padEnd(8)} ${kb.toFixed(1).padStart(7)} KB  ${f}`);
console.log(`initial JS for / (${initialJs.length} file${initialJs.length === 1 ? '' : 's'}): ${initialKb.toFixed(1)} KB gzip (budget ${BUDGET_INITIAL_KB} KB)`);
if (initialKb > BUDGET_INITIAL_KB) failures.push(`initial JS is ${initialKb.toFixed(1)} KB gzip (budget ${BUDGET_INITIAL_KB} KB)`);
if (failures.length) {
  console.error(`Over budget:\n${failures.join('\n')}`);
  process.exit(1);
}
