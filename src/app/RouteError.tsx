// Shown when a page throws or its chunk fails to load (e.g. offline before the app was cached): never a blank screen.
import { Link, useRouteError } from 'react-router';
import { paths } from '../paths';

export function RouteError() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : 'Unknown error';
  return (
    <main id="main" className="page narrow">
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Your progress is safe: nothing was changed.</p>
      <p className="muted">Details: {message}</p>
      <p>
        <a href={paths.home.getHref()}>Reload Descent</a> or <Link to={paths.home.getHref()}>go home</Link>.
      </p>
    </main>
  );
}
