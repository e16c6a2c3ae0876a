// A compact text encoding of one month of the review log: a year at 300 reviews a day must fit in half the quota.
import { FORGET, type LogEvent } from '../engine/replay';

/** The log's month of an event: UTC, so the same review lands in the same chunk in every time zone. */
export const monthOf = (at: number): string => new Date(at).toISOString().slice(0, 7);

const monthStart = (month: string): number => Date.parse(`${month}-01T00:00:00.000Z`);

/**
 * A review id: the second it happened (base 36) and six random characters. Ids are what a merge unions by, across
 * tabs and later devices: 36⁶ (2.2 billion) choices per second make a collision practically impossible.
 */
export function makeEventId(at: number, random: () => number): string {
  let rand = '';
  for (let i = 0; i < 6; i++) rand += Math.floor(random() * 36).toString(36);
  return `${Math.floor(at / 1000).toString(36)}${rand}`;
}

export interface EncodedChunk {
  /** The progress generation this month belongs to; a month of another generation is left over and ignored. */
  generation: string;
  /** Card keys used in this month; entries refer to them by index. */
  cards: string[];
  /** Scheduling parameters used in this month, `retention/weights[/steps]`; entries refer to them by index. */
  params: string[];
  /**
   * `seconds-since-month-start,rand,card-index,code,param-index` per event, base 36, joined by `;`; code = grade × 4
   * + state before, or 20 + state before for a Forget.
   */
  entries: string;
}

/** `retention/weights`, then `/steps` when the learning steps were not the default ones (v3 on). */
const paramKey = (e: LogEvent) =>
  e.steps === undefined ? `${e.retention}/${e.weights}` : `${e.retention}/${e.weights}/${e.steps}`;

/** Code 0–19 is grade × 4 + state before (grades 0–4); 20–23 is a Forget, + state before. */
const FORGET_CODE = 20;
const eventCode = (e: LogEvent) => (e.grade === FORGET ? FORGET_CODE + e.state : e.grade * 4 + e.state);

/** Decodes a chunk; returns undefined if any entry is malformed, so the caller can set the value aside. */
export function decodeChunk(month: string, chunk: Omit<EncodedChunk, 'generation'>): LogEvent[] | undefined {
  const start = monthStart(month);
  if (Number.isNaN(start)) return undefined;
  if (chunk.entries === '') return [];
  const params = chunk.params.map((p) => {
    const [r, w, steps] = p.split('/');
    return { retention: Number(r), weights: Number(w), steps };
  });
  const out: LogEvent[] = [];
  for (const part of chunk.entries.split(';')) {
    const [sec, rand, idx, code, pidx] = part.split(',');
    if (
      sec === undefined ||
      rand === undefined ||
      idx === undefined ||
      code === undefined ||
      pidx === undefined
    )
      return undefined;
    const seconds = /^[0-9a-z]{1,6}$/.test(sec) ? Number.parseInt(sec, 36) : Number.NaN;
    const card = chunk.cards[Number.parseInt(idx, 36)];
    const param = params[Number.parseInt(pidx, 36)];
    const c = /^[0-9a-n]$/.test(code) ? Number.parseInt(code, 36) : Number.NaN;
    if (
      !Number.isFinite(seconds) ||
      card === undefined ||
      param === undefined ||
      Number.isNaN(c) ||
      !/^([0-9a-z]{3}|[0-9a-z]{6})$/.test(rand)
    ) {
      return undefined;
    }
    const at = start + seconds * 1000;
    const event: LogEvent = {
      id: `${Math.floor(at / 1000).toString(36)}${rand}`,
      card,
      grade: c >= FORGET_CODE ? FORGET : (Math.floor(c / 4) as LogEvent['grade']),
      state: (c % 4) as LogEvent['state'],
      at,
      retention: param.retention,
      weights: param.weights,
    };
    if (param.steps !== undefined) event.steps = param.steps;
    out.push(event);
  }
  return out;
}

/**
 * Encodes a month incrementally: when the events are the ones encoded last time plus new ones at the end (the usual
 * case: a grade appends), only the new events are encoded, so a grade costs the same on the 1st and the 31st.
 */
export class ChunkEncoder {
  private events: readonly LogEvent[] = [];
  private cards: string[] = [];
  private cardIndex = new Map<string, number>();
  private params: string[] = [];
  private paramIndex = new Map<string, number>();
  private text = '';

  constructor(private readonly month: string) {}

  encode(generation: string, events: readonly LogEvent[]): EncodedChunk {
    const n = this.events.length;
    // Every event encoded last time must still be in place (a merge can insert into the middle).
    let appended = events.length >= n;
    for (let i = 0; appended && i < n; i++) appended = events[i] === this.events[i];
    if (!appended) {
      this.cards = [];
      this.cardIndex = new Map();
      this.params = [];
      this.paramIndex = new Map();
      this.text = '';
    }
    const from = appended ? n : 0;
    const start = monthStart(this.month);
    let text = this.text;
    for (let i = from; i < events.length; i++) {
      const e = events[i] as LogEvent;
      const idx = indexOf(this.cards, this.cardIndex, e.card);
      const pidx = indexOf(this.params, this.paramIndex, paramKey(e));
      const seconds = Math.round((e.at - start) / 1000);
      const rand = e.id.slice(Math.floor(e.at / 1000).toString(36).length);
      const part = `${seconds.toString(36)},${rand},${idx.toString(36)},${eventCode(e).toString(36)},${pidx.toString(36)}`;
      text = text === '' ? part : `${text};${part}`;
    }
    this.text = text;
    this.events = events;
    return { generation, cards: [...this.cards], params: [...this.params], entries: text };
  }
}

function indexOf(list: string[], index: Map<string, number>, value: string): number {
  let i = index.get(value);
  if (i === undefined) {
    i = list.length;
    list.push(value);
    index.set(value, i);
  }
  return i;
}

/** Encodes a month in one go (tests, exports of a single month). */
export const encodeChunk = (month: string, generation: string, events: readonly LogEvent[]): EncodedChunk =>
  new ChunkEncoder(month).encode(generation, events);
