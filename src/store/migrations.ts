// Stored progress migrates through a chain vN → vN+1; each step is tested against a fixture of that version.
export const PROGRESS_VERSION = 1;

/** Steps keyed by the version they migrate from. Version 1 is the first released shape, so the chain is empty. */
const steps: Record<number, (data: unknown) => unknown> = {};

export function migrateProgress(data: unknown, from: number): unknown {
  let out = data;
  for (let version = from; version < PROGRESS_VERSION; version++) {
    const step = steps[version];
    if (!step) throw new Error(`no migration from v${version}`);
    out = step(out);
  }
  return out;
}

export const SETTINGS_VERSION = 1;
