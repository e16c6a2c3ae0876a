// Starts the app's JavaScript once the prerendered page has painted, and on a deep link fetches the page's chunks
// (and the deck) alongside the entry chunk instead of after it has run: a tiny inline script picks the list for the
// current path and adds modulepreload links, then the entry script.
import type { Plugin } from 'vite';
import { paths } from '../src/paths.ts';

/** Path prefixes and the page module each loads, from the route table. A pattern with a parameter preloads for every
 * path under its fixed part ('/concepts/:id' → '/concepts/'). The home page is left out: its first load stays within
 * the initial-JS budget. Longer prefixes come first, so '/concepts/' wins over '/concepts'. */
export function preloadTable(): [prefix: string, page: string][] {
  const seen = new Set<string>();
  return Object.values(paths)
    .filter((route) => route.path !== '/')
    .map((route): [string, string] => [route.path.split(':')[0] ?? route.path, `/features/${route.page}.tsx`])
    .filter(([prefix]) => !seen.has(prefix) && seen.add(prefix) !== undefined)
    .sort((a, b) => b[0].length - a[0].length);
}

export function preloadRouteChunks(): Plugin {
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
        const table = preloadTable().map(([prefix, page]) => {
          const chunk = [...chunks.values()].find(
            (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(page),
          );
          return [prefix, chunk ? [...closure(chunk.fileName)].map((f) => `/${f}`) : []];
        });
        // The entry script Vite wrote goes: the loader adds it back after the first paint. The HTML already is the
        // page, so nothing is gained by fetching JavaScript while the browser still reads it (on a slow line the
        // downloads would share the bandwidth the page needs), and the page is on screen before hydration starts.
        const entryTag = new RegExp(
          `<script type="module" crossorigin src="/${entry?.fileName}"></script>\\s*`,
        );
        if (!entry || !entryTag.test(html))
          throw new Error('preload-routes: the entry script tag was not found');
        const script = `(function(){var t=${JSON.stringify(table)},e=${JSON.stringify(`/${entry.fileName}`)},done=0;function add(f){var l=document.createElement('link');l.rel='modulepreload';l.href=f;document.head.appendChild(l)}function load(){if(done)return;done=1;var p=location.pathname;for(var i=0;i<t.length;i++){if(p===t[i][0]||p.indexOf(t[i][0])===0&&(t[i][0].slice(-1)==='/'||p.charAt(t[i][0].length)==='/')){t[i][1].forEach(add);break}}var s=document.createElement('script');s.type='module';s.crossOrigin='';s.src=e;document.head.appendChild(s)}requestAnimationFrame(function(){setTimeout(load,0)});setTimeout(load,100)})();`;
        return {
          html: html.replace(entryTag, ''),
          tags: [{ tag: 'script', children: script, injectTo: 'body' as const }],
        };
      },
    },
  };
}
