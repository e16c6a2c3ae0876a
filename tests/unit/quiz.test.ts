import { describe, expect, it } from 'vitest';
import { deck } from '../../src/content/deck';
import {
  buildQuiz,
  type ChoiceQuestion,
  cardsToRevisit,
  checkAnswer,
  type Question,
  questionPool,
  titleAnswers,
  weakConcepts,
} from '../../src/engine/quiz';
import { seededRandom } from '../../src/engine/random';

const all = deck.concepts;
const quiz = (length: number, seed: number, concepts = all) =>
  buildQuiz({ concepts, deck: all, length, random: seededRandom(seed) });

describe('quiz engine', () => {
  it('gives every multiple choice, deck or generated, exactly one correct and unique options', () => {
    const pool = questionPool({ concepts: all, deck: all, random: seededRandom(1) });
    const choices = pool.filter((q): q is ChoiceQuestion => q.kind === 'mcq');
    expect(choices.some((q) => q.id.endsWith(':mcq'))).toBe(true);
    for (const q of choices) {
      expect(q.options, q.id).toHaveLength(4);
      expect(new Set(q.options.map((o) => o.toLowerCase())).size, q.id).toBe(4);
      expect(q.answer).toBeGreaterThanOrEqual(0);
      expect(q.options[q.answer]).toBeDefined();
    }
  });

  it('builds generated multiple choice from same-topic distractors', () => {
    const pool = questionPool({ concepts: all, deck: all, random: seededRandom(2) });
    const topicAnswers = new Map<string, Set<string>>();
    for (const c of all)
      for (const k of c.cards)
        if (k.kind === 'basic')
          topicAnswers.set(c.topic, (topicAnswers.get(c.topic) ?? new Set()).add(k.answer));
    for (const q of pool.filter(
      (q: Question): q is ChoiceQuestion => q.id.endsWith(':mcq') && q.kind === 'mcq',
    )) {
      const topic = all.find((c) => c.id === q.conceptId)?.topic ?? '';
      for (const o of q.options) expect(topicAnswers.get(topic)?.has(o), `${q.id}: ${o}`).toBe(true);
    }
  });

  it('gives the same quiz for the same seed, and a different one for another seed', () => {
    expect(quiz(10, 42)).toEqual(quiz(10, 42));
    expect(quiz(10, 42).map((q) => q.id)).not.toEqual(quiz(10, 43).map((q) => q.id));
  });

  it('never asks a question twice, and mixes the kinds', () => {
    for (const length of [5, 10, 20]) {
      for (let seed = 0; seed < 20; seed++) {
        const qs = quiz(length, seed);
        expect(qs).toHaveLength(length);
        expect(new Set(qs.map((q) => q.id)).size).toBe(length);
        const kinds = new Set(qs.map((q) => q.kind));
        expect(kinds.size).toBe(3);
      }
    }
    const twenty = quiz(20, 7);
    const count = (k: string) => twenty.filter((q) => q.kind === k).length;
    expect(count('mcq')).toBe(8);
    expect(count('true-false')).toBe(6);
    expect(count('typed')).toBe(6);
  });

  it('spreads a quiz over many concepts', () => {
    const qs = quiz(10, 3);
    expect(new Set(qs.map((q) => q.conceptId)).size).toBe(10);
  });

  it('asks about one concept only when scoped to it, without repeating', () => {
    const dd = all.filter((c) => c.id === 'double-descent');
    const qs = quiz(10, 5, dd);
    expect(qs.every((q) => q.conceptId === 'double-descent')).toBe(true);
    expect(new Set(qs.map((q) => q.id)).size).toBe(qs.length);
    expect(qs.length).toBeGreaterThanOrEqual(3);
  });

  it('checks choices and typed answers', () => {
    const [tf] = quiz(20, 9).filter((q) => q.kind === 'true-false');
    if (!tf || tf.kind === 'typed') throw new Error('expected a true/false question');
    expect(tf.options).toEqual(['True', 'False']);
    expect(checkAnswer(tf, tf.answer).correct).toBe(true);
    expect(checkAnswer(tf, 1 - tf.answer).correct).toBe(false);
    const typed = {
      id: 'x/q',
      conceptId: 'x',
      kind: 'typed' as const,
      prompt: '?',
      explanation: '',
      accepted: ['Krizhevsky'],
    };
    expect(checkAnswer(typed, 'krizhevksy')).toEqual({ correct: true, nearMiss: true });
    expect(checkAnswer(typed, 'Krizhevsky')).toEqual({ correct: true, nearMiss: false });
    expect(checkAnswer(typed, 'Hinton').correct).toBe(false);
  });

  it('sends every card of a missed concept back to study', () => {
    const keys = cardsToRevisit(['gpt-2'], all);
    const gpt2 = all.find((c) => c.id === 'gpt-2');
    expect(keys).toEqual(gpt2?.cards.map((k) => `gpt-2/${k.id}`));
  });

  it('ranks weak spots by lapses and misses, then low recall, among studied concepts', () => {
    const signals: Record<string, { lapses: number; misses: number; retrievability: number | undefined }> = {
      'double-descent': { lapses: 0, misses: 0, retrievability: 0.95 },
      'gpt-2': { lapses: 3, misses: 0, retrievability: 0.9 },
      'small-circuits': { lapses: 0, misses: 0, retrievability: 0.4 },
      transformer: { lapses: 0, misses: 2, retrievability: undefined },
    };
    const none = { lapses: 0, misses: 0, retrievability: undefined };
    const weak = weakConcepts(all, (c) => signals[c.id] ?? none, 10).map((c) => c.id);
    expect(weak).toEqual(['gpt-2', 'transformer', 'small-circuits', 'double-descent']);
  });

  it('makes a typed question only from a card that lists what may be typed, accepting each form', () => {
    const concept = {
      ...(all[0] as (typeof all)[number]),
      id: 'x',
      title: 'Something else',
      quiz: [],
      cards: [
        {
          id: 'c1',
          kind: 'basic' as const,
          prompt: 'Who?',
          answer: 'James Martens (2010)',
          typed: ['James Martens', 'Martens'],
          why: 'Because.',
        },
        {
          id: 'c2',
          kind: 'basic' as const,
          prompt: 'Why?',
          answer: 'A whole sentence that no one would type.',
          why: 'Because.',
        },
      ],
    };
    const pool = questionPool({ concepts: [concept], deck: all, random: seededRandom(1) });
    const typed = pool.filter((q) => q.kind === 'typed');
    expect(typed.map((q) => q.id)).toEqual(['x/c1:typed']);
    const [q] = typed;
    if (!q) throw new Error('no typed question');
    expect(checkAnswer(q, 'martens').correct).toBe(true);
    expect(checkAnswer(q, 'James Martens').correct).toBe(true);
    expect(q.explanation).toBe('Because.');
  });

  it('"Quiz this concept" never asks what the concept’s title answers', () => {
    for (const concept of all) {
      const pool = questionPool({
        concepts: [concept],
        deck: all,
        random: seededRandom(2),
        hideTitleAnswers: true,
      });
      for (const q of pool) expect(titleAnswers(q, concept.title), `${q.id}: ${q.prompt}`).toBe(false);
    }
    const q = {
      id: 'k',
      conceptId: 'cuda-kernels',
      kind: 'typed' as const,
      prompt: '?',
      explanation: '',
      accepted: ['CUDA kernels'],
    };
    expect(titleAnswers(q, 'CUDA kernels')).toBe(true);
  });
});
