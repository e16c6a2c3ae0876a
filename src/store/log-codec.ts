// A compact text encoding of one month of the review log: a year at 300 reviews a day must fit in half the quota.
import type { LogEntry } from './progress-schema';

/** The log's month of an event: UTC, so the same review lands in the same chunk in every time zone. */
export const monthOf = (at: number): string => new Date(at).toISOString().slice(0, 7);

const monthStart = (month: string): number => Date.parse(`${month}-01T00:00:00.000Z`);

/** A review id: the second it happened (base 36) and three random characters; unique enough across two tabs. */
export function makeEntryId(at: number, random: () => number): string {
  const rand = Math.floor(random() * 36 ** 3)
    .toString(36)
    .padStart(3, '0');
  return `${Math.floor(at / 1000).toString(36)}${rand}`;
}

export interface EncodedChunk {
  /** Card keys used in this month; entries refer to them by index. */
  cards: string[];
  /** `seconds-since-month-start,rand,card-index,code` per entry, all base 36, joined by `;`; code = grade × 4 + state. */
  entries: string;
}

export function encodeChunk(month: string, entries: readonly LogEntry[]): EncodedChunk {
  const start = monthStart(month);
  const index = new Map<string, number>();
  const cards: string[] = [];
  const parts: string[] = [];
  for (const e of entries) {
    let i = index.get(e.card);
    if (i === undefined) {
      i = cards.length;
      cards.push(e.card);
      index.set(e.card, i);
    }
    const seconds = Math.round((e.at - start) / 1000);
    parts.push(
      `${seconds.toString(36)},${e.id.slice(-3)},${i.toString(36)},${(e.grade * 4 + e.state).toString(36)}`,
    );
  }
  return { cards, entries: parts.join(';') };
}

/** Decodes a chunk; returns undefined if any entry is malformed, so the caller can set the value aside. */
export function decodeChunk(month: string, chunk: EncodedChunk): LogEntry[] | undefined {
  const start = monthStart(month);
  if (Number.isNaN(start)) return undefined;
  if (chunk.entries === '') return [];
  const out: LogEntry[] = [];
  for (const part of chunk.entries.split(';')) {
    const [sec, rand, idx, code] = part.split(',');
    if (sec === undefined || rand === undefined || idx === undefined || code === undefined) return undefined;
    const seconds = Number.parseInt(sec, 36);
    const card = chunk.cards[Number.parseInt(idx, 36)];
    const c = /^[0-9a-j]$/.test(code) ? Number.parseInt(code, 36) : Number.NaN;
    if (!Number.isFinite(seconds) || card === undefined || Number.isNaN(c) || !/^[0-9a-z]{3}$/.test(rand)) {
      return undefined;
    }
    const at = start + seconds * 1000;
    out.push({
      id: `${Math.floor(at / 1000).toString(36)}${rand}`,
      card,
      grade: Math.floor(c / 4) as LogEntry['grade'],
      state: (c % 4) as LogEntry['state'],
      at,
    });
  }
  return out;
}

/**
 * Encodes a month incrementally: when the entries are the ones encoded last time plus new ones at the end (the usual
 * case: a grade appends), only the new entries are encoded, so a grade costs the same on the 1st and the 31st.
 */
export class ChunkEncoder {
  private entries: readonly LogEntry[] = [];
  private cards: string[] = [];
  private index = new Map<string, number>();
  private text = '';

  constructor(private readonly month: string) {}

  encode(entries: readonly LogEntry[]): EncodedChunk {
    const n = this.entries.length;
    // Every entry encoded last time must still be in place (an import merge can insert into the middle).
    let appended = entries.length >= n;
    for (let i = 0; appended && i < n; i++) appended = entries[i] === this.entries[i];
    if (!appended) {
      this.cards = [];
      this.index = new Map();
      this.text = '';
    }
    const from = appended ? n : 0;
    const start = monthStart(this.month);
    let text = this.text;
    for (let i = from; i < entries.length; i++) {
      const e = entries[i] as LogEntry;
      let idx = this.index.get(e.card);
      if (idx === undefined) {
        idx = this.cards.length;
        this.cards.push(e.card);
        this.index.set(e.card, idx);
      }
      const seconds = Math.round((e.at - start) / 1000);
      const part = `${seconds.toString(36)},${e.id.slice(-3)},${idx.toString(36)},${(e.grade * 4 + e.state).toString(36)}`;
      text = text === '' ? part : `${text};${part}`;
    }
    this.text = text;
    this.entries = entries;
    return { cards: [...this.cards], entries: text };
  }
}
