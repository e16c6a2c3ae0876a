// Renders the real routes in a memory router, with fresh stores and storage, as a learner would meet them.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routeObjects } from '../src/app/router';
import { useProgress } from '../src/store/progress';
import { defaultSettings, emptyProgress } from '../src/store/progress-schema';
import { forgetWrites } from '../src/store/progress-storage';
import { useQuizSession } from '../src/store/quiz-session';
import { useSettings } from '../src/store/settings';
import { useStatus } from '../src/store/status';

export function resetStores(): void {
  forgetWrites();
  useProgress.setState({ ...emptyProgress(), undoStack: [] });
  useSettings.setState({ ...defaultSettings });
  useStatus.setState({ problems: [] });
  useQuizSession.setState({ session: null });
}

export async function renderApp(url = '/') {
  resetStores();
  const router = createMemoryRouter(routeObjects, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  // Pages are lazy: wait for the first heading of the page to appear.
  await screen.findAllByRole('heading', { level: 1 }, { timeout: 15_000 });
  return { user, router, ...view };
}
