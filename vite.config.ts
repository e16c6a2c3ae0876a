import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import * as v from 'valibot';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { cardKey } from './src/content/card-key';
import { describeIssues } from './src/content/issues';
import { DeckSchema } from './src/content/schema';

/**
 * `virtual:deck-index`: just the deck's card keys, computed at build time, so the dashboard can count due and new
 * cards without loading the whole deck (about 80 KB gzip) on the first screen. `virtual:deck-outline`: each
 * concept's title, topic, tags, summary and card ids, for the concept list. `virtual:deck-text`: the deck as minified
 * JSON text, for JSON.parse (several times faster for V8 than the object literal a JSON import becomes).
 */
function deckIndex(): Plugin {
  const id = 'virtual:deck-index';
  const resolved = `\0${id}`;
  const textId = 'virtual:deck-text';
  const resolvedText = `\0${textId}`;
  const outlineId = 'virtual:deck-outline';
  const resolvedOutline = `\0${outlineId}`;
  const source = new URL('./src/content/concepts.json', import.meta.url);
  return {
    name: 'descent-deck-index',
    // The production bundle trusts the deck it ships, so the build refuses a deck that fails the schema.
    buildStart() {
      const result = v.safeParse(DeckSchema, JSON.parse(readFileSync(source, 'utf8')));
      if (!result.success)
        this.error(`src/content/concepts.json is invalid:\n${describeIssues(result.issues).join('\n')}`);
    },
    resolveId: (request) =>
      request === id
        ? resolved
        : request === textId
          ? resolvedText
          : request === outlineId
            ? resolvedOutline
            : undefined,
    load(request) {
      if (request === resolvedText) {
        this.addWatchFile(source.pathname);
        return `export default ${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(source, 'utf8'))))};\n`;
      }
      if (request === resolvedOutline) {
        // What the concept list shows and searches, a fifth of the deck: the list need not wait for every card.
        this.addWatchFile(source.pathname);
        const deck = JSON.parse(readFileSync(source, 'utf8')) as {
          concepts: {
            id: string;
            title: string;
            topic: string;
            tags: string[];
            summary: string;
            cards: { id: string }[];
          }[];
        };
        const outline = deck.concepts.map(({ id, title, topic, tags, summary, cards }) => ({
          id,
          title,
          topic,
          tags,
          summary,
          cards: cards.map((k) => ({ id: k.id })),
        }));
        return `export const concepts = JSON.parse(${JSON.stringify(JSON.stringify(outline))});\n`;
      }
      if (request !== resolved) return undefined;
      this.addWatchFile(source.pathname);
      const deck = JSON.parse(readFileSync(source, 'utf8')) as {
        concepts: { id: string; cards: { id: string }[] }[];
      };
      const cardKeys = deck.concepts.flatMap((c) => c.cards.map((k) => cardKey(c.id, k.id)));
      return `export const cardKeys = ${JSON.stringify(cardKeys)};\nexport const conceptCount = ${deck.concepts.length};\n`;
    },
  };
}

/** Route pages whose chunks index.html starts fetching at once on a deep link (the home page is not among them: its
 * first load stays within the initial-JS budget). Keys are path prefixes, values the page modules. */
const preloadedRoutes: [string, string][] = [
  ['/study', '/features/study/StudyPage.tsx'],
  ['/quiz', '/features/quiz/QuizPage.tsx'],
  ['/concepts/', '/features/concepts/ConceptPage.tsx'],
  ['/concepts', '/features/concepts/ConceptsPage.tsx'],
  ['/stats', '/features/stats/StatsPage.tsx'],
  ['/settings', '/features/settings/SettingsPage.tsx'],
];

/**
 * On a deep link, fetch the page's chunks (and the deck) alongside the entry chunk instead of after it has run: a
 * tiny inline script picks the list for the current path and adds modulepreload links.
 */
function preloadRouteChunks(): Plugin {
  return {
    name: 'descent-preload-route-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = new Map(
          Object.values(ctx.bundle ?? {})
            .filter((c) => c.type === 'chunk')
            .map((c) => [c.fileName, c]),
        );
        const entry = [...chunks.values()].find((c) => c.type === 'chunk' && c.isEntry);
        const closure = (file: string, seen = new Set<string>()): Set<string> => {
          const chunk = chunks.get(file);
          if (!chunk || chunk.type !== 'chunk' || seen.has(file) || file === entry?.fileName) return seen;
          seen.add(file);
          for (const f of chunk.imports) closure(f, seen);
          return seen;
        };
        const table = preloadedRoutes.map(([prefix, page]) => {
          const chunk = [...chunks.values()].find(
            (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(page),
          );
          return [prefix, chunk ? [...closure(chunk.fileName)].map((f) => `/${f}`) : []];
        });
        const script = `(function(){var t=${JSON.stringify(table)},p=location.pathname;for(var i=0;i<t.length;i++){if(p===t[i][0]||p.indexOf(t[i][0])===0&&(t[i][0].slice(-1)==='/'||p.charAt(t[i][0].length)==='/')){t[i][1].forEach(function(f){var l=document.createElement('link');l.rel='modulepreload';l.href=f;document.head.appendChild(l)});break}}})();`;
        return { html, tags: [{ tag: 'script', children: script, injectTo: 'head' as const }] };
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    deckIndex(),
    preloadRouteChunks(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Descent: study the ideas of deep learning',
        short_name: 'Descent',
        description: 'Flashcards with spaced repetition and quizzes on the ideas of modern deep learning.',
        theme_color: '#1d4ed8',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The deck ships inside a route chunk, so precaching every JS chunk precaches the deck too.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,txt}'],
        navigateFallback: '/index.html',
      },
    }),
  ],
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    // Generous limits: CI has two cores, and the first test of a file also loads and validates the deck.
    testTimeout: 20_000,
    // The JSON report lets .ci/run total vitest and Playwright into one "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
