// Wires the build together; each job lives in build/: the deck's virtual modules, route preloads, prerendering.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { deckConceptIds, deckConceptPage, deckIndex } from './build/deck-index.ts';
import { labFirstRuns } from './build/first-runs.ts';
import { preloadRouteChunks } from './build/preload-routes.ts';
import { prerender } from './build/prerender.ts';
import { pwa } from './build/pwa.ts';

// The address the site is served from, for each page's canonical link. Set it when deploying elsewhere.
const siteUrl = process.env.DESCENT_SITE_URL ?? 'http://localhost:4173';

export default defineConfig({
  plugins: [
    react(),
    deckIndex(),
    labFirstRuns(),
    preloadRouteChunks(),
    prerender({
      plugins: () => [deckIndex(), labFirstRuns()],
      conceptIds: deckConceptIds,
      conceptPage: deckConceptPage,
      siteUrl,
    }),
    pwa(),
  ],
});
