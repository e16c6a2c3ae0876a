import { describe, expect, it } from 'vitest';
import { decodeChunk, encodeChunk } from '../../src/store/log-codec';
import { mergeProgress } from '../../src/store/merge';
import { migrateProgress, PROGRESS_VERSION } from '../../src/store/migrations';
import { useProgress } from '../../src/store/progress';
import type { LogEntry } from '../../src/store/progress-schema';
import {
  forgetWrites,
  logKey,
  PROGRESS_KEY,
  readProgress,
  writeProgress,
} from '../../src/store/progress-storage';
import { useStatus } from '../../src/store/status';
import { currentStorage, setStorage } from '../../src/store/storage';
import v1 from '../fixtures/progress-v1.json';
import { resetStores } from '../render-app';

const t0 = Date.parse('2026-02-10T09:00:00Z');
const opts = { retention: 0.9 };

function gradeAt(card: string, grade: 1 | 2 | 3 | 4, at: number) {
  useProgress.getState().grade(card, grade, new Date(at));
}
const backups = () => Object.keys(localStorage).filter((k) => k.startsWith('descent:backup:'));
const snapshot = () => {
  const { cards, log, undone, quizzes } = useProgress.getState();
  return structuredClone({ cards, log, undone, quizzes });
};

describe('log encoding', () => {
  it('round-trips entries exactly', () => {
    const entries: LogEntry[] = [
      { id: `${Math.floor(t0 / 1000).toString(36)}a1b`, card: 'gpt-2/c1', grade: 3, state: 0, at: t0 },
      {
        id: `${Math.floor((t0 + 5000) / 1000).toString(36)}zz9`,
        card: 'double-descent/c2',
        grade: 0,
        state: 2,
        at: t0 + 5000,
      },
      {
        id: `${Math.floor((t0 + 9000) / 1000).toString(36)}000`,
        card: 'gpt-2/c1',
        grade: 1,
        state: 1,
        at: t0 + 9000,
      },
    ];
    expect(decodeChunk('2026-02', encodeChunk('2026-02', entries))).toEqual(entries);
  });

  it('rejects a malformed entry rather than guessing', () => {
    expect(decodeChunk('2026-02', { cards: ['gpt-2/c1'], entries: 'zz,abc,5,3' })).toBeUndefined();
    expect(decodeChunk('2026-02', { cards: ['gpt-2/c1'], entries: '1,ab,0,3' })).toBeUndefined();
  });
});

describe('stored progress', () => {
  it('survives a reload: what is written reads back the same', () => {
    resetStores();
    gradeAt('gpt-2/c1', 3, t0);
    gradeAt('gpt-2/c1', 3, t0 + 600_000);
    gradeAt('double-descent/c1', 1, t0 + 700_000);
    const before = snapshot();
    forgetWrites();
    expect(readProgress()).toEqual(before);
    const head = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '');
    expect(head.version).toBe(PROGRESS_VERSION);
    expect(Object.keys(localStorage).every((k) => k.startsWith('descent:'))).toBe(true);
  });

  it('writes only the month that changed', () => {
    resetStores();
    gradeAt('gpt-2/c1', 3, Date.parse('2026-01-20T09:00:00Z'));
    gradeAt('gpt-2/c2', 3, Date.parse('2026-02-20T09:00:00Z'));
    const writes: string[] = [];
    const real = currentStorage() as Storage;
    const spy: Storage = Object.assign(Object.create(real), {
      setItem: (k: string, val: string) => {
        writes.push(k);
        real.setItem(k, val);
      },
      getItem: (k: string) => real.getItem(k),
    });
    setStorage(spy);
    try {
      gradeAt('gpt-2/c3', 3, Date.parse('2026-02-20T10:00:00Z'));
    } finally {
      setStorage(real);
    }
    expect(writes).toEqual([logKey('2026-02'), PROGRESS_KEY]);
  });

  it('sets aside a value that is not JSON, tells the learner, and starts clean', () => {
    resetStores();
    localStorage.setItem(PROGRESS_KEY, '{not json');
    expect(readProgress()).toBeUndefined();
    expect(backups()).toHaveLength(1);
    expect(localStorage.getItem(backups()[0] as string)).toBe('{not json');
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
    expect(useStatus.getState().problems).toEqual([
      expect.objectContaining({ kind: 'corrupt', key: PROGRESS_KEY, detail: 'it is not valid JSON' }),
    ]);
  });

  it('sets aside a value that fails the schema, naming the field', () => {
    resetStores();
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        version: 1,
        data: { cards: { 'gpt-2/c1': { due: 'soon' } }, undone: [], quizzes: [], months: [] },
      }),
    );
    expect(readProgress()).toBeUndefined();
    expect(useStatus.getState().problems[0]).toMatchObject({
      kind: 'corrupt',
      detail: expect.stringMatching(/cards\.gpt-2\/c1\.due/),
    });
    expect(backups()).toHaveLength(1);
  });

  it('keeps the good months when one month of the log is corrupt', () => {
    resetStores();
    gradeAt('gpt-2/c1', 3, Date.parse('2026-01-20T09:00:00Z'));
    gradeAt('gpt-2/c2', 3, Date.parse('2026-02-20T09:00:00Z'));
    localStorage.setItem(
      logKey('2026-01'),
      JSON.stringify({ version: 1, data: { cards: [], entries: 'garbage' } }),
    );
    forgetWrites();
    const read = readProgress();
    expect(read?.log['2026-02']).toHaveLength(1);
    expect(read?.log['2026-01']).toBeUndefined();
    expect(backups()).toHaveLength(1);
    expect(useStatus.getState().problems[0]).toMatchObject({ key: logKey('2026-01') });
  });

  it('sets aside data from a newer version instead of misreading it', () => {
    resetStores();
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 99, data: {} }));
    expect(readProgress()).toBeUndefined();
    expect(useStatus.getState().problems[0]).toMatchObject({
      detail: expect.stringMatching(/newer version/),
    });
  });

  it('keeps working in memory when a write fails, and says so', () => {
    resetStores();
    const real = currentStorage() as Storage;
    const full: Storage = Object.assign(Object.create(real), {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      getItem: (k: string) => real.getItem(k),
    });
    setStorage(full);
    try {
      gradeAt('gpt-2/c1', 3, t0);
      expect(useProgress.getState().cards['gpt-2/c1']).toBeDefined();
      expect(useStatus.getState().problems).toEqual([
        { kind: 'write-failed', detail: 'browser storage is full' },
      ]);
      gradeAt('gpt-2/c2', 3, t0 + 1000);
      expect(useStatus.getState().problems).toHaveLength(1);
    } finally {
      setStorage(real);
    }
    // Space again: the next write saves everything kept in memory, and the notice goes away.
    gradeAt('gpt-2/c3', 3, t0 + 2000);
    expect(useStatus.getState().problems).toEqual([]);
    forgetWrites();
    expect(Object.values(readProgress()?.log ?? {}).flat()).toHaveLength(3);
  });

  it('reads the stored snapshot of every past version (v1)', () => {
    resetStores();
    for (const [k, val] of Object.entries(v1)) localStorage.setItem(k, val);
    const read = readProgress();
    expect(useStatus.getState().problems).toEqual([]);
    expect(Object.keys(read?.cards ?? {})).toEqual(['double-descent/c1', 'gpt-2/c1']);
    expect(Object.values(read?.log ?? {}).flat()).toHaveLength(3);
    expect(migrateProgress({ a: 1 }, PROGRESS_VERSION)).toEqual({ a: 1 });
    expect(() => migrateProgress({}, 0)).toThrow(/no migration from v0/);
  });
});

describe('two tabs', () => {
  it('merges another copy exactly: the union of reviews, each card replayed', () => {
    resetStores();
    gradeAt('gpt-2/c1', 3, t0);
    const base = snapshot();
    // Tab A grades one card, tab B another and the same card again.
    gradeAt('gpt-2/c1', 3, t0 + 600_000);
    const a = snapshot();
    useProgress.setState({ ...base });
    gradeAt('gpt-2/c2', 4, t0 + 650_000);
    gradeAt('gpt-2/c1', 1, t0 + 700_000);
    const b = snapshot();
    const merged = mergeProgress(a, b, opts);
    const entries = Object.values(merged.log).flat();
    expect(entries).toHaveLength(4);
    // gpt-2/c1 saw Good, Good, Again in time order: the merged state is their replay, whichever tab had which.
    resetStores();
    gradeAt('gpt-2/c1', 3, t0);
    gradeAt('gpt-2/c1', 3, t0 + 600_000);
    gradeAt('gpt-2/c1', 1, t0 + 700_000);
    expect(merged.cards['gpt-2/c1']).toEqual(useProgress.getState().cards['gpt-2/c1']);
    expect(mergeProgress(b, a, opts).cards).toEqual(merged.cards);
  });

  it('returns the same object when nothing is new, so tabs do not echo writes', () => {
    resetStores();
    gradeAt('gpt-2/c1', 3, t0);
    const s = snapshot();
    expect(mergeProgress(s, structuredClone(s), opts)).toBe(s);
  });

  it('an undo in one tab removes the review in the other too', () => {
    resetStores();
    gradeAt('gpt-2/c1', 3, t0);
    const other = snapshot();
    useProgress.getState().undo();
    const mine = snapshot();
    const merged = mergeProgress(other, mine, opts);
    expect(Object.values(merged.log).flat()).toEqual([]);
    expect(merged.cards['gpt-2/c1']).toBeUndefined();
  });

  it('read-merge-write: a write never drops what another tab wrote to the same month meanwhile', () => {
    resetStores();
    gradeAt('gpt-2/c1', 3, t0);
    // Another tab appends to the same month chunk behind this tab's back.
    const theirs = snapshot();
    const foreign: LogEntry = {
      id: `${Math.floor((t0 + 1000) / 1000).toString(36)}xyz`,
      card: 'gpt-2/c9',
      grade: 3,
      state: 0,
      at: t0 + 1000,
    };
    const month = Object.keys(theirs.log)[0] as string;
    const chunk = [...(theirs.log[month] ?? []), foreign];
    localStorage.setItem(logKey(month), JSON.stringify({ version: 1, data: encodeChunk(month, chunk) }));
    gradeAt('gpt-2/c2', 3, t0 + 2000);
    forgetWrites();
    const stored = readProgress()?.log[month]?.map((e) => e.card);
    expect(stored).toEqual(['gpt-2/c1', 'gpt-2/c9', 'gpt-2/c2']);
  });

  it('writeProgress reports success and failure', () => {
    resetStores();
    expect(writeProgress(snapshot())).toBe(true);
  });
});

describe('incremental month encoding', () => {
  it('gives the same text as a full encode, appended to or rewritten', async () => {
    const { ChunkEncoder } = await import('../../src/store/log-codec');
    const at = (s: number) => t0 + s * 1000;
    const e = (s: number, card: string): LogEntry => ({
      id: `${Math.floor(at(s) / 1000).toString(36)}abc`,
      card,
      grade: 3,
      state: 0,
      at: at(s),
    });
    const one = [e(1, 'a/1'), e(2, 'b/1')];
    const two = [...one, e(3, 'a/1'), e(4, 'c/1')];
    const encoder = new ChunkEncoder('2026-02');
    expect(encoder.encode(one)).toEqual(encodeChunk('2026-02', one));
    expect(encoder.encode(two)).toEqual(encodeChunk('2026-02', two));
    const other = [e(0, 'z/1'), ...two];
    expect(encoder.encode(other)).toEqual(encodeChunk('2026-02', other));
  });
});

describe('another tab writing in between', () => {
  const quiz = { id: 'quiz1', at: t0, scope: 'Everything', score: 1, total: 2, durationMs: 1000, misses: [] };
  const otherTabAddsQuiz = () => {
    const head = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}');
    head.data.quizzes.push(quiz);
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(head));
  };

  it('a stale tab merges what the other wrote instead of overwriting it (a quiz is kept)', async () => {
    resetStores();
    gradeAt('gpt-2/c1', 3, t0);
    otherTabAddsQuiz();
    gradeAt('gpt-2/c2', 3, t0 + 1000);
    const head = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}');
    expect(head.data.quizzes).toEqual([quiz]);
    expect(Object.keys(head.data.cards).sort()).toEqual(['gpt-2/c1', 'gpt-2/c2']);
    await Promise.resolve();
    expect(useProgress.getState().quizzes).toEqual([quiz]);
  });

  it('a reset in another tab wins: a stale tab adopts it rather than bringing progress back', async () => {
    resetStores();
    gradeAt('gpt-2/c1', 3, t0);
    localStorage.removeItem(logKey('2026-02'));
    const empty = { generation: 'other', cards: {}, undone: [], quizzes: [], months: [] };
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, data: empty }));
    gradeAt('gpt-2/c2', 3, t0 + 1000);
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}').data).toEqual(empty);
    await Promise.resolve();
    expect(useProgress.getState()).toMatchObject({ generation: 'other', cards: {} });
  });

  it('a storage event from another tab merges its writes into this tab', () => {
    resetStores();
    gradeAt('gpt-2/c1', 3, t0);
    otherTabAddsQuiz();
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }));
    expect(useProgress.getState().quizzes).toEqual([quiz]);
    expect(Object.keys(useProgress.getState().cards)).toEqual(['gpt-2/c1']);
  });

  it('replacing progress removes months the new data does not have', () => {
    resetStores();
    gradeAt('gpt-2/c1', 3, Date.parse('2026-01-20T09:00:00Z'));
    gradeAt('gpt-2/c2', 3, t0);
    const keep = useProgress.getState().log['2026-02'] ?? [];
    useProgress.getState().replace({ cards: {}, log: { '2026-02': keep }, undone: [], quizzes: [] });
    expect(localStorage.getItem(logKey('2026-01'))).toBeNull();
    forgetWrites();
    expect(Object.keys(readProgress()?.log ?? {})).toEqual(['2026-02']);
  });
});

describe('a merge noticed while writing', () => {
  it('does not undo what this tab did in the same tick (a quiz recorded, then its cards pulled forward)', async () => {
    resetStores();
    gradeAt('gpt-2/c1', 3, t0);
    const head = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}');
    head.data.undone.push('zzzzzzzzz');
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(head));
    const quiz = { id: 'q9', at: t0, scope: 'Everything', score: 0, total: 1, durationMs: 1, misses: [] };
    useProgress.getState().recordQuiz(quiz, ['double-descent/c1'], new Date(t0 + 5000));
    await Promise.resolve();
    const state = useProgress.getState();
    expect(state.quizzes).toEqual([quiz]);
    expect(state.cards['double-descent/c1']?.due).toBe(t0 + 5000);
    expect(state.undone).toContain('zzzzzzzzz');
  });
});
