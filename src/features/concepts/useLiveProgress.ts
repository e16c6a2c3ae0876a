import { useCallback, useContext, useSyncExternalStore } from 'react';
import type { ProgressState } from '../../store/progress';
import { appStores, StoresContext } from '../../store/use-stores';
import { useHydrated } from '../../ui/useHydrated';

/**
 * A progress value once the page is live, else undefined: on the server and while a prerendered page hydrates, no
 * store is made or read. Unlike a placeholder swapped for a second component, the component stays mounted and only
 * its values change when they arrive, so the list's 70 meters are patched in place rather than rebuilt (one commit
 * of 370 ms on a 4×-throttled phone when they were rebuilt).
 */
export function useLiveProgress<T>(select: (s: ProgressState) => T): T | undefined {
  const context = useContext(StoresContext);
  const live = useHydrated();
  const progress = () => (context ?? appStores()).progress;
  // One subscription per store, not a new one each render.
  const subscribe = useCallback(
    (onChange: () => void) => (context ?? appStores()).progress.subscribe(onChange),
    [context],
  );
  const value = useSyncExternalStore(
    subscribe,
    () => select(progress().getState()),
    () => undefined,
  );
  return live ? value : undefined;
}
