// Stored progress: the chunked layout, bad values, versions, quotas, and two tabs over one storage.
import { describe, expect, it } from 'vitest';
import { type LogEvent, replayAll } from '../../src/engine/replay';
import { ChunkEncoder, decodeChunk, encodeChunk } from '../../src/store/log-codec';
import { migrateChunk, migrateHead, PROGRESS_VERSION } from '../../src/store/migrations';
import { LOG_PREFIX, logKey, PROGRESS_KEY } from '../../src/store/progress-storage';
import { createStores } from '../../src/store/stores';
import v1 from '../fixtures/progress-v1.json';
import { reviewAt } from '../log-events';
import { createTabs, MemoryStorage } from '../memory-storage';

const t0 = Date.parse('2026-02-10T09:00:00Z');
const backups = (s: Storage) =>
  Array.from({ length: s.length }, (_, i) => s.key(i) as string).filter((k) =>
    k.startsWith('descent:backup:'),
  );

function setUp(storage = new MemoryStorage(), start = t0) {
  const clock = { t: start };
  const stores = createStores({ storage, now: () => new Date(clock.t) });
  const grade = (card: string, g: 1 | 2 | 3 | 4, at?: number, session = 's') => {
    if (at !== undefined) clock.t = at;
    return stores.progress.getState().grade(card, g, session);
  };
  const reload = () => createStores({ storage, now: () => new Date(clock.t) });
  return { storage, clock, stores, grade, reload, progress: () => stores.progress.getState() };
}

const ev = (s: number, card: string, grade: LogEvent['grade'] = 3, rand = 'abcdef') =>
  reviewAt(t0, s, card, grade, rand);

describe('log encoding', () => {
  it('round-trips events exactly, scheduling parameters included', () => {
    const events = [
      ev(0, 'gpt-2/c1'),
      { ...ev(5, 'double-descent/c2', 0, 'zz9zz9'), retention: 0.85 },
      ev(9, 'gpt-2/c1', 1, '000000'),
    ];
    expect(decodeChunk('2026-02', encodeChunk('2026-02', 'g', events))).toEqual(events);
  });

  it('rejects a malformed entry rather than guessing', () => {
    expect(
      decodeChunk('2026-02', { cards: ['gpt-2/c1'], params: ['0.9/1'], entries: 'zz,abc,5,3,0' }),
    ).toBeUndefined();
    expect(
      decodeChunk('2026-02', { cards: ['gpt-2/c1'], params: ['0.9/1'], entries: '1,ab,0,3,0' }),
    ).toBeUndefined();
    expect(
      decodeChunk('2026-02', { cards: ['gpt-2/c1'], params: [], entries: '1,abc,0,3,0' }),
    ).toBeUndefined();
  });

  it('encodes incrementally to the same text as a full encode, appended to or rewritten', () => {
    const one = [ev(1, 'a/1'), ev(2, 'b/1')];
    const two = [...one, ev(3, 'a/1'), ev(4, 'c/1')];
    const encoder = new ChunkEncoder('2026-02');
    expect(encoder.encode('g', one)).toEqual(encodeChunk('2026-02', 'g', one));
    expect(encoder.encode('g', two)).toEqual(encodeChunk('2026-02', 'g', two));
    const other = [ev(0, 'z/1'), ...two];
    expect(encoder.encode('g', other)).toEqual(encodeChunk('2026-02', 'g', other));
  });
});

describe('stored progress', () => {
  it('survives a reload: the log reads back the same and the cards are its replay', () => {
    const { grade, reload, progress } = setUp();
    grade('gpt-2/c1', 3, t0);
    grade('gpt-2/c1', 3, t0 + 600_000);
    grade('double-descent/c1', 1, t0 + 700_000);
    const again = reload().progress.getState();
    expect(again.log).toEqual(progress().log);
    expect(again.cards).toEqual(progress().cards);
    expect(again.cards).toEqual(replayAll(Object.values(again.log).flat(), new Set()));
  });

  it('one grade writes its month and nothing else (the head changes only with an undo, a quiz or a reset)', () => {
    const { grade, storage } = setUp();
    grade('gpt-2/c1', 3, Date.parse('2026-01-20T09:00:00Z'));
    grade('gpt-2/c2', 3, Date.parse('2026-02-20T09:00:00Z'));
    storage.writes = [];
    grade('gpt-2/c3', 3, Date.parse('2026-02-20T10:00:00Z'));
    expect(storage.writes).toEqual([logKey('2026-02')]);
  });

  it('sets aside a value that is not JSON, tells the learner, and starts clean', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, '{not json');
    const { stores } = setUp(storage);
    expect(backups(storage)).toHaveLength(1);
    expect(storage.getItem(backups(storage)[0] as string)).toBe('{not json');
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    expect(stores.status.getState().problems).toEqual([
      expect.objectContaining({ kind: 'corrupt', key: PROGRESS_KEY, detail: 'it is not valid JSON' }),
    ]);
  });

  it('sets aside a head that fails the schema, naming the field', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ version: 2, data: { generation: 'g', undone: [7], quizzes: [] } }),
    );
    const { stores } = setUp(storage);
    expect(stores.status.getState().problems[0]).toMatchObject({
      kind: 'corrupt',
      detail: expect.stringMatching(/undone\.0/),
    });
  });

  it('keeps the good months when one month of the log is corrupt', () => {
    const { grade, storage, reload } = setUp();
    grade('gpt-2/c1', 3, Date.parse('2026-01-20T09:00:00Z'));
    grade('gpt-2/c2', 3, Date.parse('2026-02-20T09:00:00Z'));
    storage.setItem(
      logKey('2026-01'),
      JSON.stringify({
        version: 2,
        data: { generation: 'first', cards: [], params: [], entries: 'garbage' },
      }),
    );
    const again = reload();
    expect(Object.keys(again.progress.getState().log)).toEqual(['2026-02']);
    expect(again.status.getState().problems[0]).toMatchObject({ key: logKey('2026-01') });
  });

  it('keeps working in memory when a write fails, and says so', () => {
    const { grade, storage, stores, reload } = setUp();
    storage.quota = 0;
    grade('gpt-2/c1', 3, t0);
    expect(stores.progress.getState().cards['gpt-2/c1']).toBeDefined();
    expect(stores.status.getState().problems).toEqual([
      { kind: 'write-failed', detail: 'browser storage is full' },
    ]);
    storage.quota = Number.POSITIVE_INFINITY;
    grade('gpt-2/c2', 3, t0 + 1000);
    expect(stores.status.getState().problems).toEqual([]);
    expect(Object.values(reload().progress.getState().log).flat()).toHaveLength(2);
  });

  it('reads the stored snapshot of every past version (v1), rewriting it as the current one', () => {
    const storage = new MemoryStorage();
    for (const [k, val] of Object.entries(v1)) storage.setItem(k, val);
    const { stores } = setUp(storage);
    expect(stores.status.getState().problems).toEqual([]);
    const s = stores.progress.getState();
    expect(Object.values(s.log).flat()).toHaveLength(3);
    // v1 stored card states beside the log; they are now the log's replay (the same reviews, the same states).
    const v1Head = JSON.parse(v1['descent:progress']).data;
    for (const key of ['gpt-2/c1', 'double-descent/c1']) {
      expect(s.cards[key]).toMatchObject({ reps: v1Head.cards[key].reps, state: v1Head.cards[key].state });
    }
    expect(s.cards).toEqual(replayAll(Object.values(s.log).flat(), new Set()));
    expect(JSON.parse(storage.getItem(PROGRESS_KEY) as string).version).toBe(PROGRESS_VERSION);
    expect(JSON.parse(storage.getItem(logKey('2026-01')) as string).version).toBe(PROGRESS_VERSION);
    const context = { generation: 'g', retention: 0.9 };
    expect(migrateHead({ a: 1 }, PROGRESS_VERSION, context)).toEqual({ a: 1 });
    expect(() => migrateChunk({}, 0, context)).toThrow(/no migration from v0/);
  });
});

describe('fixed: the numbered findings of "Progress is the replay of its log"', () => {
  it('2. Replace keeps old reviews: after Replace the log is the file’s, before and after a reload', async () => {
    const { applyImport, exportProgress, resetProgress } = await import('../../src/store/actions');
    const { parseImport } = await import('../../src/store/export-file');
    const { grade, stores, reload, clock } = setUp();
    grade('gpt-2/c1', 3, t0);
    grade('gpt-2/c2', 3, t0 + 1000);
    grade('gpt-2/c3', 3, t0 + 2000);
    const file = exportProgress(stores, new Date(t0 + 3000)).text;
    resetProgress(stores);
    grade('double-descent/c1', 3, t0 + 4000);
    grade('double-descent/c2', 3, t0 + 5000);
    clock.t = t0 + 6000;
    const parsed = parseImport(file, new Date(clock.t), () => true);
    if (!parsed.ok) throw new Error(parsed.message);
    applyImport(stores, parsed, 'replace', 'file.json');
    const count = (s = stores) => Object.values(s.progress.getState().reviews).flat().length;
    expect(count()).toBe(3);
    expect(count(reload())).toBe(3);
  });

  it('4. A merge brings back an undone review: it cannot, a tombstone outlives any copy', () => {
    const { tabs, deliver } = createTabs(2, { now: () => new Date(t0) });
    const [a, b] = tabs.map((t) => t.stores.progress);
    a?.getState().grade('gpt-2/c1', 3, 's');
    deliver();
    expect(b?.getState().cards['gpt-2/c1']?.reps).toBe(1);
    const stale = { ...(b?.getState() as NonNullable<ReturnType<NonNullable<typeof b>['getState']>>) };
    a?.getState().undo('s');
    a?.getState().merge({ log: stale.log, undone: stale.undone, quizzes: stale.quizzes });
    deliver();
    for (const s of [a, b]) {
      expect(s?.getState().cards['gpt-2/c1']).toBeUndefined();
      expect(Object.values(s?.getState().reviews ?? {}).flat()).toEqual([]);
    }
  });

  it('5. Undo after a merge deletes a card’s state: it replays the other tab’s review instead', () => {
    let t = t0;
    const { tabs, deliver } = createTabs(2, { now: () => new Date(t) });
    const [a, b] = tabs.map((x) => x.stores.progress);
    a?.getState().grade('gpt-2/c1', 3, 's');
    deliver();
    t += 60_000;
    b?.getState().grade('gpt-2/c1', 4, 't');
    deliver();
    expect(a?.getState().undo('s')).toBe('gpt-2/c1');
    deliver();
    const only = Object.values(a?.getState().reviews ?? {}).flat();
    expect(only).toHaveLength(1);
    for (const s of [a, b]) {
      expect(s?.getState().cards['gpt-2/c1']).toEqual(replayAll(only, new Set())['gpt-2/c1']);
      expect(s?.getState().cards['gpt-2/c1']?.reps).toBe(1);
    }
  });

  it('6. Undo reaches across sessions: each study session undoes only its own reviews', () => {
    const { grade, progress } = setUp();
    grade('gpt-2/c1', 3, t0, 'training');
    grade('gpt-2/c2', 3, t0 + 1000, 'language');
    expect(progress().undo('language')).toBe('gpt-2/c2');
    expect(progress().undo('language')).toBeUndefined();
    expect(progress().cards['gpt-2/c1']?.reps).toBe(1);
  });

  it('7. A newer version’s data is deleted: it is left alone, and this tab goes read-only', () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ version: PROGRESS_VERSION + 1, data: { anything: true } });
    storage.setItem(PROGRESS_KEY, newer);
    storage.setItem(logKey('2026-02'), newer);
    storage.writes = [];
    const { stores, grade } = setUp(storage);
    expect(stores.progress.getState().readOnly).toBe(true);
    expect(stores.status.getState().problems).toEqual([
      { kind: 'newer-version', version: PROGRESS_VERSION + 1 },
    ]);
    expect(grade('gpt-2/c1', 3, t0)).toBeUndefined();
    expect(stores.progress.getState().reset()).toBe(false);
    expect(storage.writes).toEqual([]);
    expect(storage.getItem(PROGRESS_KEY)).toBe(newer);
    expect(backups(storage)).toEqual([]);
  });

  it('7. … and a newer version written while this tab is open stops it writing', () => {
    const { tabs, storage, deliver } = createTabs(2, { now: () => new Date(t0) });
    const [a, b] = tabs.map((t) => t.stores);
    a?.progress.getState().grade('gpt-2/c1', 3, 's');
    deliver();
    const newer = JSON.stringify({ version: PROGRESS_VERSION + 1, data: {} });
    storage.setItem(PROGRESS_KEY, newer);
    storage.notify(0, PROGRESS_KEY);
    deliver();
    expect(b?.progress.getState().readOnly).toBe(true);
    expect(b?.progress.getState().grade('gpt-2/c2', 3, 's')).toBeUndefined();
    // A tab that has not heard yet finds out before its next write, and writes nothing.
    expect(a?.progress.getState().grade('gpt-2/c3', 3, 's')).toBeDefined();
    expect(a?.progress.getState().readOnly).toBe(true);
    expect(storage.getItem(PROGRESS_KEY)).toBe(newer);
  });

  it('8. One change from another tab rewrites every month: the other tab writes nothing at all', () => {
    let t = Date.UTC(2025, 0, 15, 9);
    const shared = createTabs(2, { now: () => new Date(t) });
    const [a, b] = shared.tabs.map((x) => x.stores.progress);
    for (let m = 0; m < 12; m++) {
      t = Date.UTC(2025, m, 15, 9);
      a?.getState().grade(`gpt-2/c${m + 1}`, 3, 's');
    }
    shared.deliver();
    shared.storage.writes = [];
    t = Date.UTC(2025, 11, 20, 9);
    a?.getState().grade('double-descent/c1', 3, 's');
    shared.deliver();
    expect(shared.storage.writes).toEqual([logKey('2025-12')]);
    expect(b?.getState().cards['double-descent/c1']?.reps).toBe(1);
  });

  it('9. A merge recomputes cards with today’s settings: each review keeps the retention that scheduled it', () => {
    let t = t0;
    const { tabs, deliver } = createTabs(2, { now: () => new Date(t) });
    const [a, b] = tabs.map((x) => x.stores);
    a?.progress.getState().grade('gpt-2/c1', 4, 's');
    const due = a?.progress.getState().cards['gpt-2/c1']?.due;
    a?.settings.getState().update({ retention: 0.8 });
    b?.settings.getState().update({ retention: 0.8 });
    t += 1000;
    b?.progress.getState().grade('gpt-2/c2', 4, 's');
    deliver();
    expect(a?.progress.getState().cards['gpt-2/c1']?.due).toBe(due);
    expect(b?.progress.getState().cards['gpt-2/c1']?.due).toBe(due);
    // The retention in force is stored with each review.
    const retentions = Object.values(a?.progress.getState().log ?? {})
      .flat()
      .map((e) => e.retention);
    expect(retentions).toEqual([0.9, 0.8]);
  });
});

describe('fixed: found by the adversarial browser test', () => {
  it('a second tab overwrites a finished quiz’s follow-ups: it cannot, it only ever adds', () => {
    const { tabs, deliver, open } = createTabs(2, { now: () => new Date(t0) });
    const [a, b] = tabs.map((x) => x.stores.progress);
    b?.getState().grade('gpt-2/c1', 3, 's');
    deliver();
    const quiz = {
      id: 'quiz1',
      at: t0,
      scope: 'Everything',
      score: 0,
      total: 1,
      durationMs: 1000,
      misses: [],
    };
    a?.getState().recordQuiz(quiz, ['double-descent/c1', 'double-descent/c2', 'gpt-2/c1']);
    // B is merely open; it hears A's writes, merges, and writes nothing back over them.
    deliver();
    const fresh = open().stores.progress.getState();
    expect(fresh.quizzes.map((q) => q.id)).toEqual(['quiz1']);
    expect(fresh.cards['double-descent/c1']).toMatchObject({ state: 0, pulled: t0 });
    expect(fresh.cards['double-descent/c2']).toMatchObject({ state: 0, pulled: t0 });
  });

  it('a review in the future of its card (clock set back) never crashes study: no "Invalid delta_t"', () => {
    const { grade, progress, clock } = setUp();
    grade('gpt-2/c1', 3, t0 + 24 * 86_400_000);
    clock.t = t0;
    expect(() =>
      progress().recordQuiz({ id: 'q1', at: t0, scope: 'x', score: 0, total: 1, durationMs: 1, misses: [] }, [
        'gpt-2/c1',
      ]),
    ).not.toThrow();
    expect(() => grade('gpt-2/c1', 1, t0)).not.toThrow();
    const s = progress();
    expect(s.cards).toEqual(replayAll(Object.values(s.log).flat(), new Set(s.undone)));
    for (const c of Object.values(s.cards)) expect(Number.isFinite(c.due)).toBe(true);
  });

  it('near-full storage drops a review silently: the notice stays until every part is written', () => {
    const { grade, storage, stores, reload } = setUp();
    grade('gpt-2/c1', 3, t0);
    // Room for a head, not for the month: the old rule cleared the notice on the head's success.
    storage.quota = storage.size() + 10;
    grade('gpt-2/c2', 3, t0 + 1000);
    expect(stores.status.getState().problems).toEqual([
      { kind: 'write-failed', detail: 'browser storage is full' },
    ]);
    storage.quota = Number.POSITIVE_INFINITY;
    grade('gpt-2/c3', 3, t0 + 2000);
    expect(stores.status.getState().problems).toEqual([]);
    const again = reload().progress.getState();
    expect(Object.values(again.log).flat()).toHaveLength(3);
    expect(Object.values(again.cards).reduce((n, c) => n + c.reps, 0)).toBe(3);
  });

  it('a Replace import too large to fit says so and leaves the old data as it was', async () => {
    const { applyImport } = await import('../../src/store/actions');
    const { grade, storage, stores, reload } = setUp();
    grade('gpt-2/c1', 3, t0);
    const before = storage.getItem(logKey('2026-02'));
    storage.quota = storage.size() + 50;
    const log: Record<string, LogEvent[]> = {
      '2026-01': Array.from({ length: 200 }, (_, i) =>
        ev(-30 * 86_400 + i * 60, 'gpt-2/c2', 3, `a${i.toString(36).padStart(5, '0')}`),
      ),
    };
    const result = applyImport(
      stores,
      {
        ok: true,
        progress: { log, undone: [], quizzes: [], actions: [] },
        summary: {
          reviews: 200,
          quizzes: 0,
          dropped: { duplicates: 0, future: 0, tooOld: 0, malformed: 0, foreignUndos: 0, futureQuizzes: 0 },
          unknownCards: 0,
        },
      },
      'replace',
      'big.json',
    );
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/does not fit.*nothing was changed/),
    });
    expect(storage.getItem(logKey('2026-02'))).toBe(before);
    expect(storage.getItem(logKey('2026-01'))).toBeNull();
    expect(Object.values(stores.progress.getState().log).flat()).toHaveLength(1);
    storage.quota = Number.POSITIVE_INFINITY;
    expect(Object.values(reload().progress.getState().log).flat()).toHaveLength(1);
  });

  it('recovery: after the head is set aside, every readable month rebuilds progress', () => {
    const { grade, storage, reload } = setUp();
    grade('gpt-2/c1', 3, Date.parse('2026-01-20T09:00:00Z'));
    grade('gpt-2/c2', 3, Date.parse('2026-02-20T09:00:00Z'));
    storage.setItem(PROGRESS_KEY, 'garbage');
    const again = reload();
    expect(Object.keys(again.progress.getState().cards).sort()).toEqual(['gpt-2/c1', 'gpt-2/c2']);
    // The next write makes a head for the same generation, and every month stays.
    again.progress.getState().grade('gpt-2/c3', 3, 's');
    const third = reload().progress.getState();
    expect(Object.keys(third.cards).sort()).toEqual(['gpt-2/c1', 'gpt-2/c2', 'gpt-2/c3']);
  });

  it('recovery: the "could not be read" notice is offered again on the next load, until deleted', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, '{not json');
    setUp(storage);
    const { stores } = setUp(storage);
    expect(stores.status.getState().problems).toEqual([
      expect.objectContaining({ kind: 'corrupt', key: PROGRESS_KEY, raw: '{not json', backupSaved: true }),
    ]);
  });
});

describe('two tabs', () => {
  it('grading in both merges to the union, each card replayed in time order', () => {
    let t = t0;
    const { tabs, deliver } = createTabs(2, { now: () => new Date(t) });
    const [a, b] = tabs.map((x) => x.stores.progress);
    a?.getState().grade('gpt-2/c1', 3, 's');
    t += 600_000;
    b?.getState().grade('gpt-2/c2', 4, 's');
    t += 50_000;
    b?.getState().grade('gpt-2/c1', 1, 's');
    t += 50_000;
    a?.getState().grade('gpt-2/c1', 3, 's');
    deliver();
    const events = Object.values(a?.getState().log ?? {}).flat();
    expect(events).toHaveLength(4);
    expect(a?.getState().cards).toEqual(b?.getState().cards);
    expect(a?.getState().cards).toEqual(replayAll(events, new Set()));
  });

  it('a reset in another tab wins: a stale tab adopts it rather than bringing progress back', () => {
    const { tabs, deliver, storage } = createTabs(2, { now: () => new Date(t0) });
    const [a, b] = tabs.map((x) => x.stores.progress);
    a?.getState().grade('gpt-2/c1', 3, 's');
    deliver();
    a?.getState().reset();
    // B has not heard yet; its next grade finds the new generation first and adopts it.
    b?.getState().grade('gpt-2/c2', 3, 's');
    expect(b?.getState().generation).toBe(a?.getState().generation);
    expect(b?.getState().cards).toEqual({});
    expect(
      Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k) =>
        k?.startsWith(LOG_PREFIX),
      ),
    ).toEqual([]);
  });
});
