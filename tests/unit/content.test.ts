import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import raw from '../../src/content/concepts.json';
import { conceptDepths, deck, newCardOrder, parseDeck } from '../../src/content/deck';
import { clozeGap, DeckSchema, type Mcq, type TrueFalse } from '../../src/content/schema';
import { asksWhoSaidWhat } from '../content/attribution';

const words = (s: string) => s.trim().split(/\s+/).length;
const allQuiz = deck.concepts.flatMap((c) => c.quiz);

describe('cards that teach ideas, on a learning path', () => {
  const cards = deck.concepts.flatMap((c) => c.cards);

  it('asks who said what in at most 3 of 10 card prompts', () => {
    const share = cards.filter(asksWhoSaidWhat).length / cards.length;
    console.log(`attribution share: ${(share * 100).toFixed(1)}% of ${cards.length} card prompts`);
    expect(share).toBeLessThanOrEqual(0.3);
  });

  it('gives every card a short "Why": one or two sentences', () => {
    for (const c of deck.concepts)
      for (const k of c.cards) {
        expect(k.why.length, `${c.id}/${k.id}`).toBeGreaterThan(20);
        expect((k.why.match(/[.!?](\s|$)/g) ?? []).length, `${c.id}/${k.id}: ${k.why}`).toBeLessThanOrEqual(
          2,
        );
      }
  });

  it('has a prerequisite graph with no cycles, every prerequisite in the deck', () => {
    const ids = new Set(deck.concepts.map((c) => c.id));
    for (const c of deck.concepts)
      for (const p of c.prerequisites) expect(ids.has(p), `${c.id} → ${p}`).toBe(true);
    expect(() => conceptDepths(deck.concepts)).not.toThrow();
    const cyclic = [
      { ...(deck.concepts[0] as (typeof deck.concepts)[number]), id: 'a', prerequisites: ['b'] },
      { ...(deck.concepts[0] as (typeof deck.concepts)[number]), id: 'b', prerequisites: ['a'] },
    ];
    expect(() => conceptDepths(cyclic)).toThrow(/cycle/);
  });

  it('introduces every concept after the concepts it builds on, and never two cards of one concept in a row', () => {
    const first = new Map<string, number>();
    newCardOrder.forEach((c, i) => {
      if (!first.has(c.concept.id)) first.set(c.concept.id, i);
    });
    for (const c of deck.concepts)
      for (const p of c.prerequisites)
        expect(first.get(c.id) as number, `${c.id} after ${p}`).toBeGreaterThan(first.get(p) as number);
    // Two of one concept in a row only at the very end, when that concept's cards are all that is left.
    for (let i = 1; i < newCardOrder.length; i++) {
      const id = newCardOrder[i]?.concept.id;
      if (id !== newCardOrder[i - 1]?.concept.id) continue;
      expect(
        newCardOrder.slice(i).every((c) => c.concept.id === id),
        `position ${i}: ${id}`,
      ).toBe(true);
    }
    expect(newCardOrder).toHaveLength(cards.length);
  });

  it('starts a new learner on a core idea of deep learning, not biography', () => {
    const [firstCard] = newCardOrder;
    console.log(
      `first 10 new cards:\n${newCardOrder
        .slice(0, 10)
        .map(
          (c, i) =>
            `  ${i + 1}. ${c.concept.title}: ${c.card.kind === 'basic' ? c.card.prompt : c.card.text}`,
        )
        .join('\n')}`,
    );
    expect(firstCard?.concept.prerequisites).toEqual([]);
    expect(firstCard?.concept.tags).not.toContain('people');
    expect(firstCard && asksWhoSaidWhat(firstCard.card)).toBe(false);
  });
});

describe('the bundled deck', () => {
  it('holds to the schema', () => {
    const result = v.safeParse(DeckSchema, raw);
    expect(result.issues ?? []).toEqual([]);
  });

  it('has the concepts the user named, and at least 55 in all', () => {
    const ids = deck.concepts.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['double-descent', 'small-circuits', 'gpt-2']));
    expect(ids.length).toBeGreaterThanOrEqual(55);
  });

  it('has unique ids, and every related id exists', () => {
    const ids = new Set(deck.concepts.map((c) => c.id));
    expect(ids.size).toBe(deck.concepts.length);
    for (const c of deck.concepts) {
      expect(c.related.length, c.id).toBeGreaterThanOrEqual(2);
      for (const r of c.related) expect(ids.has(r), `${c.id} → ${r}`).toBe(true);
    }
  });

  it('covers every section of the talk', () => {
    expect(deck.sections).toHaveLength(18);
    for (const s of deck.sections)
      expect(
        deck.concepts.some((c) => c.section === s.time),
        s.time,
      ).toBe(true);
  });

  it('gives every concept enough cards and quiz items of the right kinds', () => {
    for (const c of deck.concepts) {
      expect(c.cards.length, c.id).toBeGreaterThanOrEqual(3);
      expect(
        c.cards.some((k) => k.kind === 'cloze'),
        c.id,
      ).toBe(true);
      expect(c.quiz.length, c.id).toBeGreaterThanOrEqual(3);
      expect(
        c.quiz.some((q) => q.kind === 'mcq' && q.options.length === 4),
        c.id,
      ).toBe(true);
      expect(
        c.quiz.some((q) => q.kind === 'true-false'),
        c.id,
      ).toBe(true);
      expect(new Set(c.cards.map((k) => k.id)).size, c.id).toBe(c.cards.length);
      const n = words(c.explanation);
      expect(n >= 60 && n <= 150, `${c.id}: ${n} words`).toBe(true);
      expect(c.references.length, c.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives every multiple choice exactly one correct answer and unique options', () => {
    for (const q of allQuiz.filter((q): q is Mcq => q.kind === 'mcq')) {
      expect(q.options).toHaveLength(4);
      expect(new Set(q.options.map((o) => o.toLowerCase())).size, q.id).toBe(4);
      expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < 4).toBe(true);
      expect(q.options.some((o) => /all of the above|none of the above/i.test(o))).toBe(false);
    }
  });

  it('gives every cloze exactly one gap', () => {
    for (const c of deck.concepts)
      for (const k of c.cards)
        if (k.kind === 'cloze') expect((k.text.match(clozeGap) ?? []).length, k.text).toBe(1);
  });

  it('never repeats a prompt', () => {
    const prompts = deck.concepts.flatMap((c) => [
      ...c.cards.map((k) => (k.kind === 'basic' ? k.prompt : k.text)),
      ...c.quiz.map((q) => (q.kind === 'true-false' ? q.statement : q.question)),
    ]);
    const seen = new Set<string>();
    const repeats = prompts.filter((p) => {
      const key = p.trim().toLowerCase();
      const dup = seen.has(key);
      seen.add(key);
      return dup;
    });
    expect(repeats).toEqual([]);
  });

  it('does not give the answer away by length: the correct option is the longest in at most 35% of items', () => {
    const mcqs = allQuiz.filter((q): q is Mcq => q.kind === 'mcq');
    const longest = mcqs.filter((q) => {
      const lengths = q.options.map((o) => o.length);
      return lengths[q.answer] === Math.max(...lengths);
    });
    expect(longest.length / mcqs.length).toBeLessThanOrEqual(0.35);
  });

  it('balances true/false items between 40% and 60% true', () => {
    const tf = allQuiz.filter((q): q is TrueFalse => q.kind === 'true-false');
    const share = tf.filter((q) => q.truth).length / tf.length;
    expect(share).toBeGreaterThanOrEqual(0.4);
    expect(share).toBeLessThanOrEqual(0.6);
  });

  it('has no empty field anywhere', () => {
    const empty: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'string' && value.trim() === '') empty.push(path);
      else if (Array.isArray(value)) {
        // A foundation builds on nothing: its prerequisites are rightly empty.
        if (value.length === 0 && !path.endsWith('.prerequisites')) empty.push(path);
        for (const [i, x] of value.entries()) walk(x, `${path}.${i}`);
      } else if (value && typeof value === 'object')
        for (const [k, x] of Object.entries(value)) walk(x, `${path}.${k}`);
    };
    walk(raw, 'deck');
    expect(empty).toEqual([]);
  });

  it('renders no markup: content is plain text', () => {
    expect(JSON.stringify(raw)).not.toMatch(/<\/?[a-z][^>]*>/i);
  });

  it('rejects a broken deck with a readable per-field message', () => {
    const broken = structuredClone(raw) as { concepts: { cards: { text?: string }[] }[] };
    const cloze = broken.concepts[0]?.cards.find((k) => k.text !== undefined);
    if (cloze) cloze.text = 'no gap here';
    expect(() => parseDeck(broken)).toThrow(
      /concepts\.0\.cards\.\d+\.text: a cloze must have exactly one \{\{gap\}\}/,
    );
  });
});

describe('the deck index built for the dashboard', () => {
  it('lists exactly the deck’s card keys', async () => {
    const { cardKeys, conceptCount } = await import('virtual:deck-index');
    const { deckCards } = await import('../../src/content/deck');
    expect(cardKeys).toEqual(deckCards.map((c) => c.key));
    expect(conceptCount).toBe(deck.concepts.length);
  });
});
