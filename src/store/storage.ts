// localStorage at the edge: every value is `{ version, data }` under `descent:`, validated on read; bad values are
// set aside and reported, newer versions are left alone, failed writes are reported, and the app works in memory.
import * as v from 'valibot';
import { describeIssues } from '../content/issues';
import type { StorageProblem } from './status';

export const PREFIX = 'descent:';
export const BACKUP_PREFIX = `${PREFIX}backup:`;

export type ReadResult<T> =
  | { status: 'missing' }
  | { status: 'ok'; data: T; raw: string }
  | { status: 'set-aside' }
  /** Written by a newer Descent: left exactly as it is. */
  | { status: 'newer'; version: number };

const EnvelopeSchema = v.object({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  data: v.unknown(),
});

/** One browser storage, with the rules above. Made per store set, so tests can give each tab its own or share one. */
export interface StorageAccess {
  read<T>(
    key: string,
    schema: v.GenericSchema<unknown, T>,
    version: number,
    migrate?: (data: unknown, from: number) => unknown,
  ): ReadResult<T>;
  /** Validates a raw value already in hand, without setting anything aside. */
  parse<T>(
    raw: string,
    schema: v.GenericSchema<unknown, T>,
    version: number,
    migrate?: (data: unknown, from: number) => unknown,
  ): ReadResult<T> & { detail?: string };
  readRaw(key: string): string | null;
  /** Writes a raw value; false (and a report) when the browser refuses. */
  write(key: string, raw: string): boolean;
  remove(key: string): void;
  keys(prefix: string): string[];
  /** Copies a value aside under a backup key and reports it. */
  setAside(key: string, raw: string, detail: string): void;
  /**
   * A newer Descent wrote here: from now on nothing is written, removed or set aside (its data may look wrong to
   * this version and must stay as it is), and the learner is asked to reload. Happens on any read of a newer value.
   */
  freeze(version: number): void;
  isFrozen(): boolean;
}

export function openStorage(
  storage: Storage | undefined,
  report: (problem: StorageProblem) => void,
  clock: () => Date = () => new Date(),
): StorageAccess {
  let frozen = false;
  const freeze = (version: number) => {
    if (!frozen) report({ kind: 'newer-version', version });
    frozen = true;
  };

  const readRaw = (key: string): string | null => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };

  const parse: StorageAccess['parse'] = (raw, schema, version, migrate = (d) => d) => {
    const fail = (detail: string) => ({ status: 'set-aside' as const, detail });
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return fail('it is not valid JSON');
    }
    const envelope = v.safeParse(EnvelopeSchema, json);
    if (!envelope.success) return fail('it is not a { version, data } value');
    const from = envelope.output.version;
    if (from > version) return { status: 'newer', version: from };
    let data: unknown;
    try {
      data = from < version ? migrate(envelope.output.data, from) : envelope.output.data;
    } catch (e) {
      return fail(`it could not be migrated from v${from}: ${(e as Error).message}`);
    }
    const result = v.safeParse(schema, data);
    if (!result.success) return fail(describeIssues(result.issues).slice(0, 3).join('; '));
    return { status: 'ok', data: result.output, raw };
  };

  const setAside = (key: string, raw: string, detail: string) => {
    if (frozen) return;
    const backupKey = `${BACKUP_PREFIX}${clock().toISOString()}:${key.slice(PREFIX.length)}`;
    let backupSaved = false;
    try {
      storage?.setItem(backupKey, raw);
      backupSaved = storage !== undefined;
    } catch {
      // No room for the copy: the value stays in memory (in the notice) for the learner to download.
    }
    try {
      storage?.removeItem(key);
    } catch {
      // Nothing to remove where storage is unavailable.
    }
    report({ kind: 'corrupt', key, backupKey, detail, raw, backupSaved });
  };

  return {
    readRaw,
    parse,
    setAside,
    freeze,
    isFrozen: () => frozen,
    read(key, schema, version, migrate) {
      const raw = readRaw(key);
      if (raw === null) return { status: 'missing' };
      const result = parse(raw, schema, version, migrate);
      if (result.status === 'newer') freeze(result.version);
      if (result.status === 'set-aside') {
        setAside(key, raw, result.detail ?? 'it could not be read');
        return { status: 'set-aside' };
      }
      return result;
    },
    write(key, raw) {
      if (frozen) return false;
      if (!storage) {
        report({ kind: 'write-failed', detail: 'this browser does not allow saving here' });
        return false;
      }
      try {
        storage.setItem(key, raw);
        return true;
      } catch (e) {
        const name = (e as Error)?.name ?? 'Error';
        const detail =
          name === 'QuotaExceededError'
            ? 'browser storage is full'
            : name === 'SecurityError'
              ? 'saving is blocked here'
              : name;
        report({ kind: 'write-failed', detail });
        return false;
      }
    },
    remove(key) {
      if (frozen) return;
      try {
        storage?.removeItem(key);
      } catch {
        // Removing can only fail where storage is unavailable; there is then nothing to remove.
      }
    },
    keys(prefix) {
      const out: string[] = [];
      if (!storage) return out;
      try {
        for (let i = 0; i < storage.length; i++) {
          const k = storage.key(i);
          if (k?.startsWith(prefix)) out.push(k);
        }
      } catch {
        // Unavailable storage lists nothing.
      }
      return out;
    },
  };
}

/** The browser's localStorage, or undefined where the browser denies access to it. */
export function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
