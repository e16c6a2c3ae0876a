// Model-based: two or three tabs over one storage do random grades, undos, quiz misses, resets, imports, settings
// changes and syncs; after every step each tab's cards are the replay of its log, and nothing logged is lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CardAction, replayActions } from '../../src/engine/card-actions';
import { FORGET, type LogEvent, replayAll } from '../../src/engine/replay';
import { applyImport, exportProgress } from '../../src/store/actions';
import { parseImport } from '../../src/store/export-file';
import { mergeProgress } from '../../src/store/merge';
import type { ProgressData } from '../../src/store/progress-schema';
import { reviewAt } from '../log-events';
import { createTabs, type Tabs } from '../memory-storage';

const CARDS = ['double-descent/c1', 'double-descent/c2', 'gpt-2/c1', 'gpt-2/c2', 'early-stopping/c1'];
const start = Date.parse('2026-03-01T09:00:00Z');

interface World {
  tabs: Tabs;
  clock: { t: number };
  /** Ids a tab logged and kept in its generation: generation → ids. */
  logged: Map<string, Set<string>>;
  /** Reviews undone, by the generation they were undone in: a Replace restores exactly what its file holds. */
  undone: Map<string, Set<string>>;
  /** Each tab's tombstones after the last step, with the generation they belong to. */
  tombstones: Map<number, { generation: string; ids: Set<string> }>;
}

const events = (p: Pick<ProgressData, 'log'>): LogEvent[] => Object.values(p.log).flat();
const state = (world: World, tab: number) => world.tabs.tabs[tab]?.stores.progress.getState();

/** The invariants that hold after every step, in every tab. */
function check(world: World) {
  world.tabs.tabs.forEach((tab, i) => {
    const s = tab.stores.progress.getState();
    // Cards are exactly the replay of the log minus tombstones: no rule patches them.
    expect(s.cards).toEqual(replayAll(events(s), new Set(s.undone)));
    // Marks and notes are exactly the replay of the card actions minus tombstones.
    const replayed = replayActions(s.actions, new Set(s.undone));
    expect(s.marks).toEqual(replayed.marks);
    expect(s.notes).toEqual(replayed.notes);
    // A tab never loses a tombstone within a generation: an undone review never comes back.
    const before = world.tombstones.get(i);
    if (before && before.generation === s.generation)
      for (const id of before.ids) expect(s.undone).toContain(id);
    world.tombstones.set(i, { generation: s.generation, ids: new Set(s.undone) });
    for (const e of Object.values(s.reviews).flat()) expect(s.undone).not.toContain(e.id);
  });
}

/** After every tab has heard every write: all agree, and nothing logged and kept is missing. */
function checkSynced(world: World) {
  world.tabs.deliver();
  const [first, ...rest] = world.tabs.tabs.map((t) => t.stores.progress.getState());
  if (!first) return;
  const ids = (s: typeof first) =>
    events(s)
      .map((e) => e.id)
      .sort();
  for (const s of rest) {
    expect(s.generation).toBe(first.generation);
    expect(ids(s)).toEqual(ids(first));
    expect([...s.undone].sort()).toEqual([...first.undone].sort());
    expect(s.quizzes.map((q) => q.id).sort()).toEqual(first.quizzes.map((q) => q.id).sort());
    expect(s.cards).toEqual(first.cards);
    expect(s.actions.map((a) => a.id)).toEqual(first.actions.map((a) => a.id));
    expect(s.marks).toEqual(first.marks);
    expect(s.notes).toEqual(first.notes);
  }
  const undone = world.undone.get(first.generation) ?? new Set();
  for (const e of Object.values(first.reviews).flat()) expect(undone.has(e.id)).toBe(false);
  const kept = world.logged.get(first.generation) ?? new Set();
  const have = new Set([...ids(first), ...first.actions.map((a) => a.id)]);
  for (const id of kept) expect(have.has(id)).toBe(true);
  // A tab opened now (a reload) reads the same thing from storage.
  const reloaded = world.tabs.open();
  const r = reloaded.stores.progress.getState();
  expect(ids(r)).toEqual(ids(first));
  expect(r.cards).toEqual(first.cards);
  expect(r.marks).toEqual(first.marks);
  expect(r.notes).toEqual(first.notes);
  reloaded.sync.dispose();
  world.tabs.tabs.pop();
}

const remember = (world: World, tab: number, id: string | undefined) => {
  const s = state(world, tab);
  if (!id || !s || !(events(s).some((e) => e.id === id) || s.actions.some((a) => a.id === id))) return;
  const set = world.logged.get(s.generation) ?? new Set();
  set.add(id);
  world.logged.set(s.generation, set);
};

type Command = fc.Command<object, World>;
const cmd = (name: string, run: (w: World) => void): Command => ({
  check: () => true,
  run: (_m, w) => {
    run(w);
    check(w);
  },
  toString: () => name,
});

const tabArb = (n: number) => fc.nat({ max: n - 1 });

function commands(n: number) {
  return [
    fc
      .record({
        tab: tabArb(n),
        card: fc.constantFrom(...CARDS),
        grade: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>,
        session: fc.constantFrom('s1', 's2'),
      })
      .map(({ tab, card, grade, session }) =>
        cmd(`grade(${tab}, ${card}, ${grade}, ${session})`, (w) => {
          const id = state(w, tab)?.grade(card, grade, `${tab}:${session}`);
          remember(w, tab, id);
        }),
      ),
    fc
      .record({ tab: tabArb(n), card: fc.constantFrom(...CARDS), session: fc.constantFrom('s1', 's2') })
      .map(({ tab, card, session }) =>
        cmd(`forget(${tab}, ${card}, ${session})`, (w) => {
          const generation = state(w, tab)?.generation;
          const id = state(w, tab)?.forget(card, `${tab}:${session}`);
          remember(w, tab, id);
          // Unless writing it met another tab's reset (adopted, as two tabs do), the card is new again.
          const s = state(w, tab);
          if (id && s?.generation === generation) expect(s?.cards[card]?.state).toBe(0);
        }),
      ),
    fc
      .record({
        tab: tabArb(n),
        card: fc.constantFrom(...CARDS),
        kind: fc.constantFrom(
          'suspend',
          'unsuspend',
          'bury',
          'unbury',
          'flag',
          'unflag',
          'restore',
        ) as fc.Arbitrary<Extract<CardAction, { kind: 'suspend' }>['kind']>,
        session: fc.constantFrom('s1', 's2'),
      })
      .map(({ tab, card, kind, session }) =>
        cmd(`mark(${tab}, ${card}, ${kind}, ${session})`, (w) => {
          remember(w, tab, state(w, tab)?.mark(card, kind, `${tab}:${session}`));
        }),
      ),
    fc
      .record({ tab: tabArb(n), card: fc.constantFrom(...CARDS), word: fc.string({ maxLength: 8 }) })
      .map(({ tab, card, word }) =>
        cmd(`edit(${tab}, ${card}, ${JSON.stringify(word)})`, (w) => {
          const text = { prompt: `Q ${word}`, answer: `A ${word}`, why: word };
          const original = { prompt: 'Q', answer: 'A', why: '' };
          remember(w, tab, state(w, tab)?.edit(card, text, original, `${tab}:s1`));
        }),
      ),
    fc
      .record({
        tab: tabArb(n),
        concept: fc.constantFrom('gpt-2', 'double-descent'),
        text: fc.string({ maxLength: 12 }),
      })
      .map(({ tab, concept, text }) =>
        cmd(`note(${tab}, ${concept}, ${JSON.stringify(text)})`, (w) => {
          remember(w, tab, state(w, tab)?.note(concept, text));
        }),
      ),
    fc.record({ tab: tabArb(n), session: fc.constantFrom('s1', 's2') }).map(({ tab, session }) =>
      cmd(`undo(${tab}, ${session})`, (w) => {
        const s = state(w, tab);
        const before = new Set(s?.undone);
        s?.undo(`${tab}:${session}`);
        const after = state(w, tab);
        if (!after) return;
        const set = w.undone.get(after.generation) ?? new Set();
        for (const id of after.undone) if (!before.has(id)) set.add(id);
        w.undone.set(after.generation, set);
      }),
    ),
    fc.record({ tab: tabArb(n), cards: fc.subarray(CARDS, { minLength: 1 }) }).map(({ tab, cards }) =>
      cmd(`quiz-miss(${tab}, ${cards.join(' ')})`, (w) => {
        const id = `q${w.clock.t.toString(36)}${tab}`;
        state(w, tab)?.recordQuiz(
          { id, at: w.clock.t, scope: 'Everything', score: 0, total: 1, durationMs: 1000, misses: [] },
          cards,
        );
        const s = state(w, tab);
        if (s) for (const e of events(s)) if (e.grade === 0) remember(w, tab, e.id);
      }),
    ),
    tabArb(n).map((tab) =>
      cmd(`reset(${tab})`, (w) => {
        state(w, tab)?.reset();
      }),
    ),
    fc
      .record({
        from: tabArb(n),
        to: tabArb(n),
        mode: fc.constantFrom('replace', 'merge') as fc.Arbitrary<'replace' | 'merge'>,
      })
      .map(({ from, to, mode }) =>
        cmd(`import(${from} → ${to}, ${mode})`, (w) => {
          const source = w.tabs.tabs[from]?.stores;
          const target = w.tabs.tabs[to]?.stores;
          if (!source || !target) return;
          const parsed = parseImport(
            exportProgress(source, new Date(w.clock.t)).text,
            new Date(w.clock.t),
            () => true,
          );
          if (!parsed.ok) throw new Error(parsed.message);
          applyImport(target, parsed, mode, 'file.json');
          const s = target.progress.getState();
          if (mode === 'replace') {
            // After Replace the log is the file's log exactly.
            expect(
              events(s)
                .map((e) => e.id)
                .sort(),
            ).toEqual(
              events(parsed.progress)
                .map((e) => e.id)
                .sort(),
            );
          }
          for (const e of events(s)) remember(w, to, e.id);
        }),
      ),
    fc
      .record({ tab: tabArb(n), retention: fc.constantFrom(0.8, 0.85, 0.9, 0.95) })
      .map(({ tab, retention }) =>
        cmd(`retention(${tab}, ${retention})`, (w) => {
          const s = w.tabs.tabs[tab]?.stores;
          const before = s?.progress.getState().cards;
          s?.settings.getState().update({ retention });
          // A settings change never moves a past interval.
          expect(s?.progress.getState().cards).toBe(before);
        }),
      ),
    fc
      .record({ tab: tabArb(n), steps: fc.constantFrom('1m 10m', '5m', '', '2m 15m 1h') })
      .map(({ tab, steps }) =>
        cmd(`learning-steps(${tab}, ${JSON.stringify(steps)})`, (w) => {
          const s = w.tabs.tabs[tab]?.stores;
          const before = s?.progress.getState().cards;
          s?.settings.getState().update({ learningSteps: steps });
          expect(s?.progress.getState().cards).toBe(before);
        }),
      ),
    fc.integer({ min: 1, max: 3 * 86_400 }).map((seconds) =>
      cmd(`wait(${seconds}s)`, (w) => {
        w.clock.t += seconds * 1000;
      }),
    ),
    fc.constant(cmd('sync', (w) => checkSynced(w))),
  ];
}

function world(n: number, seed: number): World {
  const clock = { t: start };
  let r = seed;
  const random = () => {
    r = (r * 16807) % 2147483647;
    return r / 2147483647;
  };
  return {
    tabs: createTabs(n, { now: () => new Date(clock.t), random }),
    clock,
    logged: new Map(),
    undone: new Map(),
    tombstones: new Map(),
  };
}

describe('progress across tabs (model-based)', () => {
  it('cards are always the replay of the log; synced tabs agree; nothing kept is lost; undos stay undone', () => {
    let runs = 0;
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 3 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.commands(commands(n), { maxCommands: 60 }),
              fc.integer({ min: 1, max: 1e9 }),
            ),
          ),
        ([n, cmds, seed]) => {
          runs++;
          const w = world(n, seed);
          fc.modelRun(() => ({ model: {}, real: w }), cmds);
          checkSynced(w);
          w.tabs.dispose();
        },
      ),
      { numRuns: Number(process.env.PROGRESS_RUNS ?? 300) },
    );
    expect(runs).toBeGreaterThanOrEqual(Number(process.env.PROGRESS_RUNS ?? 300));
  });
});

// Pure merge properties over arbitrary copies of one generation's log.
const eventArb: fc.Arbitrary<LogEvent> = fc
  .record({
    second: fc.integer({ min: 0, max: 90 * 86_400 }),
    rand: fc.stringMatching(/^[0-9a-z]{6}$/),
    card: fc.constantFrom(...CARDS),
    grade: fc.constantFrom(FORGET, 0, 1, 2, 3, 4) as fc.Arbitrary<LogEvent['grade']>,
  })
  .map(({ second, rand, card, grade }) => reviewAt(start, second, card, grade, rand));

const actionArb: fc.Arbitrary<CardAction> = fc
  .record({
    second: fc.integer({ min: 0, max: 90 * 86_400 }),
    rand: fc.stringMatching(/^[0-9a-z]{6}$/),
    card: fc.constantFrom(...CARDS),
    kind: fc.constantFrom('suspend', 'unsuspend', 'bury', 'unbury', 'flag', 'unflag', 'restore', 'note'),
  })
  .map(({ second, rand, card, kind }): CardAction => {
    const at = start + second * 1000;
    const id = `${Math.floor(at / 1000).toString(36)}${rand}`;
    return kind === 'note'
      ? { id, at, target: card.split('/')[0] as string, kind, note: rand }
      : { id, at, target: card, kind: kind as Extract<CardAction, { kind: 'flag' }>['kind'] };
  });

const copyArb = (pool: LogEvent[], actionPool: CardAction[] = []) =>
  fc
    .record({
      events: fc.subarray(pool),
      actions: fc.subarray(actionPool),
      undone: fc.subarray([...pool.map((e) => e.id), ...actionPool.map((a) => a.id)], {
        maxLength: Math.min(4, pool.length + actionPool.length),
      }),
    })
    .map(({ events: list, actions, undone }): ProgressData => {
      const log: Record<string, LogEvent[]> = {};
      for (const e of [...list].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))) {
        const m = new Date(e.at).toISOString().slice(0, 7);
        const month = m;
        const list = log[month];
        if (list) list.push(e);
        else log[month] = [e];
      }
      const sorted = [...actions].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
      return { generation: 'g', log, undone, quizzes: [], actions: sorted };
    });

const canonical = (p: ProgressData) => ({
  ids: events(p)
    .map((e) => e.id)
    .sort(),
  undone: [...new Set(p.undone)].sort(),
  cards: replayAll(events(p), new Set(p.undone)),
  actions: p.actions.map((a) => a.id),
  marks: replayActions(p.actions, new Set(p.undone)),
});

describe('merge is a union', () => {
  const copies = fc
    .tuple(
      fc.uniqueArray(eventArb, { selector: (e) => e.id, minLength: 1, maxLength: 30 }),
      fc.uniqueArray(actionArb, { selector: (a) => a.id, maxLength: 12 }),
    )
    .chain(([pool, actionPool]) =>
      fc.tuple(copyArb(pool, actionPool), copyArb(pool, actionPool), copyArb(pool, actionPool)),
    );

  it('is commutative, associative and idempotent, and loses no event', () => {
    fc.assert(
      fc.property(copies, ([a, b, c]) => {
        const ab = mergeProgress(a, b).data;
        const ba = mergeProgress(b, a).data;
        expect(canonical(ab)).toEqual(canonical(ba));
        const abC = mergeProgress(ab, c).data;
        const aBC = mergeProgress(a, mergeProgress(b, c).data).data;
        expect(canonical(abC)).toEqual(canonical(aBC));
        expect(mergeProgress(ab, b).data).toBe(ab);
        expect(mergeProgress(ab, ab).data).toBe(ab);
        const all = new Set([...events(a), ...events(b)].map((e) => e.id));
        expect(new Set(events(ab).map((e) => e.id))).toEqual(all);
        const allActions = new Set([...a.actions, ...b.actions].map((x) => x.id));
        expect(new Set(ab.actions.map((x) => x.id))).toEqual(allActions);
      }),
      { numRuns: 500 },
    );
  });
});
