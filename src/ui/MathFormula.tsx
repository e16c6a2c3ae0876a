// A formula of the deck: the MathML tree typeset at build time (build/math.ts), drawn as React elements, never as
// innerHTML, with what it says in words under it.
import { createElement, type ReactNode, useId } from 'react';
import { isMathTag, type MathNode, type TypesetFormula } from './math-node';

function renderMath(node: MathNode | string): ReactNode {
  if (typeof node === 'string') return node;
  // The tree was checked against the same allow-list at build time; this keeps an unknown tag off the page anyway.
  if (!isMathTag(node.tag)) return null;
  const { class: className, ...attrs } = node.attrs;
  // Inside <math>, React creates every element in the MathML namespace.
  return createElement(node.tag, { ...attrs, className }, ...node.children.map(renderMath));
}

export function MathFormula({ tree, says, label }: TypesetFormula) {
  const captionId = useId();
  return (
    <figure className="formula" aria-labelledby={captionId}>
      {/* A long formula scrolls sideways on a phone, and a keyboard can scroll it too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
      <div className="formula-math" role="group" aria-label={label ?? 'Formula'} tabIndex={0}>
        {renderMath(tree)}
      </div>
      <figcaption id={captionId}>
        {label ? <strong className="formula-label">{label}.</strong> : null} {says}
      </figcaption>
    </figure>
  );
}
