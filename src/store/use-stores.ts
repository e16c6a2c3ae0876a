// How components reach the stores: from context (a test's fresh set) or the app's own set, made on first use.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ProgressState } from './progress';
import type { QuizSessionState } from './quiz-session';
import type { SettingsState } from './settings';
import type { StatusState } from './status';
import { browserStorage } from './storage';
import { createStores, type Stores } from './stores';
import type { SyncState } from './sync/sync-store';
import { createTabSync } from './tab-sync';

export const StoresContext = createContext<Stores | null>(null);

let app: Stores | undefined;

/** The app's stores over localStorage, following other tabs. Made on first use, not at import. */
export function appStores(): Stores {
  if (!app) {
    app = createStores({
      storage: browserStorage(),
      scheduler:
        typeof window === 'undefined'
          ? undefined
          : {
              setTimeout: (f, ms) => window.setTimeout(f, ms),
              clearTimeout: (id) => window.clearTimeout(id as number),
              // Back online, or back to the app (a phone picked up, a tab switched to): look for changes at once.
              onOnline: (f) => {
                window.addEventListener('online', f);
                window.addEventListener('focus', f);
                document.addEventListener('visibilitychange', () => {
                  if (document.visibilityState === 'visible') f();
                });
              },
            },
    });
    if (typeof window !== 'undefined') createTabSync(app, window);
  }
  return app;
}

export const useStores = (): Stores => useContext(StoresContext) ?? appStores();

export const useProgress = <T>(select: (s: ProgressState) => T): T => useStore(useStores().progress, select);
export const useSettings = <T>(select: (s: SettingsState) => T): T => useStore(useStores().settings, select);
export const useStatus = <T>(select: (s: StatusState) => T): T => useStore(useStores().status, select);
export const useSync = <T>(select: (s: SyncState) => T): T => useStore(useStores().sync, select);
export const useQuizSession = <T>(select: (s: QuizSessionState) => T): T =>
  useStore(useStores().quiz, select);
