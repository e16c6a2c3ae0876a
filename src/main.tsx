import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { isPrerenderedFor } from './app/prerendered';
import { routeObjects } from './app/router';
import './styles/tokens.css';
import './styles/global.css';
import './styles/charts.css';
import './styles/figures.css';
import './styles/math.css';
import './styles/home.css';
import './styles/cards.css';
import './styles/study.css';

const root = document.getElementById('root');
if (root) {
  const app = (
    <StrictMode>
      <RouterProvider router={createBrowserRouter(routeObjects)} />
    </StrictMode>
  );
  const page = document.documentElement.dataset.page;
  if (isPrerenderedFor(page, location)) {
    // The HTML already is this page (prerendered at build time): React adopts it instead of drawing it again. As a
    // transition, hydration is done in slices that yield to the browser (a tap is handled between them), where a
    // plain hydrateRoot would adopt the whole page in one long task.
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    // The HTML is another page's (a host's single-page fallback serves index.html for every path) or the plain shell
    // (the dev server): draw the app afresh. The prerendered page's title and description go first, since React
    // adds the new page's own.
    for (const el of document.head.querySelectorAll('title, meta[name="description"], link[rel="canonical"]'))
      el.remove();
    // As a transition, React yields to the browser while it takes over, instead of one long task on a slow phone.
    startTransition(() => createRoot(root).render(app));
  }
}
