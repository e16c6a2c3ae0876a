// Pages are prerendered to HTML at build time, with no learner. Whatever depends on progress renders a placeholder
// on the server and in the hydrating render (so the HTML matches), then the real thing once the page is live.
import { type ReactNode, useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** False on the server and while React hydrates prerendered HTML; true from then on (and at once on a client-only
 * render, such as a navigation inside the app). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/** Renders `fallback` (a placeholder of the final size) until hydration is over, then `children()`. The children are
 * a function so that nothing inside them (a store read, localStorage) runs during prerender. */
export function AfterHydration({ fallback, children }: { fallback: ReactNode; children: () => ReactNode }) {
  return useHydrated() ? children() : fallback;
}
