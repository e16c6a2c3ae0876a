/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

declare module 'virtual:deck-index' {
  /** Every card's progress key (`conceptId/cardId`), in deck order. */
  export const cardKeys: readonly string[];
  export const conceptCount: number;
  /** Each concept's topic, by concept id. */
  export const conceptTopics: Readonly<Record<string, import('./content/schema').Topic>>;
}

/** The deck (src/content/concepts.json) as minified JSON text, made at build time (vite.config.ts). */
declare module 'virtual:deck-text' {
  const text: string;
  export default text;
}

/** Each concept's title, topic, tags, summary and card ids: what the concept list needs, without the cards. */
declare module 'virtual:deck-outline' {
  export const concepts: readonly import('./content/schema').ConceptOutline[];
}

/** Each concept's formulas, typeset from the deck's TeX to MathML trees at build time (build/math.ts). */
declare module 'virtual:deck-formulas' {
  export const formulas: Readonly<Record<string, readonly import('./ui/math-node').TypesetFormula[]>>;
}

/** A live figure's first experiment, run at build time (build/first-runs.ts); the figure knows its type. */
declare module 'virtual:first-run/*' {
  const result: unknown;
  export default result;
}
