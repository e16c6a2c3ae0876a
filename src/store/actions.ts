// Actions that touch several stores: finishing a quiz, import, export, reset. Components call these, nothing more.
import { deck } from '../content/deck';
import { answerOf, cardsToRevisit, type Question } from '../engine/quiz';
import { buildExport, exportFileName, type ImportResult } from './export-file';
import type { ProgressData } from './progress-schema';
import type { QuizSession } from './quiz-session';
import { settingsOf } from './settings';
import type { Stores } from './stores';

const progressData = (stores: Stores): ProgressData => {
  const { generation, log, undone, quizzes, actions } = stores.progress.getState();
  return { generation, log, undone, quizzes, actions };
};

export interface QuizOutcome {
  misses: { q: Question }[];
  missedConcepts: string[];
  /** Cards of the missed concepts: each comes up next in study (due now, or first in the new-card line). */
  revisit: string[];
}

export function quizOutcome(session: QuizSession): QuizOutcome {
  const misses = session.questions
    .map((q, i) => ({ q, a: session.answers[i] }))
    .filter((x) => x.a !== undefined && !x.a.correct)
    .map(({ q }) => ({ q }));
  const missedConcepts = [...new Set(misses.map((m) => m.q.conceptId))];
  return { misses, missedConcepts, revisit: cardsToRevisit(missedConcepts, deck.concepts) };
}

/** Records a finished quiz once (by its id) and sends the missed concepts' cards back to study. */
export function finishQuiz(stores: Stores, session: QuizSession): QuizOutcome {
  const outcome = quizOutcome(session);
  const finishedAt = session.finishedAt ?? Date.now();
  stores.progress.getState().recordQuiz(
    {
      id: session.id,
      at: finishedAt,
      scope: session.scope,
      score: session.questions.length - outcome.misses.length,
      total: session.questions.length,
      durationMs: Math.max(0, finishedAt - session.startedAt),
      misses: outcome.misses.map(({ q }) => ({
        conceptId: q.conceptId,
        question: q.prompt,
        answer: answerOf(q),
      })),
    },
    outcome.revisit,
  );
  return outcome;
}

export function exportProgress(stores: Stores, now = new Date()): { name: string; text: string } {
  const file = buildExport(progressData(stores), settingsOf(stores.settings.getState()), now);
  return { name: exportFileName(now), text: JSON.stringify(file) };
}

/** Applies a parsed import; returns what to tell the learner. */
export function applyImport(
  stores: Stores,
  result: Extract<ImportResult, { ok: true }>,
  mode: 'replace' | 'merge',
  name: string,
): { ok: boolean; message: string } {
  const progress = stores.progress.getState();
  if (progress.readOnly)
    return { ok: false, message: 'Nothing was imported: Descent was updated in another tab. Reload first.' };
  if (mode === 'replace') {
    if (!progress.replace(result.progress)) {
      return {
        ok: false,
        message: `${name} does not fit in this browser’s storage, so nothing was changed: your progress is as it was.`,
      };
    }
    if (result.settings) stores.settings.getState().replace(result.settings);
    stores.quiz.getState().clear();
    return { ok: true, message: `Replaced your progress with ${name}.` };
  }
  if (!progress.merge(result.progress)) {
    return {
      ok: false,
      message: stores.progress.getState().readOnly
        ? 'Nothing was imported: Descent was updated in another tab. Reload first.'
        : `${name} does not fit in this browser’s storage, so nothing was changed: your progress is as it was.`,
    };
  }
  return { ok: true, message: `Merged ${name} into your progress: no review was lost on either side.` };
}

/** Deletes all progress (a new generation every tab adopts) and the quiz in progress; says what happened. */
export function resetProgress(stores: Stores): { ok: boolean; message: string } {
  if (!stores.progress.getState().reset()) {
    return {
      ok: false,
      message: stores.progress.getState().readOnly
        ? 'Nothing was reset: Descent was updated in another tab. Reload first.'
        : 'Nothing was reset: this browser’s storage refused the change. Your progress is as it was.',
    };
  }
  stores.quiz.getState().clear();
  return { ok: true, message: 'Your progress was reset.' };
}
