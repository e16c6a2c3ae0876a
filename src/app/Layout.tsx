import { lazy, Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { paths } from '../paths';
import { ShortcutsDialog } from '../ui/ShortcutsDialog';
import { AfterHydration } from '../ui/useHydrated';
import { replayEarlyKeys } from './early-keys';
import { MainNav } from './MainNav';
import { UpdatePrompt } from './UpdatePrompt';

// The stores (and the scheduler with them) stay out of the first chunk: pages load them anyway.
const ShellStatus = lazy(() => import('./ShellStatus'));
// How sync is going, once it is on: read from the stores, so after hydration and with them.
const SyncBadge = lazy(() => import('./SyncBadge'));

export function Layout() {
  const location = useLocation();
  const navigation = useNavigation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // The HTML was another address's page (prerendered.ts): now that the app has drawn this one, show it.
  useLayoutEffect(() => document.documentElement.classList.remove('stale-page'), []);
  // The shell's shortcuts ("?") listen from their layout effects, which run before this one in the same commit:
  // keys pressed before that are pressed again now, with no gap in which a key is both heard and kept. (A page's
  // own keys, such as grades, start with the page's live parts, after this: a grade pressed that early is lost.)
  useLayoutEffect(() => replayEarlyKeys(), []);

  // After a navigation, move focus to the new page's main region so screen-reader and keyboard users start there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each path change by design
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: false });
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="header-inner">
          <NavLink to={paths.home.getHref()} className="brand" aria-label="Descent home">
            <svg aria-hidden="true" viewBox="0 0 64 64" width="28" height="28">
              <rect width="64" height="64" rx="14" fill="var(--accent)" />
              <path
                d="M10 18 C22 18 24 46 32 46 C40 46 38 30 44 30 C50 30 50 40 54 40"
                fill="none"
                stroke="var(--on-accent)"
                strokeWidth="5"
                strokeLinecap="round"
              />
            </svg>
            <span>Descent</span>
          </NavLink>
          <MainNav />
          <AfterHydration fallback={null}>
            {() => (
              <Suspense fallback={null}>
                <SyncBadge />
              </Suspense>
            )}
          </AfterHydration>
        </div>
      </header>
      {/* Notices about this browser's storage: none in the prerendered HTML, which has no learner. */}
      <AfterHydration fallback={null}>
        {() => (
          <Suspense fallback={null}>
            <ShellStatus />
          </Suspense>
        )}
      </AfterHydration>
      <main id="main" ref={main} tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        <Suspense fallback={<p className="page">Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>
          {/* A touch screen has no "?" key to press: global.css hides .key-hint there. */}
          <span className="key-hint">
            Press <kbd>?</kbd> for keyboard shortcuts.{' '}
          </span>
          Your progress stays in this browser.
        </p>
      </footer>
      <ShortcutsDialog />
      <UpdatePrompt />
    </>
  );
}
