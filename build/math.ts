// Typesets the deck's formulas at build time: TeX → MathML (Temml) → an allow-listed MathNode tree the page renders
// with React elements. The browser ships no TeX library and no MathML markup string.
import temml from 'temml';
import type { MathNode, TypesetFormula } from '../src/ui/math-node.ts';
import { parseMathML } from './mathml-tree.ts';

/**
 * The MathML tree of one TeX formula. Throws, naming the TeX, when Temml cannot parse it (an unknown macro, a
 * bracket never closed), when it asks for something untrusted (\href, \class, \style, \includegraphics…), when the
 * TeX holds a raw `<` or `>` (HTML has no place in a formula: write \lt and \gt), and when Temml's MathML uses any
 * element, attribute or style outside the allow-lists (a \color, for one: colours come from the theme).
 */
export function texToMathTree(tex: string, { display }: { display: boolean }): MathNode {
  try {
    if (/[<>]/.test(tex)) throw new Error('a raw "<" or ">" is not allowed (write \\lt or \\gt)');
    const markup = temml.renderToString(tex, {
      displayMode: display,
      throwOnError: true,
      trust: false,
      annotate: false,
    });
    return parseMathML(markup);
  } catch (error) {
    const reason = error instanceof Error ? error.message.trim() : String(error);
    throw new Error(`TeX ${JSON.stringify(tex)} cannot be typeset: ${reason}`);
  }
}

/** What formulasOf reads of a deck (the parsed deck satisfies it). */
interface DeckWithFormulas {
  concepts: readonly {
    id: string;
    formulas?: readonly { tex: string; says: string; label?: string }[];
  }[];
}

/**
 * Every formula of a parsed deck, typeset as a display formula, keyed by concept id (concepts without formulas are
 * left out). Throws on the first formula that cannot be typeset, naming its concept.
 */
export function formulasOf(deck: DeckWithFormulas): Record<string, TypesetFormula[]> {
  const byConcept: Record<string, TypesetFormula[]> = {};
  for (const concept of deck.concepts) {
    if (!concept.formulas?.length) continue;
    byConcept[concept.id] = concept.formulas.map((formula, index) => {
      try {
        const tree = texToMathTree(formula.tex, { display: true });
        return formula.label === undefined
          ? { tree, says: formula.says }
          : { tree, says: formula.says, label: formula.label };
      } catch (error) {
        throw new Error(
          `Concept "${concept.id}", formula ${index + 1}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    });
  }
  return byConcept;
}
