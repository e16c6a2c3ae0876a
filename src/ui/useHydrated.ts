// Pages are prerendered to HTML at build time, with no learner. Whatever depends on progress renders a placeholder
// on the server and in the hydrating render (so the HTML matches), then the real thing once the page is live.
import { type ReactNode, startTransition, useEffect, useState } from 'react';

// Module state, not React state: once one page is live, every later mount (a navigation inside the app) renders the
// real thing at once, with no placeholder. Under Node (the prerender) it stays false.
let live = false;

/** Marks the app live without hydrating: main.tsx calls it before drawing the app afresh (no prerendered HTML to
 * match), as the tests do. */
export function goLive(): void {
  live = true;
}

/** False on the server and while React hydrates prerendered HTML; true from then on. The switch is a transition, so
 * React renders the learner's parts in slices between frames, not in one long task that would block a tap. */
export function useHydrated(): boolean {
  const [shown, setShown] = useState(() => live);
  useEffect(() => {
    live = true;
    if (!shown) startTransition(() => setShown(true));
  }, [shown]);
  return shown;
}

/** Renders `fallback` (a placeholder of the final size) until hydration is over, then `children()`. The children are
 * a function so that nothing inside them (a store read, localStorage) runs during prerender. */
export function AfterHydration({ fallback, children }: { fallback: ReactNode; children: () => ReactNode }) {
  return useHydrated() ? children() : fallback;
}
