import { defineConfig, devices } from '@playwright/test';

// A helper checkout can serve its own build on its own port: E2E_PORT=4301 E2E_DIST=/tmp/my-dist.
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';
/** The CouchDB the sync tests use (tests/e2e/sync.spec.ts reads the same variable). */
const couchPort = Number(process.env.COUCH_PORT ?? 5984);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `npx vite preview --port ${port} --strictPort --outDir ${dist}`,
      url: `http://localhost:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The sync tests' CouchDB: pouchdb-server in memory, CORS on (scripts/test-couch.mjs).
      command: 'node scripts/test-couch.mjs',
      url: `http://127.0.0.1:${couchPort}/`,
      env: { COUCH_PORT: String(couchPort) },
      reuseExistingServer: true,
      timeout: 60_000,
    },
  ],
});
