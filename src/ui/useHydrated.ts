// Pages are prerendered to HTML at build time, with no learner. Whatever depends on progress renders a placeholder
// on the server and in the hydrating render (so the HTML matches), then the real thing once the page is live.
import { type ReactNode, startTransition, useEffect, useState, useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** False on the server and while React hydrates prerendered HTML; true from then on, and at once in a render that
 * hydrates nothing (a navigation inside the app, or an app drawn afresh). React itself says which: it reads the
 * server snapshot exactly when it renders on the server or hydrates. The switch after hydration is a transition, so
 * React renders the learner's parts in slices between frames, not in one long task that would block a tap. */
export function useHydrated(): boolean {
  const hydrating = useSyncExternalStore(
    subscribe,
    () => false,
    () => true,
  );
  const [shown, setShown] = useState(!hydrating);
  useEffect(() => {
    if (!shown) startTransition(() => setShown(true));
  }, [shown]);
  return shown;
}

/** Renders `fallback` (a placeholder of the final size) until hydration is over, then `children()`. The children are
 * a function so that nothing inside them (a store read, localStorage) runs during prerender. */
export function AfterHydration({ fallback, children }: { fallback: ReactNode; children: () => ReactNode }) {
  return useHydrated() ? children() : fallback;
}
