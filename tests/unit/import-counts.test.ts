// Found by review: counts and imports that disagree with "reviews of unknown cards are kept aside, not counted".
import { cardKeys } from 'virtual:deck-index';
import { describe, expect, it } from 'vitest';
import { nextStudyDayStart, studyDayStart } from '../../src/engine/day';
import type { LogEvent } from '../../src/engine/replay';
import { forecast } from '../../src/engine/stats';
import { applyImport } from '../../src/store/actions';
import { buildExport, parseImport } from '../../src/store/export-file';
import { defaultSettings } from '../../src/store/progress-schema';
import { countsFor } from '../../src/store/selectors';
import { createStores } from '../../src/store/stores';
import { MemoryStorage } from '../memory-storage';

const now = new Date('2026-02-10T15:00:00Z');
const known = new Set(cardKeys);
const ev = (minutesAgo: number, card: string, rand: string): LogEvent => {
  const at = Math.floor(now.getTime() / 1000) * 1000 - minutesAgo * 60_000;
  return {
    id: `${Math.floor(at / 1000).toString(36)}${rand}`,
    card,
    grade: 3,
    state: 0,
    at,
    retention: 0.9,
    weights: 1,
  };
};

/** A file exported today on a device whose deck has 20 cards this one lacks, each studied today. */
function fileWithUnknownCards() {
  const reviews = Array.from({ length: 20 }, (_, i) =>
    ev(30 + i, `newer-concept/c${i}`, `u${String(i).padStart(5, '0')}`),
  );
  return JSON.stringify({
    ...buildExport({ generation: 'g', log: {}, undone: [], quizzes: [], actions: [] }, defaultSettings, now),
    reviews,
  });
}

describe('reviews of cards the deck does not have are "kept, but not counted"', () => {
  const setUp = () => {
    const stores = createStores({ storage: new MemoryStorage(), now: () => now });
    const parsed = parseImport(fileWithUnknownCards(), now, (k) => known.has(k));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.summary).toMatchObject({ reviews: 0, unknownCards: 20 });
    applyImport(stores, parsed, 'merge', 'other-device.json');
    return stores;
  };

  it('they do not use up today’s new-card allowance ("New cards available today")', () => {
    const stores = setUp();
    const day = {
      dayStart: studyDayStart(now, 4).getTime(),
      dayEnd: nextStudyDayStart(now, 4).getTime(),
    };
    const { cards, marks, reviews } = stores.progress.getState();
    const counts = countsFor(cardKeys, {
      cards,
      marks,
      reviews,
      now: now.getTime(),
      day,
      newPerDay: 20,
      reviewsPerDay: 200,
      dayStartHour: 4,
    });
    expect(counts.new).toBe(20);
  });

  it('they are not in the due forecast', () => {
    const stores = setUp();
    const total = forecast(stores.progress.getState().cards, now, 4, 30).reduce((n, d) => n + d.count, 0);
    expect(total).toBe(0);
  });
});

describe('import reports everything it leaves out', () => {
  it('a quiz dated after the import time is counted as left out, not dropped silently', () => {
    const later = now.getTime() + 86_400_000;
    const text = JSON.stringify({
      ...buildExport(
        { generation: 'g', log: {}, undone: [], quizzes: [], actions: [] },
        defaultSettings,
        now,
      ),
      reviews: [ev(5, 'gpt-2/c1', 'aaaaaa')],
      quizzes: [
        {
          id: 'quiz-future',
          at: later,
          scope: 'Everything',
          score: 1,
          total: 2,
          durationMs: 1000,
          misses: [],
        },
      ],
    });
    const parsed = parseImport(text, now, (k) => known.has(k));
    if (!parsed.ok) throw new Error(parsed.message);
    const { dropped, quizzes } = parsed.summary;
    const left = Object.values(dropped).reduce((n, x) => n + x, 0);
    expect(quizzes + left).toBeGreaterThanOrEqual(1);
  });
});
