// Tests: jsdom for components, the deck's virtual modules as in the build.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { deckIndex } from './build/deck-index.ts';
import { labFirstRuns } from './build/first-runs.ts';
import { pwa } from './build/pwa.ts';

export default defineConfig({
  plugins: [react(), deckIndex(), labFirstRuns(), pwa()],
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
