// Renders the real routes in a memory router, with a fresh set of stores, as a learner would meet them.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routeObjects } from '../src/app/router';
import { createStores, type Stores } from '../src/store/stores';
import { StoresContext } from '../src/store/use-stores';

export async function renderApp(url = '/', options: { stores?: Stores } = {}) {
  // A fresh set over this test's storage (jsdom's localStorage, cleared before each test): nothing to reset by hand.
  const stores = options.stores ?? createStores({ storage: localStorage });
  const router = createMemoryRouter(routeObjects, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <StoresContext.Provider value={stores}>
      <RouterProvider router={router} />
    </StoresContext.Provider>,
  );
  // Pages are lazy: wait for the first heading of the page to appear.
  await screen.findAllByRole('heading', { level: 1 }, { timeout: 15_000 });
  return { user, router, stores, ...view };
}
