// The export file: versioned, with settings, card states, the review log and quiz history. Import validates it whole
// before anything changes, and names the problem when it cannot be used.
import * as v from 'valibot';
import { describeIssues } from '../content/issues';
import { monthOf } from './log-codec';
import {
  CardKeySchema,
  LogEntrySchema,
  type ProgressData,
  QuizResultSchema,
  type Settings,
  SettingsSchema,
  StoredCardSchema,
} from './progress-schema';

export const EXPORT_FORMAT = 'descent-progress';
export const EXPORT_VERSION = 1;

const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.string(),
  settings: SettingsSchema,
  cards: v.record(CardKeySchema, StoredCardSchema),
  reviews: v.array(LogEntrySchema),
  undone: v.array(v.string()),
  quizzes: v.array(QuizResultSchema),
});

export type ExportFile = v.InferOutput<typeof ExportSchema>;

export function exportFileName(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `descent-progress-${y}-${m}-${d}.json`;
}

export function buildExport(progress: ProgressData, settings: Settings, now: Date): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    settings,
    cards: progress.cards,
    reviews: Object.keys(progress.log)
      .sort()
      .flatMap((m) => progress.log[m] ?? []),
    undone: progress.undone,
    quizzes: progress.quizzes,
  };
}

export interface ImportSummary {
  reviews: number;
  cards: number;
  quizzes: number;
  first?: number;
  last?: number;
}

export type ImportResult =
  | { ok: true; progress: ProgressData; settings: Settings; summary: ImportSummary }
  | { ok: false; message: string };

export function parseImport(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This is not a Descent progress file: it is not JSON.' };
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, message: 'This is not a Descent progress file.' };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    return {
      ok: false,
      message: `This file comes from a newer version of Descent (format v${version}). Update Descent first.`,
    };
  }
  const result = v.safeParse(ExportSchema, json);
  if (!result.success) {
    const [first, ...rest] = describeIssues(result.issues);
    return {
      ok: false,
      message: `This Descent progress file has a problem, so nothing was changed: ${first}${rest.length ? ` (and ${rest.length} more)` : ''}.`,
    };
  }
  const file = result.output;
  const log: ProgressData['log'] = {};
  for (const e of [...file.reviews].sort((a, b) => a.at - b.at)) {
    const month = monthOf(e.at);
    const list = log[month] ?? [];
    list.push(e);
    log[month] = list;
  }
  const graded = file.reviews.filter((e) => e.grade > 0);
  return {
    ok: true,
    progress: { cards: file.cards, log, undone: file.undone, quizzes: file.quizzes },
    settings: file.settings,
    summary: {
      reviews: graded.length,
      cards: Object.keys(file.cards).length,
      quizzes: file.quizzes.length,
      // A loop, not Math.min(...): a year's log is more arguments than a call may take.
      first: graded.reduce<number | undefined>((m, e) => (m === undefined || e.at < m ? e.at : m), undefined),
      last: graded.reduce<number | undefined>((m, e) => (m === undefined || e.at > m ? e.at : m), undefined),
    },
  };
}
