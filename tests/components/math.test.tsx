import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formulasOf } from '../../build/math.ts';
import { deck } from '../../src/content/deck';
import { MathFormula } from '../../src/ui/MathFormula';

const MATHML = 'http://www.w3.org/1998/Math/MathML';
const formulas = formulasOf(deck);

describe('a formula on a concept page', () => {
  it('shows attention as MathML, in the MathML namespace, with its reading in words', () => {
    const [attention] = formulas.attention ?? [];
    if (!attention) throw new Error('attention has no formula');
    const { container } = render(<MathFormula {...attention} />);

    const math = container.querySelector('math');
    expect(math?.namespaceURI).toBe(MATHML);
    expect(math?.getAttribute('display')).toBe('block');
    expect(math?.querySelector('msqrt')?.namespaceURI).toBe(MATHML);
    expect(math?.querySelector('mfrac')).not.toBeNull();
    expect(math?.textContent?.replace(/\u2061/g, '')).toBe('Attention(Q,K,V)=softmax(QK⊤dk)V');

    const figure = screen.getByRole('figure', {
      name: (name) => name.startsWith(`${attention.label}.`) && name.endsWith(attention.says),
    });
    expect(math && figure.contains(math)).toBe(true);
    expect(screen.getByText(attention.says)).toBeVisible();
  });

  it('lets a keyboard reach a formula that scrolls sideways on a phone', () => {
    const [adam] = formulas['adam-optimizer'] ?? [];
    if (!adam) throw new Error('adam-optimizer has no formula');
    render(<MathFormula {...adam} />);
    const scroller = screen.getByRole('group', { name: adam.label });
    expect(scroller).toHaveAttribute('tabindex', '0');
    expect(scroller.querySelectorAll('mtr')).toHaveLength(6);
  });

  it('reads a formula without a label by its words alone', () => {
    const [tree] = Object.values(formulas).flat();
    if (!tree) throw new Error('the deck has no formula');
    render(<MathFormula tree={tree.tree} says="Loss falls as a power of size." />);
    expect(screen.getByRole('figure', { name: 'Loss falls as a power of size.' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Formula' })).toBeInTheDocument();
  });
});
