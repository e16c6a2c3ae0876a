// What a device sends and what it takes in: pure rules between the progress it holds and the documents on a server.

import { eventOrder, type LogEvent } from '../../engine/replay';
import { monthOf } from '../log-codec';
import type { ProgressPart } from '../merge';
import type { ProgressData } from '../progress-schema';
import { actionDoc, newerGeneration, quizDoc, reviewDoc, type SyncDoc, undoDoc } from './sync-docs';

/**
 * How much of each part of the progress this device knows the server holds, for the generation it last pushed.
 * Within a generation the log only grows: a month whose count has not changed has nothing new to send.
 */
export interface PushedMark {
  generation: string;
  months: Record<string, number>;
  undone: number;
  actions: number;
  quizzes: number;
}

export const nothingPushed = (generation: string): PushedMark => ({
  generation,
  months: {},
  undone: 0,
  actions: 0,
  quizzes: 0,
});

/**
 * The documents to push: every event of each month that grew since the last push, the tombstones added since, and
 * all card actions and quizzes when their count changed (a merge can insert them anywhere in their order). Sending
 * one the server already holds is harmless: the same content is the same revision. `mark` is what to remember once
 * the server has taken them.
 */
export function docsToPush(data: ProgressData, pushed: PushedMark): { docs: SyncDoc[]; mark: PushedMark } {
  const from = pushed.generation === data.generation ? pushed : nothingPushed(data.generation);
  const g = data.generation;
  const docs: SyncDoc[] = [];
  const months: Record<string, number> = {};
  for (const [month, events] of Object.entries(data.log)) {
    months[month] = events.length;
    if ((from.months[month] ?? 0) !== events.length) for (const e of events) docs.push(reviewDoc(g, e));
  }
  for (const id of data.undone.slice(Math.min(from.undone, data.undone.length))) docs.push(undoDoc(g, id));
  if (from.actions !== data.actions.length) for (const a of data.actions) docs.push(actionDoc(g, a));
  if (from.quizzes !== data.quizzes.length) for (const q of data.quizzes) docs.push(quizDoc(g, q));
  return {
    docs,
    mark: {
      generation: g,
      months,
      undone: data.undone.length,
      actions: data.actions.length,
      quizzes: data.quizzes.length,
    },
  };
}

/** Pulled documents sorted out: what to merge into `generation`, and the newest generation announced. */
export interface Pulled {
  part: Required<ProgressPart>;
  /** The newest generation any pulled document starts, if newer than `generation`: adopt it. */
  newer?: string;
}

/** Sorts valid pulled documents: those of `generation` become a part to merge; others can only announce a newer one. */
export function sortPulled(docs: readonly SyncDoc[], generation: string): Pulled {
  const part: Required<ProgressPart> = { log: {}, undone: [], quizzes: [], actions: [] };
  const log: Record<string, LogEvent[]> = {};
  let newest = generation;
  for (const doc of docs) {
    if (doc.type === 'setting') continue;
    if (doc.type === 'generation') {
      newest = newerGeneration(newest, doc.generation);
      continue;
    }
    if (doc.generation !== generation) continue;
    if (doc.type === 'review') {
      const month = monthOf(doc.event.at);
      const list = log[month];
      if (list) list.push(doc.event);
      else log[month] = [doc.event];
    } else if (doc.type === 'undo') (part.undone as string[]).push(doc.target);
    else if (doc.type === 'action') (part.actions as unknown[]).push(doc.action);
    else (part.quizzes as unknown[]).push(doc.quiz);
  }
  for (const list of Object.values(log)) list.sort(eventOrder);
  part.log = log;
  return newest === generation ? { part } : { part, newer: newest };
}

/** The newest change of each setting among `docs`, when newer than the one this device knows (`known`: field → time). */
export function newestSettings(
  docs: readonly SyncDoc[],
  known: Readonly<Record<string, { at: number; id: string }>>,
): Record<string, { value: unknown; at: number; id: string }> {
  const out: Record<string, { value: unknown; at: number; id: string }> = {};
  for (const doc of docs) {
    if (doc.type !== 'setting') continue;
    const best = out[doc.field] ?? known[doc.field];
    if (!best || doc.at > best.at || (doc.at === best.at && doc._id > best.id))
      out[doc.field] = { value: doc.value, at: doc.at, id: doc._id };
  }
  for (const field of Object.keys(out)) {
    const mine = known[field];
    const theirs = out[field];
    if (mine && theirs && theirs.id === mine.id) delete out[field];
  }
  return out;
}
