// A formula as plain data: the MathML that Temml made from the deck's TeX at build time, reduced to allow-listed
// elements and attributes, so the page renders it with React elements and never with innerHTML.

/** One MathML element. Text is a plain string child, which React escapes like any other text. */
export interface MathNode {
  tag: MathTag;
  /** MathML attributes, plus `class`: only the layout classes styled in styles/math.css. */
  attrs: Readonly<Record<string, string>>;
  children: readonly (MathNode | string)[];
}

/** The MathML Core elements a formula may use (https://w3c.github.io/mathml-core/#mathml-elements-and-attributes). */
export const mathTags = [
  'math',
  'mrow',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'mspace',
  'msup',
  'msub',
  'msubsup',
  'mfrac',
  'msqrt',
  'mroot',
  'mover',
  'munder',
  'munderover',
  'mmultiscripts',
  'mprescripts',
  'mstyle',
  'mpadded',
  'mphantom',
  'menclose',
  'mtable',
  'mtr',
  'mtd',
  'semantics',
  'annotation',
] as const;
export type MathTag = (typeof mathTags)[number];

export const isMathTag = (tag: string): tag is MathTag => (mathTags as readonly string[]).includes(tag);

/** A formula of the deck as the concept page shows it: the typeset tree, its reading in words, an optional name. */
export interface TypesetFormula {
  tree: MathNode;
  /** The formula in plain words: shown under it, and what a learner who does not read the notation needs. */
  says: string;
  label?: string;
}
