// localStorage at the edge: every value is `{ version, data }` under `descent:`, validated on read; bad values are
// set aside, failed writes are reported, and the app keeps working in memory.
import * as v from 'valibot';
import { describeIssues } from '../content/issues';
import { useStatus } from './status';

export const PREFIX = 'descent:';

/** The storage in use; tests inject a fake one. Undefined where the browser denies access to localStorage. */
let storage: Storage | undefined = safeLocalStorage();

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function setStorage(s: Storage | undefined): void {
  storage = s;
}

export const currentStorage = (): Storage | undefined => storage;

export type ReadResult<T> = { status: 'missing' } | { status: 'ok'; data: T } | { status: 'set-aside' };

/**
 * Reads and validates one value. A value that is not JSON, not an envelope, from a newer version, or fails the
 * schema is copied to `descent:backup:<ISO time>:<key>` and reported; the caller starts that part clean.
 */
export function readValue<T>(
  key: string,
  schema: v.GenericSchema<unknown, T>,
  version: number,
  migrate: (data: unknown, from: number) => unknown = (d) => d,
): ReadResult<T> {
  let raw: string | null;
  try {
    raw = storage?.getItem(key) ?? null;
  } catch {
    return { status: 'missing' };
  }
  if (raw === null) return { status: 'missing' };
  const fail = (detail: string): ReadResult<T> => {
    setAside(key, raw as string, detail);
    return { status: 'set-aside' };
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return fail('it is not valid JSON');
  }
  const envelope = v.safeParse(
    v.object({ version: v.pipe(v.number(), v.integer(), v.minValue(1)), data: v.unknown() }),
    parsed,
  );
  if (!envelope.success) return fail('it is not a { version, data } value');
  const from = envelope.output.version;
  if (from > version) return fail(`it was written by a newer version of Descent (v${from})`);
  let data: unknown;
  try {
    data = from < version ? migrate(envelope.output.data, from) : envelope.output.data;
  } catch (e) {
    return fail(`it could not be migrated from v${from}: ${(e as Error).message}`);
  }
  const result = v.safeParse(schema, data);
  if (!result.success) return fail(describeIssues(result.issues).slice(0, 3).join('; '));
  return { status: 'ok', data: result.output };
}

export function backupKeyFor(key: string, now = new Date()): string {
  return `${PREFIX}backup:${now.toISOString()}:${key.slice(PREFIX.length)}`;
}

function setAside(key: string, raw: string, detail: string): void {
  const backupKey = backupKeyFor(key);
  let backupSaved = false;
  try {
    storage?.setItem(backupKey, raw);
    storage?.removeItem(key);
    backupSaved = storage !== undefined;
  } catch {
    // No room for the copy: the value stays in memory (in the notice) for the learner to download.
  }
  useStatus.getState().report({ kind: 'corrupt', key, backupKey, detail, raw, backupSaved });
}

/** Writes `{ version, data }`; a failure (quota, private mode) is reported and the app carries on in memory. */
export function writeValue(key: string, version: number, data: unknown): boolean {
  return writeRaw(key, JSON.stringify({ version, data }));
}

export function writeRaw(key: string, raw: string): boolean {
  if (!storage) {
    useStatus.getState().report({ kind: 'write-failed', detail: 'this browser does not allow saving here' });
    return false;
  }
  try {
    storage.setItem(key, raw);
    useStatus.getState().clearWriteFailure();
    return true;
  } catch (e) {
    const name = (e as Error)?.name ?? 'Error';
    const detail =
      name === 'QuotaExceededError'
        ? 'browser storage is full'
        : name === 'SecurityError'
          ? 'saving is blocked here'
          : name;
    useStatus.getState().report({ kind: 'write-failed', detail });
    return false;
  }
}

export function readRaw(key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function removeKey(key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Removing can only fail where storage is unavailable; there is then nothing to remove.
  }
}

export function keysWithPrefix(prefix: string): string[] {
  const out: string[] = [];
  if (!storage) return out;
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(prefix)) out.push(k);
  }
  return out;
}
