// The service worker and web manifest: offline use, and install as an app. The tests load it too, for the
// `virtual:pwa-register` module the shell imports.
import { VitePWA } from 'vite-plugin-pwa';

export const pwa = () =>
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
      // The deck ships inside a route chunk, so precaching every JS chunk precaches the deck too; every
      // prerendered page is an HTML file here, and workbox serves /concepts/x from concepts/x.html offline.
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,txt}'],
      // The sync client (PouchDB, 21 KB gzip) is for learners who turn sync on: it is not precached for everyone,
      // and is kept once it has loaded, so a synced device still starts offline.
      globIgnores: ['**/couch-client-*.js'],
      runtimeCaching: [
        {
          urlPattern: ({ url }) => /\/assets\/couch-client-[\w-]+\.js$/.test(url.pathname),
          handler: 'CacheFirst',
          options: { cacheName: 'descent-sync-client', expiration: { maxEntries: 2 } },
        },
      ],
      navigateFallback: '/index.html',
    },
  });
