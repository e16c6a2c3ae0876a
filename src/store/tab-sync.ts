// Follows other tabs: each `storage` event for one of our keys is taken into this tab's stores.
import { LOG_PREFIX, PROGRESS_KEY } from './progress-storage';
import { SETTINGS_KEY } from './settings';
import type { Stores } from './stores';
import { SYNC_KEY } from './sync/sync-store';

export interface TabSync {
  dispose: () => void;
}

/** Listens on `target` (a window, or a test's stand-in) for other tabs' writes. */
export function createTabSync(
  stores: Stores,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
): TabSync {
  const onStorage = (e: StorageEvent) => {
    // `key` is null when another tab cleared all storage: this tab's next change writes all it holds again.
    if (e.key === null) stores.progress.getState().syncKey(null);
    else if (e.key === SETTINGS_KEY) stores.settings.getState().reload();
    else if (e.key === SYNC_KEY) stores.sync.getState().reload();
    else if (e.key === PROGRESS_KEY || e.key.startsWith(LOG_PREFIX))
      stores.progress.getState().syncKey(e.key);
  };
  target.addEventListener('storage', onStorage as EventListener);
  return { dispose: () => target.removeEventListener('storage', onStorage as EventListener) };
}
