// The learner's settings, stored as `descent:settings` = `{ version, data }` and validated on read.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { SETTINGS_VERSION } from './migrations';
import { defaultSettings, type Settings, SettingsSchema } from './progress-schema';
import { PREFIX, type StorageAccess } from './storage';

export const SETTINGS_KEY = `${PREFIX}settings`;

export interface SettingsState extends Settings {
  update: (patch: Partial<Settings>) => void;
  replace: (settings: Settings) => void;
  /** Another tab changed the settings: follow it. */
  reload: () => void;
}

export type SettingsStore = StoreApi<SettingsState>;

const fields = Object.keys(SettingsSchema.entries) as (keyof Settings)[];

/** The settings alone, without the store's actions: every field the schema names, so a new field needs no edit here. */
export const settingsOf = (s: Settings): Settings =>
  Object.fromEntries(fields.map((field) => [field, s[field]])) as Settings;

export function createSettingsStore(access: StorageAccess): SettingsStore {
  const read = (): Settings | undefined => {
    const result = access.read(SETTINGS_KEY, SettingsSchema, SETTINGS_VERSION, (d) => d);
    return result.status === 'ok' ? result.data : undefined;
  };
  const write = (s: Settings) =>
    access.write(SETTINGS_KEY, JSON.stringify({ version: SETTINGS_VERSION, data: settingsOf(s) }));
  return createStore<SettingsState>()((set, get) => ({
    ...defaultSettings,
    ...read(),
    update: (patch) => {
      set(patch);
      write(get());
    },
    replace: (settings) => {
      set(settingsOf(settings));
      write(get());
    },
    reload: () => {
      const stored = read();
      if (stored) set(stored);
    },
  }));
}
