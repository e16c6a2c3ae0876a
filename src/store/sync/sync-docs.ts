// Progress as CouchDB documents: one immutable document per event, so a replication never meets a conflict. What a
// device pushes is made here, and what it pulls is validated here before anything is applied.
import * as v from 'valibot';
import type { CardAction } from '../../engine/card-actions';
import type { LogEvent } from '../../engine/replay';
import {
  CardActionSchema,
  LogEventSchema,
  type QuizResult,
  QuizResultSchema,
  type Settings,
  SettingsSchema,
} from '../progress-schema';

/** The settings a device shares: every field of `Settings`. */
export type SettingField = keyof Settings & string;
export const settingFields = Object.keys(SettingsSchema.entries) as SettingField[];

/**
 * A document's id: its generation, then the event's own id. The generation is part of the id because a Replace puts
 * the same events (same ids) into a new generation; each stays one document that is never updated.
 */
export const docId = (generation: string, kind: DocKind, id: string): string =>
  `${generation}:${kind === 'review' || kind === 'action' ? '' : `${kind}-`}${id}`;

export type DocKind = 'review' | 'undo' | 'action' | 'quiz' | 'generation';

interface DocBase {
  _id: string;
  /** Deterministic from the content (see `revOf`): pushing the same event twice is the same revision. */
  _rev?: string;
  generation: string;
}

export type SyncDoc =
  | (DocBase & { type: 'review'; event: LogEvent })
  | (DocBase & { type: 'undo'; target: string })
  | (DocBase & { type: 'action'; action: CardAction })
  | (DocBase & { type: 'quiz'; quiz: QuizResult })
  /** A reset or Replace started this generation at `at`: every device adopts the newest one. */
  | (DocBase & { type: 'generation'; at: number })
  /**
   * One setting changed on one device at `at`. Settings are the learner's, not a generation's: the newest change of
   * each field wins on every device (`generation` is left empty).
   */
  | (DocBase & { type: 'setting'; field: SettingField; value: unknown; at: number });

const GenerationSchema = v.pipe(v.string(), v.regex(/^[0-9a-z]{1,40}$/, 'must be a Descent generation'));
const base = { _id: v.string(), _rev: v.optional(v.string()), generation: GenerationSchema };

const DocSchema = v.variant('type', [
  v.object({ ...base, type: v.literal('review'), event: LogEventSchema }),
  v.object({ ...base, type: v.literal('undo'), target: v.pipe(v.string(), v.regex(/^[0-9a-z]{4,20}$/)) }),
  v.object({ ...base, type: v.literal('action'), action: CardActionSchema }),
  v.object({ ...base, type: v.literal('quiz'), quiz: QuizResultSchema }),
  v.object({ ...base, type: v.literal('generation'), at: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.pipe(
    v.object({
      _id: v.string(),
      _rev: v.optional(v.string()),
      generation: v.literal(''),
      type: v.literal('setting'),
      field: v.picklist(settingFields),
      value: v.unknown(),
      at: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
    // The value must be one this version accepts for the field: a newer device's setting it cannot read is set aside.
    v.check((d) => v.is(SettingsSchema.entries[d.field], d.value), 'the value is not valid for this setting'),
  ),
]);

/** The id a valid document must have for what it holds: a document filed under another id is not trusted. */
function expectedId(doc: SyncDoc): string {
  switch (doc.type) {
    case 'review':
      return docId(doc.generation, 'review', doc.event.id);
    case 'undo':
      return docId(doc.generation, 'undo', doc.target);
    case 'action':
      return docId(doc.generation, 'action', doc.action.id);
    case 'quiz':
      return docId(doc.generation, 'quiz', doc.quiz.id);
    case 'generation':
      return docId(doc.generation, 'generation', doc.generation);
    case 'setting':
      return settingDocId(doc.field, doc.at, doc._id.slice(-6));
  }
}

/** A setting change's id: the field, the time in base 36 and 6 random characters (two devices never collide). */
export const settingDocId = (field: string, at: number, rand: string): string =>
  `settings:${field}:${at.toString(36)}${rand}`;

export type ReadDoc = { ok: true; doc: SyncDoc } | { ok: false; id: string; reason: string };

/**
 * Validates one pulled document. Anything else in the database (another app's document, a hand-edited one, a
 * document whose id does not match what it holds) is set aside with the reason, never applied.
 */
export function readDoc(raw: unknown): ReadDoc {
  const id =
    raw && typeof raw === 'object' && typeof (raw as { _id?: unknown })._id === 'string'
      ? (raw as { _id: string })._id
      : '(no id)';
  const parsed = v.safeParse(DocSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue ? v.getDotPath(issue) : null;
    return {
      ok: false,
      id,
      reason: `${path ? `${path}: ` : ''}${issue?.message ?? 'not a Descent document'}`,
    };
  }
  const doc = parsed.output as SyncDoc;
  if (doc._id !== expectedId(doc)) return { ok: false, id, reason: 'its id does not match what it holds' };
  return { ok: true, doc };
}

/**
 * A revision that depends only on the content: `1-` and a 128-bit hash of the document's JSON. Pushed with
 * `new_edits: false`, a document two devices both push is one revision, so nothing ever conflicts.
 */
export function revOf(doc: Omit<SyncDoc, '_rev'>): string {
  return `1-${hash128(JSON.stringify(doc))}`;
}

const withRev = <T extends Omit<SyncDoc, '_rev'>>(doc: T): T & { _rev: string } => ({
  ...doc,
  _rev: revOf(doc),
});

export const reviewDoc = (generation: string, event: LogEvent) =>
  withRev({ _id: docId(generation, 'review', event.id), type: 'review' as const, generation, event });
export const undoDoc = (generation: string, target: string) =>
  withRev({ _id: docId(generation, 'undo', target), type: 'undo' as const, generation, target });
export const actionDoc = (generation: string, action: CardAction) =>
  withRev({ _id: docId(generation, 'action', action.id), type: 'action' as const, generation, action });
export const quizDoc = (generation: string, quiz: QuizResult) =>
  withRev({ _id: docId(generation, 'quiz', quiz.id), type: 'quiz' as const, generation, quiz });
export const settingDoc = (field: SettingField, value: unknown, at: number, rand: string) =>
  withRev({ _id: settingDocId(field, at, rand), type: 'setting' as const, generation: '', field, value, at });
export const generationDoc = (generation: string, at: number) =>
  withRev({ _id: docId(generation, 'generation', generation), type: 'generation' as const, generation, at });

/**
 * Which of two generations is newer: a generation made by a reset or Replace starts with its creation time in base
 * 36 (`newGeneration`); the first generation, and v1's, are older than any of those. Ties go by the id.
 */
export function newerGeneration(a: string, b: string): string {
  const ta = generationTime(a) ?? -1;
  const tb = generationTime(b) ?? -1;
  if (ta !== tb) return ta > tb ? a : b;
  return a >= b ? a : b;
}

/** When a reset or Replace made this generation (`newGeneration`: base-36 time, 6 random characters); undefined for the first. */
export function generationTime(g: string): number | undefined {
  if (!/^[0-9a-z]{14,}$/.test(g)) return undefined;
  const t = Number.parseInt(g.slice(0, -6), 36);
  return Number.isSafeInteger(t) ? t : undefined;
}

/** cyrb128 (public domain): four 32-bit lanes, as 32 hex digits. Not for security; for content revisions. */
function hash128(text: string): string {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}
