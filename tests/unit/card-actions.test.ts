// Card actions beside the log (suspend, bury, flag, edit, notes), Forget, leeches, the review cap and learning
// steps: the engine's rules and the store that keeps them.
import { describe, expect, it } from 'vitest';
import { buriedUntil, isBuried, isSuspended, replayActions } from '../../src/engine/card-actions';
import { nextStudyDayStart, studyDayStart } from '../../src/engine/day';
import { nextCard, queueCounts } from '../../src/engine/queue';
import { FORGET, LEECH_LAPSES, replayCard } from '../../src/engine/replay';
import type { StoredCard } from '../../src/engine/scheduler';
import { applyImport, exportProgress } from '../../src/store/actions';
import { parseImport } from '../../src/store/export-file';
import { decodeChunk, encodeChunk } from '../../src/store/log-codec';
import { migrateHead } from '../../src/store/migrations';
import { countsFor, queueFor, type StudyToday } from '../../src/store/selectors';
import { createStores } from '../../src/store/stores';
import { reviewAt } from '../log-events';
import { MemoryStorage } from '../memory-storage';

const t0 = Date.parse('2026-02-10T09:00:00Z');
const A = 'double-descent/c1';
const B = 'gpt-2/c1';
const C = 'early-stopping/c1';

function setUp(storage = new MemoryStorage()) {
  const clock = { t: t0 };
  const stores = createStores({ storage, now: () => new Date(clock.t) });
  const progress = () => stores.progress.getState();
  const today = (): StudyToday => {
    const s = progress();
    const settings = stores.settings.getState();
    return {
      cards: s.cards,
      marks: s.marks,
      reviews: s.reviews,
      now: clock.t,
      day: {
        dayStart: studyDayStart(new Date(clock.t), settings.dayStartHour).getTime(),
        dayEnd: nextStudyDayStart(new Date(clock.t), settings.dayStartHour).getTime(),
      },
      newPerDay: settings.newPerDay,
      reviewsPerDay: settings.reviewsPerDay,
      dayStartHour: settings.dayStartHour,
      topicOrder: settings.topicOrder,
    };
  };
  const reload = () => createStores({ storage, now: () => new Date(clock.t) });
  return { storage, clock, stores, progress, today, reload };
}

describe('suspended and buried cards leave the queue', () => {
  it('a suspended card is never picked nor counted until unsuspended', () => {
    const { progress, today } = setUp();
    progress().mark(A, 'suspend');
    const input = queueFor([A, B, C], today());
    expect(input.cards).toEqual([B, C]);
    expect(nextCard(input)).toBe(B);
    expect(countsFor([A, B, C], today()).new).toBe(2);
    progress().mark(A, 'unsuspend');
    expect(nextCard(queueFor([A, B, C], today()))).toBe(A);
  });

  it('a buried card comes back when the next study day starts, not 24 hours later', () => {
    const { progress, today, clock, stores } = setUp();
    const hour = stores.settings.getState().dayStartHour;
    progress().mark(A, 'bury');
    expect(queueFor([A, B], today()).cards).toEqual([B]);
    const until = buriedUntil(clock.t, hour);
    expect(until).toBe(nextStudyDayStart(new Date(clock.t), hour).getTime());
    clock.t = until - 1000;
    expect(isBuried(progress().marks.get(A), clock.t, hour)).toBe(true);
    clock.t = until;
    expect(queueFor([A, B], today()).cards).toEqual([A, B]);
  });

  it('unbury brings it back at once', () => {
    const { progress, today } = setUp();
    progress().mark(A, 'bury');
    progress().mark(A, 'unbury');
    expect(queueFor([A, B], today()).cards).toEqual([A, B]);
  });
});

describe('the daily review cap', () => {
  const review = (due: number): StoredCard => ({
    due,
    stability: 10,
    difficulty: 5,
    elapsedDays: 10,
    scheduledDays: 10,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state: 2,
    lastReview: due - 10 * 86_400_000,
  });
  const now = t0;
  const states = { r1: review(now - 3000), r2: review(now - 2000), r3: review(now - 1000) };
  const base = { cards: ['r1', 'r2', 'r3', 'n1', 'n2'], states, now, dayEnd: now + 3_600_000, newLeft: 20 };

  it('shows due reviews up to the cap, and new cards only while the cap leaves room after them', () => {
    expect(queueCounts({ ...base, reviewsLeft: 2 })).toEqual({ learning: 0, review: 2, new: 0 });
    expect(queueCounts({ ...base, reviewsLeft: 4 })).toEqual({ learning: 0, review: 3, new: 1 });
    expect(queueCounts({ ...base, reviewsLeft: 200 })).toEqual({ learning: 0, review: 3, new: 2 });
    expect(nextCard({ ...base, reviewsLeft: 1 })).toBe('r1');
    expect(nextCard({ ...base, reviewsLeft: 0 })).toBeUndefined();
    // With every due review done, the room left goes to new cards.
    expect(nextCard({ ...base, cards: ['n1'], reviewsLeft: 1 })).toBe('n1');
  });

  it('counts today’s reviews and new cards against "Reviews per day"', () => {
    const { progress, stores, today, clock } = setUp();
    stores.settings.getState().update({ reviewsPerDay: 2 });
    progress().grade(A, 3);
    clock.t += 60_000;
    progress().grade(B, 3);
    // Two new cards introduced today use up a cap of two: no third new card, learning steps still come.
    expect(queueFor([A, B, C], today()).reviewsLeft).toBe(0);
    expect(countsFor([A, B, C], today()).new).toBe(0);
  });
});

describe('leeches', () => {
  it('the 8th lapse tags the card a leech and suspends it; unsuspending keeps the tag', () => {
    const { progress, clock, today } = setUp();
    const day = 86_400_000;
    progress().grade(A, 4);
    let lapses = 0;
    // Each round: wait until due, lapse (Again) and relearn (Good).
    for (let round = 0; round < 20 && lapses < LEECH_LAPSES; round++) {
      clock.t = Math.max(clock.t + 60_000, (progress().cards[A] as StoredCard).due);
      const state = progress().cards[A]?.state;
      progress().grade(A, state === 2 ? 1 : 3);
      lapses = progress().cards[A]?.lapses ?? 0;
      if (lapses < LEECH_LAPSES) expect(progress().cards[A]?.leechAt).toBeUndefined();
      clock.t += day;
    }
    const card = progress().cards[A];
    expect(card?.lapses).toBe(LEECH_LAPSES);
    expect(card?.leechAt).toBeDefined();
    expect(isSuspended(progress().marks.get(A), card)).toBe(true);
    expect(queueFor([A, B], today()).cards).toEqual([B]);
    progress().mark(A, 'unsuspend');
    expect(isSuspended(progress().marks.get(A), progress().cards[A])).toBe(false);
    expect(progress().cards[A]?.leechAt).toBeDefined();
  });
});

describe('learning steps', () => {
  const gradeNew = (steps: string | undefined, grade: 1 | 3) =>
    replayCard(A, [{ ...reviewAt(t0, 0, A, grade), ...(steps === undefined ? {} : { steps }) }]);
  it('schedule a new card by the steps in force when it was graded', () => {
    expect(gradeNew(undefined, 1)?.due).toBe(t0 + 60_000);
    expect(gradeNew(undefined, 3)?.due).toBe(t0 + 10 * 60_000);
    expect(gradeNew('2m 15m', 3)?.due).toBe(t0 + 15 * 60_000);
    expect(gradeNew('2m 15m', 1)?.due).toBe(t0 + 2 * 60_000);
    // No steps: Good goes straight to review, days away.
    const direct = gradeNew('', 3);
    expect(direct?.state).toBe(2);
    expect((direct?.due ?? 0) - t0).toBeGreaterThanOrEqual(86_400_000);
  });

  it('the setting applies to new grades only, and each review keeps its steps through storage', () => {
    const { progress, stores, reload } = setUp();
    progress().grade(A, 3);
    stores.settings.getState().update({ learningSteps: '2m 15m' });
    progress().grade(B, 3);
    expect(progress().cards[A]?.due).toBe(t0 + 10 * 60_000);
    expect(progress().cards[B]?.due).toBe(t0 + 15 * 60_000);
    const again = reload().progress.getState();
    expect(again.cards[A]?.due).toBe(t0 + 10 * 60_000);
    expect(again.cards[B]?.due).toBe(t0 + 15 * 60_000);
  });
});

describe('Forget', () => {
  it('puts a studied card back to new, is undoable, and its history stays in the log', () => {
    const { progress, clock } = setUp();
    progress().grade(A, 3, 's');
    clock.t += 60_000;
    const before = progress().cards[A];
    expect(progress().forget(A, 's')).toBeDefined();
    expect(progress().cards[A]?.state).toBe(0);
    expect(progress().cards[A]?.reps).toBe(0);
    expect(Object.values(progress().log).flat()).toHaveLength(2);
    expect(progress().nextUndo('s')).toEqual({ card: A, kind: 'forget' });
    expect(progress().undo('s')).toBe(A);
    expect(progress().cards[A]).toEqual(before);
  });

  it('does nothing to a card that is new already', () => {
    const { progress } = setUp();
    expect(progress().forget(A)).toBeUndefined();
    expect(progress().log).toEqual({});
  });

  it('round-trips through the month encoding with its state before and any learning steps', () => {
    const events = [
      { ...reviewAt(t0, 0, A, 3), steps: '2m 15m' },
      { ...reviewAt(t0, 60, A, FORGET, 'zzzzzz'), state: 1 as const },
    ];
    expect(decodeChunk('2026-02', encodeChunk('2026-02', 'g', events))).toEqual(events);
  });
});

describe('card actions are undoable and kept', () => {
  it('every action undoes in the order done, and survives a reload', () => {
    const { progress, reload } = setUp();
    progress().mark(A, 'suspend', 's');
    progress().mark(A, 'flag', 's');
    progress().edit(A, { prompt: 'P', answer: 'Q', why: '' }, { prompt: 'p', answer: 'a', why: '' }, 's');
    expect(progress().nextUndo('s')).toEqual({ card: A, kind: 'edit' });
    progress().undo('s');
    expect(progress().marks.get(A)?.edit).toBeUndefined();
    expect(progress().marks.get(A)?.flagged).toBe(true);
    const again = reload().progress.getState();
    expect(again.marks.get(A)?.flagged).toBe(true);
    expect(again.marks.get(A)?.suspension?.suspended).toBe(true);
    expect(again.marks.get(A)?.edit).toBeUndefined();
  });

  it('a note is kept per concept and an empty one clears it', () => {
    const { progress, clock, reload } = setUp();
    progress().note('gpt-2', 'Ask about the staged release');
    expect(progress().notes.get('gpt-2')?.text).toBe('Ask about the staged release');
    clock.t += 1000;
    expect(reload().progress.getState().notes.get('gpt-2')?.text).toBe('Ask about the staged release');
    progress().note('gpt-2', '');
    expect(progress().notes.has('gpt-2')).toBe(false);
  });

  it('actions replay the same whatever order they arrive in', () => {
    const { progress, clock } = setUp();
    progress().mark(A, 'flag');
    clock.t += 1000;
    progress().mark(A, 'unflag');
    const actions = progress().actions;
    expect(replayActions([...actions].reverse(), new Set()).marks).toEqual(progress().marks);
  });

  it('export and import (Merge and Replace) carry actions and notes', () => {
    const one = setUp();
    one.progress().mark(A, 'suspend');
    one.progress().edit(A, { prompt: 'Mine', answer: 'Yes', why: '' }, { prompt: 'p', answer: 'a', why: '' });
    one.progress().note('gpt-2', 'A note');
    const file = exportProgress(one.stores, new Date(one.clock.t + 10_000)).text;
    for (const mode of ['merge', 'replace'] as const) {
      const two = setUp();
      const parsed = parseImport(file, new Date(one.clock.t + 10_000), () => true);
      if (!parsed.ok) throw new Error(parsed.message);
      expect(applyImport(two.stores, parsed, mode, 'f.json').ok).toBe(true);
      expect(two.progress().marks).toEqual(one.progress().marks);
      expect(two.progress().notes).toEqual(one.progress().notes);
    }
  });

  it('an import whose action is malformed is refused whole, naming the problem', () => {
    const one = setUp();
    one.progress().mark(A, 'flag');
    const file = JSON.parse(exportProgress(one.stores, new Date(one.clock.t + 10_000)).text);
    file.actions[0].kind = 'delete-everything';
    const parsed = parseImport(JSON.stringify(file), new Date(one.clock.t + 10_000), () => true);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/actions\.0/);
  });
});

describe('stored progress v2 → v3', () => {
  it('a v2 head gains an empty list of actions', () => {
    expect(
      migrateHead({ generation: 'g', undone: [], quizzes: [] }, 2, { generation: 'g', retention: 0.9 }),
    ).toEqual({
      generation: 'g',
      undone: [],
      quizzes: [],
      actions: [],
    });
  });

  it('a v2 store loads with its reviews and is rewritten as v3', () => {
    const storage = new MemoryStorage();
    const e = reviewAt(t0, 0, A, 3);
    storage.setItem(
      'descent:progress',
      JSON.stringify({ version: 2, data: { generation: 'first', undone: [], quizzes: [] } }),
    );
    storage.setItem(
      'descent:log:2026-02',
      JSON.stringify({ version: 2, data: encodeChunk('2026-02', 'first', [e]) }),
    );
    const { progress } = setUp(storage);
    expect(progress().cards[A]?.reps).toBe(1);
    expect(storage.getItem('descent:progress')).toMatch(/^\{"version":3,/);
  });
});
