// Renders one URL of the app to HTML at build time (build/prerender.ts runs it under Node). The tree is the one the
// browser hydrates, a RouterProvider over the same routes, so ids from useId and every element match.
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routeObjects } from './router';

/** The HTML of the page at `url`: React's hoisted head elements (title, description) first, then the app. It waits
 * for every lazy page and figure, so the HTML holds the whole page. */
export async function renderPage(url: string): Promise<string> {
  // A lazy module met for the first time suspends, and React then sends that part after the rest with a script to
  // move it in place: a page that only JavaScript can assemble. Rendered again, every lazy module it met is loaded
  // and the HTML comes out in order, readable without JavaScript.
  for (let attempt = 0; attempt < 4; attempt++) {
    const html = await renderOnce(url);
    if (!html.includes('<!--$?-->')) return html;
  }
  throw new Error(
    `${url} still has a part that suspends after four renders: is a lazy component created in render?`,
  );
}

async function renderOnce(url: string): Promise<string> {
  const router = createMemoryRouter(routeObjects, { initialEntries: [url] });
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
    {
      // React would quietly leave a failed part for the browser to draw; the build stops instead.
      onError: (error) => void errors.push(error),
      // React moves a large finished part (the concept list) after the rest, to be put in place by a script, so a
      // stream can show the top sooner. A file arrives whole anyway: keep every part in place, readable without JS.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  );
  if (errors.length)
    throw new AggregateError(errors, `${url} failed to render: ${errors.map(String).join('; ')}`);
  const reader = prelude.getReader();
  const decoder = new TextDecoder();
  let html = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    html += decoder.decode(value, { stream: true });
  }
  return html + decoder.decode();
}
