// Builds and grades quizzes: pure, with a seeded random generator passed in so a quiz is reproducible.

import { cardKey } from '../content/card-key';
import type { Concept, QuizItem } from '../content/schema';
import { gradeTypedAnswer, normalizeAnswer } from './answer-match';
import { shuffleWith } from './random';

interface QuestionBase {
  /** Unique in the deck: `conceptId/itemId`, or `conceptId/cardId:typed|mcq` for one generated from a card. */
  id: string;
  conceptId: string;
  prompt: string;
  explanation: string;
}

/** Multiple choice and true/false are both "choices"; true/false always offers True then False. */
export interface ChoiceQuestion extends QuestionBase {
  kind: 'mcq' | 'true-false';
  options: string[];
  answer: number;
}

export interface TypedQuestion extends QuestionBase {
  kind: 'typed';
  accepted: string[];
}

export type Question = ChoiceQuestion | TypedQuestion;
export type QuestionKind = Question['kind'];

/** The right answer as a learner should read it. */
export const answerOf = (q: Question): string =>
  q.kind === 'typed' ? (q.accepted[0] ?? '') : (q.options[q.answer] ?? '');

function fromItem(concept: Concept, item: QuizItem): Question {
  const base = { id: `${concept.id}/${item.id}`, conceptId: concept.id, explanation: item.explanation };
  switch (item.kind) {
    case 'mcq':
      return { ...base, kind: 'mcq', prompt: item.question, options: item.options, answer: item.answer };
    case 'true-false':
      return {
        ...base,
        kind: 'true-false',
        prompt: item.statement,
        options: ['True', 'False'],
        answer: item.truth ? 0 : 1,
      };
    case 'typed':
      return { ...base, kind: 'typed', prompt: item.question, accepted: item.accepted };
  }
}

/**
 * Questions made from a concept's basic cards: a typed question when the card lists what may be typed (its short
 * core answer and the alternates a knowing learner types; a card whose answer is a sentence lists none), and a
 * multiple choice whose distractors are other same-topic cards' answers. The card's "why" explains the answer.
 */
function fromCards(
  concept: Concept,
  topicAnswers: readonly { conceptId: string; answer: string }[],
  random: () => number,
) {
  const out: Question[] = [];
  for (const card of concept.cards) {
    if (card.kind !== 'basic') continue;
    const explanation = card.why ?? concept.summary;
    if (card.typed) {
      out.push({
        id: `${cardKey(concept.id, card.id)}:typed`,
        conceptId: concept.id,
        kind: 'typed',
        prompt: card.prompt,
        accepted: card.typed,
        explanation,
      });
    }
    const distractors = uniqueDistractors(
      card.answer,
      shuffleWith(
        topicAnswers.filter((a) => a.conceptId !== concept.id),
        random,
      ).map((a) => a.answer),
    );
    if (distractors.length === 3) {
      const options = shuffleWith([card.answer, ...distractors], random);
      out.push({
        id: `${cardKey(concept.id, card.id)}:mcq`,
        conceptId: concept.id,
        kind: 'mcq',
        prompt: card.prompt,
        options,
        answer: options.indexOf(card.answer),
        explanation,
      });
    }
  }
  return out;
}

function uniqueDistractors(answer: string, candidates: readonly string[]): string[] {
  const seen = new Set([answer.trim().toLowerCase()]);
  const out: string[] = [];
  for (const c of candidates) {
    const key = c.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
    if (out.length === 3) break;
  }
  return out;
}

export interface QuizRequest {
  /** Concepts in scope. */
  concepts: readonly Concept[];
  /** Every concept of the deck: distractors come from the same topic, in or out of scope. */
  deck: readonly Concept[];
  length: number;
  random: () => number;
  /**
   * The quiz is about one concept whose title the learner sees: leave out questions its title answers ("Quiz this
   * concept" on CUDA kernels must not ask what made AlexNet's training fast).
   */
  hideTitleAnswers?: boolean;
}

/** Whether a question's right answer can be read off its concept's title. */
export function titleAnswers(q: Question, title: string): boolean {
  if (q.kind === 'true-false') return false;
  const t = ` ${normalizeAnswer(title)} `;
  const answers = q.kind === 'typed' ? q.accepted : [q.options[q.answer] ?? ''];
  return answers.some((a) => {
    const n = normalizeAnswer(a);
    return n.length > 0 && t.includes(` ${n} `);
  });
}

/** The share of each kind a quiz aims for; what a scope lacks is filled from the other kinds. */
const MIX: [QuestionKind, number][] = [
  ['mcq', 0.4],
  ['true-false', 0.3],
  ['typed', 0.3],
];

/** All questions a scope could ask, deck items first. Ids are unique. */
export function questionPool(req: Omit<QuizRequest, 'length'>): Question[] {
  const answersByTopic = new Map<string, { conceptId: string; answer: string }[]>();
  for (const c of req.deck) {
    const list = answersByTopic.get(c.topic) ?? [];
    for (const card of c.cards)
      if (card.kind === 'basic') list.push({ conceptId: c.id, answer: card.answer });
    answersByTopic.set(c.topic, list);
  }
  const pool: Question[] = [];
  for (const c of req.concepts) {
    const questions = [
      ...c.quiz.map((item) => fromItem(c, item)),
      ...fromCards(c, answersByTopic.get(c.topic) ?? [], req.random),
    ];
    pool.push(...(req.hideTitleAnswers ? questions.filter((q) => !titleAnswers(q, c.title)) : questions));
  }
  const seen = new Set<string>();
  return pool.filter((q) => !seen.has(q.id) && seen.add(q.id));
}

/**
 * A quiz of up to `length` questions: no question twice, a balanced mix of kinds, spread over as many concepts as
 * possible (each round takes at most one question per concept), deck-authored items preferred to generated ones.
 */
export function buildQuiz(req: QuizRequest): Question[] {
  const pool = shuffleWith(questionPool(req), req.random);
  // Deck items first within each kind: they were written and checked as questions.
  const generated = (q: Question) => q.id.includes(':');
  const byKind = new Map<QuestionKind, Question[]>(
    MIX.map(([kind]) => [
      kind,
      pool.filter((q) => q.kind === kind).sort((a, b) => Number(generated(a)) - Number(generated(b))),
    ]),
  );
  const targets = MIX.map(([kind, share]) => [kind, Math.round(req.length * share)] as const);
  const chosen: Question[] = [];
  const usedConcepts = new Map<string, number>();
  const usedCards = new Set<string>();
  const cardOf = (q: Question) => q.id.split(':')[0] as string;
  const take = (kind: QuestionKind, maxPerConcept: number): boolean => {
    const list = byKind.get(kind) ?? [];
    const index = list.findIndex(
      (q) =>
        (usedConcepts.get(q.conceptId) ?? 0) < maxPerConcept && !(generated(q) && usedCards.has(cardOf(q))),
    );
    if (index < 0) return false;
    const [q] = list.splice(index, 1);
    if (!q) return false;
    chosen.push(q);
    usedConcepts.set(q.conceptId, (usedConcepts.get(q.conceptId) ?? 0) + 1);
    if (generated(q)) usedCards.add(cardOf(q));
    return true;
  };
  // Round-robin over kinds up to each kind's target, loosening the per-concept cap as concepts run out.
  for (let cap = 1; chosen.length < req.length && cap <= 50; cap++) {
    let progress = true;
    while (chosen.length < req.length && progress) {
      progress = false;
      for (const [kind, target] of targets) {
        if (chosen.length >= req.length) break;
        const have = chosen.filter((q) => q.kind === kind).length;
        if (have < target && take(kind, cap)) progress = true;
      }
    }
    // Targets met or a kind ran dry: fill from any kind.
    progress = true;
    while (chosen.length < req.length && progress) {
      progress = MIX.some(([kind]) => take(kind, cap));
    }
  }
  return shuffleWith(chosen, req.random);
}

export interface AnswerCheck {
  correct: boolean;
  /** For typed answers: accepted with a typo, so show the right spelling. */
  nearMiss: boolean;
}

/** Grades a response: the chosen option index for choices, the typed text for typed questions. */
export function checkAnswer(q: Question, response: number | string): AnswerCheck {
  if (q.kind === 'typed') {
    const verdict = gradeTypedAnswer(String(response), q.accepted);
    return { correct: verdict.correct, nearMiss: verdict.correct ? !verdict.exact : verdict.distance <= 3 };
  }
  return { correct: response === q.answer, nearMiss: false };
}

/**
 * What a quiz changes in the schedule: every card of a concept the learner missed comes up next. A studied card
 * becomes due now (never later); a card never studied stays new but goes to the front of the new-card line.
 */
export function cardsToRevisit(missedConcepts: Iterable<string>, deck: readonly Concept[]): string[] {
  const missed = new Set(missedConcepts);
  return deck.filter((c) => missed.has(c.id)).flatMap((c) => c.cards.map((card) => cardKey(c.id, card.id)));
}

/** Concepts that need work most: lapses and quiz misses weigh most, then low recall; studied concepts only. */
export function weakConcepts(
  concepts: readonly Concept[],
  signal: (concept: Concept) => { lapses: number; misses: number; retrievability: number | undefined },
  limit: number,
): Concept[] {
  return concepts
    .map((c) => ({ c, s: signal(c) }))
    .filter(({ s }) => s.retrievability !== undefined || s.misses > 0)
    .map(({ c, s }) => ({ c, score: 2 * s.lapses + 2 * s.misses + (1 - (s.retrievability ?? 0.5)) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ c }) => c);
}
