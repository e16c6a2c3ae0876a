// One set of stores over one storage: what a tab holds. The app makes one; a test makes one per simulated tab.
import { cardKeys } from 'virtual:deck-index';
import { createProgressStore, type ProgressStore } from './progress';
import { createQuizSessionStore, type QuizSessionStore } from './quiz-session';
import { createSettingsStore, type SettingsStore } from './settings';
import { createStatusStore, type StatusStore } from './status';
import { BACKUP_PREFIX, openStorage, PREFIX, type StorageAccess } from './storage';
import { createSyncStore, type SyncOptions, type SyncStore } from './sync/sync-store';

const deckCards = new Set(cardKeys);

/** Whether the bundled deck has this card: reviews of other cards (an imported file's) are kept, not counted. */
export const isDeckCard = (key: string): boolean => deckCards.has(key);

export interface Stores {
  access: StorageAccess;
  status: StatusStore;
  settings: SettingsStore;
  progress: ProgressStore;
  quiz: QuizSessionStore;
  sync: SyncStore;
}

export interface StoresOptions {
  storage: Storage | undefined;
  now?: () => Date;
  random?: () => number;
  /** Timers for sync (the window's in the app); without them sync runs only when asked. */
  scheduler?: SyncOptions['scheduler'];
  /** How sync opens a server and signs in (tests pass in-memory ones). */
  openCouch?: SyncOptions['open'];
  signInCouch?: SyncOptions['signIn'];
}

export function createStores({
  storage,
  now = () => new Date(),
  random = Math.random,
  scheduler,
  openCouch,
  signInCouch,
}: StoresOptions): Stores {
  const status = createStatusStore();
  const access = openStorage(storage, status.getState().report, now);
  // Values set aside on an earlier load stay on offer until the learner deletes them: a notice shown once and then
  // gone would leave a backup no one knows about.
  for (const backupKey of access.keys(BACKUP_PREFIX)) {
    const raw = access.readRaw(backupKey);
    if (raw === null) continue;
    const key = `${PREFIX}${backupKey.slice(BACKUP_PREFIX.length).replace(/^\d{4}-\d\d-\d\dT[\d:.]+Z:/, '')}`;
    status.getState().report({
      kind: 'corrupt',
      key,
      backupKey,
      detail: 'it was set aside earlier',
      raw,
      backupSaved: true,
    });
  }
  const settings = createSettingsStore(access);
  const progress = createProgressStore({
    access,
    status,
    now,
    random,
    retention: () => settings.getState().retention,
    learningSteps: () => settings.getState().learningSteps,
    isKnownCard: isDeckCard,
  });
  const quiz = createQuizSessionStore(access);
  const sync = createSyncStore({
    access,
    progress,
    settings,
    now: () => now().getTime(),
    random,
    scheduler,
    ...(openCouch ? { open: openCouch } : {}),
    ...(signInCouch ? { signIn: signInCouch } : {}),
  });
  return { access, status, settings, progress, quiz, sync };
}
