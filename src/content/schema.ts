// The deck's shape: one valibot schema per data shape, with the types inferred from it.
import * as v from 'valibot';

export const topics = [
  'foundations',
  'training',
  'generalization',
  'language',
  'reasoning',
  'agi-and-ethics',
] as const;
export type Topic = (typeof topics)[number];

export const isTopic = (value: string | null | undefined): value is Topic =>
  value != null && (topics as readonly string[]).includes(value);

export const topicLabels: Record<Topic, string> = {
  foundations: 'Foundations',
  training: 'Training',
  generalization: 'Generalization',
  language: 'Language',
  reasoning: 'Reasoning',
  'agi-and-ethics': 'AGI and ethics',
};

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const kebab = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'));
const timestamp = v.pipe(v.string(), v.regex(/^\d\d:\d\d:\d\d$/, 'must be a hh:mm:ss timestamp'));

/** A cloze text holds exactly one gap, written {{like this}}. */
export const clozeGap = /\{\{([^{}]+)\}\}/g;

/** One or two sentences shown after the answer: the reason or the evidence, so a card teaches and not only tests. */
const why = text;

export const BasicCardSchema = v.strictObject({
  id: text,
  kind: v.literal('basic'),
  prompt: text,
  answer: text,
  /**
   * When a card becomes a typed quiz question: the short core answer a knowing learner types, and the other forms
   * that are just as right (a surname, a number with its unit, an abbreviation). Without it the card is never typed.
   */
  typed: v.optional(v.pipe(v.array(text), v.minLength(1))),
  why,
});

export const ClozeCardSchema = v.strictObject({
  id: text,
  kind: v.literal('cloze'),
  text: v.pipe(
    text,
    v.check((s) => (s.match(clozeGap) ?? []).length === 1, 'a cloze must have exactly one {{gap}}'),
  ),
  why,
});

export const CardSchema = v.variant('kind', [BasicCardSchema, ClozeCardSchema]);

export const McqSchema = v.pipe(
  v.strictObject({
    id: text,
    kind: v.literal('mcq'),
    question: text,
    options: v.pipe(v.array(text), v.length(4, 'a multiple choice has exactly 4 options')),
    answer: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)),
    explanation: text,
  }),
  v.check(
    (q) => new Set(q.options.map((o) => o.toLowerCase())).size === q.options.length,
    'options must be unique',
  ),
);

export const TrueFalseSchema = v.strictObject({
  id: text,
  kind: v.literal('true-false'),
  statement: text,
  truth: v.boolean(),
  explanation: text,
});

export const TypedSchema = v.strictObject({
  id: text,
  kind: v.literal('typed'),
  question: text,
  accepted: v.pipe(v.array(text), v.minLength(1)),
  explanation: text,
});

export const QuizItemSchema = v.variant('kind', [McqSchema, TrueFalseSchema, TypedSchema]);

export const ReferenceSchema = v.strictObject({
  title: text,
  authors: text,
  year: v.pipe(v.number(), v.integer()),
  url: v.optional(v.pipe(v.string(), v.url(), v.startsWith('https://'))),
});

/**
 * A formula, where it is the clearest statement of the idea: its TeX (typeset to MathML at build time, build/math.ts,
 * which refuses any TeX it cannot typeset safely) and what it says in plain words, for learners who do not read the
 * notation and as its text alternative.
 */
export const FormulaSchema = v.strictObject({
  tex: text,
  says: text,
  /** A short name shown above it: "The Adam update (Kingma and Ba, Algorithm 1)". */
  label: v.optional(text),
});

export const ConceptSchema = v.strictObject({
  id: kebab,
  title: text,
  topic: v.picklist(topics),
  tags: v.pipe(v.array(text), v.minLength(1)),
  summary: text,
  explanation: text,
  section: timestamp,
  speaker: v.optional(text),
  references: v.pipe(v.array(ReferenceSchema), v.minLength(1)),
  formulas: v.optional(v.pipe(v.array(FormulaSchema), v.minLength(1))),
  related: v.pipe(v.array(kebab), v.minLength(1)),
  /** The concepts this one builds on: new cards are introduced after theirs. */
  prerequisites: v.array(kebab),
  cards: v.pipe(v.array(CardSchema), v.minLength(1)),
  quiz: v.array(QuizItemSchema),
});

export const SectionSchema = v.strictObject({ time: timestamp, heading: text });

/** The episode the deck is drawn from: its YouTube id, checked against the episode's own page, written once here. */
export const EpisodeSchema = v.strictObject({
  title: text,
  youtubeId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{11}$/, 'must be a YouTube video id')),
});

export const DeckSchema = v.pipe(
  v.strictObject({
    episode: EpisodeSchema,
    sections: v.pipe(v.array(SectionSchema), v.minLength(1)),
    concepts: v.pipe(v.array(ConceptSchema), v.minLength(1)),
  }),
  v.check(
    (deck) => new Set(deck.concepts.map((c) => c.id)).size === deck.concepts.length,
    'concept ids must be unique',
  ),
  v.check((deck) => {
    const ids = new Set(deck.concepts.map((c) => c.id));
    return deck.concepts.every((c) => c.related.every((r) => ids.has(r)));
  }, 'every related id must name a concept in the deck'),
  v.check((deck) => {
    const ids = new Set(deck.concepts.map((c) => c.id));
    return deck.concepts.every((c) => c.prerequisites.every((r) => ids.has(r) && r !== c.id));
  }, 'every prerequisite must name another concept in the deck'),
  v.check((deck) => {
    const times = new Set(deck.sections.map((s) => s.time));
    return deck.concepts.every((c) => times.has(c.section));
  }, 'every concept section must be one of the deck sections'),
);

export type BasicCard = v.InferOutput<typeof BasicCardSchema>;
export type ClozeCard = v.InferOutput<typeof ClozeCardSchema>;
export type Card = v.InferOutput<typeof CardSchema>;
export type QuizItem = v.InferOutput<typeof QuizItemSchema>;
export type Mcq = v.InferOutput<typeof McqSchema>;
export type TrueFalse = v.InferOutput<typeof TrueFalseSchema>;
export type Typed = v.InferOutput<typeof TypedSchema>;
export type Reference = v.InferOutput<typeof ReferenceSchema>;
export type Formula = v.InferOutput<typeof FormulaSchema>;
export type Concept = v.InferOutput<typeof ConceptSchema>;
/** What a list of concepts shows and searches (built from the deck at build time: `virtual:deck-outline`). */
export type ConceptOutline = Pick<Concept, 'id' | 'title' | 'topic' | 'tags' | 'summary'> & {
  cards: readonly { id: string }[];
};
export type Section = v.InferOutput<typeof SectionSchema>;
export type Deck = v.InferOutput<typeof DeckSchema>;
