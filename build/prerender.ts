// Prerendering: after the client build, render every route that does not depend on the learner's progress to a real
// HTML file in dist/ (the app's own React tree, rendered under Node), so the first paint is the page itself.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type PluginOption, type ResolvedConfig } from 'vite';
import { headScript } from '../src/app/prerendered.ts';
import { CONCEPT_DATA_ID, type ConceptPageData, conceptDataScript } from '../src/content/concept-page.ts';
import { prerenderedUrls } from '../src/paths.ts';

/** Where a URL's HTML goes: "/" is index.html, "/concepts/gpt-2" is concepts/gpt-2.html (static hosts and `vite
 * preview` serve /x from x.html). */
export const htmlFileOf = (url: string) => (url === '/' ? 'index.html' : `${url.slice(1)}.html`);

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Puts a rendered page into the built index.html: the app replaces the shell inside #root, React's hoisted <title>
 * and description replace the template's, and the page gets its canonical link and its path on <html data-page>.
 */
export function pageHtml(
  template: string,
  url: string,
  rendered: string,
  siteUrl: string,
  data?: ConceptPageData,
): string {
  // React writes the hoistable elements (title, meta, link) it met while rendering first, before the app's markup.
  const head = rendered.match(/^(?:<(?:title|meta|link)\b[^>]*>(?:[^<]*<\/title>)?)*/)?.[0] ?? '';
  const body = rendered.slice(head.length);
  const canonical = `<link rel="canonical" href="${escapeAttribute(new URL(url, siteUrl).href)}"/>`;
  const start = template.indexOf('<div id="root">');
  const end = template.indexOf('<!--/root-->');
  if (start < 0 || end < 0)
    throw new Error('index.html must wrap the app shell in <div id="root"> … <!--/root-->');
  // Function replacers: a `$` in a title or in the page data must stay a `$`, not a replacement pattern.
  return `${template.slice(0, start)}<div id="root">${body}</div>${template.slice(end + '<!--/root-->'.length)}`
    .replace(/<title>[^<]*<\/title>/, () => '')
    .replace(/<meta name="description"[^>]*>/, () => '')
    .replace('</head>', () => `${head}${canonical}<script>${headScript}</script></head>`)
    .replace('<html lang="en">', () => `<html lang="en" data-page="${escapeAttribute(url)}">`)
    .replace('</body>', () =>
      data
        ? `<script type="application/json" id="${CONCEPT_DATA_ID}">${conceptDataScript(data)}</script></body>`
        : '</body>',
    );
}

interface Options {
  /** The plugins the app's modules need under Node (the deck's virtual modules). */
  plugins: () => PluginOption[];
  /** The concept ids, one page each. */
  conceptIds: () => string[];
  /** What a concept's page shows, put in its HTML so it hydrates without the deck. */
  conceptPage: (id: string) => ConceptPageData | undefined;
  /** The site's public address, for canonical links. */
  siteUrl: string;
}

export function prerender({ plugins, conceptIds, conceptPage, siteUrl }: Options): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'descent-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // Before vite-plugin-pwa writes the service worker (also in closeBundle), so it precaches these pages too.
    closeBundle: {
      sequential: true,
      order: 'pre',
      async handler() {
        if (config.build.ssr) return;
        const started = performance.now();
        const outDir = resolve(config.root, config.build.outDir);
        const serverDir = resolve(config.root, 'node_modules/.descent-prerender');
        await build({
          configFile: false,
          root: config.root,
          logLevel: 'warn',
          mode: config.mode,
          plugins: plugins(),
          build: {
            ssr: 'src/app/render-page.tsx',
            outDir: serverDir,
            emptyOutDir: true,
            minify: false,
            reportCompressedSize: false,
            // The service worker registers in an effect, which never runs under Node.
            rolldownOptions: { external: ['virtual:pwa-register'] },
          },
        });
        const { renderPage } = (await import(pathToFileURL(join(serverDir, 'render-page.js')).href)) as {
          renderPage: (url: string) => Promise<string>;
        };
        const template = readFileSync(join(outDir, 'index.html'), 'utf8');
        const urls = prerenderedUrls(conceptIds());
        for (const url of urls) {
          const file = join(outDir, htmlFileOf(url));
          mkdirSync(dirname(file), { recursive: true });
          const concept = url.match(/^\/concepts\/([^/]+)$/)?.[1];
          const data = concept === undefined ? undefined : conceptPage(concept);
          writeFileSync(file, pageHtml(template, url, await renderPage(url), siteUrl, data));
        }
        rmSync(serverDir, { recursive: true, force: true });
        config.logger.info(
          `prerendered ${urls.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
