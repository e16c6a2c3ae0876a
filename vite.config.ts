import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * `virtual:deck-index`: just the deck's card keys, computed at build time, so the dashboard can count due and new
 * cards without loading the whole deck (about 60 KB gzip) on the first screen.
 */
function deckIndex(): Plugin {
  const id = 'virtual:deck-index';
  const resolved = `\0${id}`;
  const source = new URL('./src/content/concepts.json', import.meta.url);
  return {
    name: 'descent-deck-index',
    resolveId: (request) => (request === id ? resolved : undefined),
    load(request) {
      if (request !== resolved) return undefined;
      this.addWatchFile(source.pathname);
      const deck = JSON.parse(readFileSync(source, 'utf8')) as { concepts: { id: string; cards: { id: string }[] }[] };
      const cardKeys = deck.concepts.flatMap((c) => c.cards.map((k) => `${c.id}/${k.id}`));
      return `export const cardKeys = ${JSON.stringify(cardKeys)};\nexport const conceptCount = ${deck.concepts.length};\n`;
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    deckIndex(),
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
    // The JSON report lets .ci/run total vitest and Playwright into one "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
