// Review events for tests: what the store logs, with an id tied to its time as the schema requires.
import type { LogEvent } from '../src/engine/replay';
import type { ImportResult } from '../src/store/export-file';

/** A review `seconds` after `start` (epoch ms), graded Good by default, at retention 0.9. */
export function reviewAt(
  start: number,
  seconds: number,
  card: string,
  grade: LogEvent['grade'] = 3,
  rand = 'abcdef',
): LogEvent {
  const at = start + seconds * 1000;
  return {
    id: `${Math.floor(at / 1000).toString(36)}${rand}`,
    card,
    grade,
    state: 0,
    at,
    retention: 0.9,
    weights: 1,
  };
}

/** A parsed import holding just this log, nothing dropped. */
export const importOf = (log: Record<string, LogEvent[]>): Extract<ImportResult, { ok: true }> => ({
  ok: true,
  progress: { log, undone: [], quizzes: [], actions: [] },
  summary: {
    reviews: Object.values(log).flat().length,
    quizzes: 0,
    dropped: { duplicates: 0, future: 0, tooOld: 0, malformed: 0, foreignUndos: 0, futureQuizzes: 0 },
    unknownCards: 0,
  },
});
