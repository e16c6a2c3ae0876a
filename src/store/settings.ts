// The learner's settings, persisted as `descent:settings` = `{ version, data }` and validated on read.
import { create } from 'zustand';
import { type PersistStorage, persist } from 'zustand/middleware';
import { SETTINGS_VERSION } from './migrations';
import { defaultSettings, type Settings, SettingsSchema } from './progress-schema';
import { PREFIX, readValue, writeValue } from './storage';

export const SETTINGS_KEY = `${PREFIX}settings`;

interface SettingsState extends Settings {
  update: (patch: Partial<Settings>) => void;
  replace: (settings: Settings) => void;
}

const settingsStorage: PersistStorage<Settings> = {
  getItem: (name) => {
    const result = readValue(name, SettingsSchema, SETTINGS_VERSION);
    return result.status === 'ok' ? { state: result.data, version: SETTINGS_VERSION } : null;
  },
  setItem: (name, value) => {
    writeValue(name, SETTINGS_VERSION, value.state);
  },
  removeItem: () => {},
};

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      ...defaultSettings,
      update: (patch) => set(patch),
      replace: (settings) => set(settings),
    }),
    {
      name: SETTINGS_KEY,
      version: SETTINGS_VERSION,
      storage: settingsStorage,
      partialize: ({ newPerDay, retention, dayStartHour, theme }) => ({
        newPerDay,
        retention,
        dayStartHour,
        theme,
      }),
      migrate: (persisted) => persisted as Settings,
    },
  ),
);

export const settingsSnapshot = (): Settings => {
  const { newPerDay, retention, dayStartHour, theme } = useSettings.getState();
  return { newPerDay, retention, dayStartHour, theme };
};

// Another tab changed the settings: follow it.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === SETTINGS_KEY) void useSettings.persist.rehydrate();
  });
}
