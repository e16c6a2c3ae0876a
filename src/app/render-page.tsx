// Renders one URL of the app to HTML at build time (build/prerender.ts runs it under Node). The tree is the one the
// browser hydrates, a RouterProvider over the same routes, so ids from useId and every element match.
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routeObjects } from './router';

/** The HTML of the page at `url`: React's hoisted head elements (title, description) first, then the app. It waits
 * for every lazy page and figure, so the HTML holds the whole page. */
export async function renderPage(url: string): Promise<string> {
  const router = createMemoryRouter(routeObjects, { initialEntries: [url] });
  const { prelude } = await prerender(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
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
