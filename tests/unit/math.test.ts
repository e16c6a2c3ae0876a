// The deck's formulas typeset at build time: every one converts, only allow-listed MathML comes out, and TeX that
// reaches for links, HTML, styles or unknown macros is refused.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formulasOf, texToMathTree } from '../../build/math.ts';
import { mathClasses, mathNodes, parseMathML, styleClasses } from '../../build/mathml-tree.ts';
import { deck } from '../../src/content/deck';
import { isMathTag, type MathNode } from '../../src/ui/math-node';

const allowedAttributes = new Set([
  'display',
  'displaystyle',
  'scriptlevel',
  'mathvariant',
  'fence',
  'separator',
  'stretchy',
  'symmetric',
  'largeop',
  'movablelimits',
  'accent',
  'accentunder',
  'form',
  'lspace',
  'rspace',
  'minsize',
  'maxsize',
  'width',
  'height',
  'depth',
  'voffset',
  'linethickness',
  'columnalign',
  'columnspan',
  'rowspan',
  'notation',
  'encoding',
  'class',
]);

const textOf = (node: MathNode | string): string =>
  typeof node === 'string' ? node : node.children.map(textOf).join('');

describe('typesetting the deck', () => {
  const formulas = formulasOf(deck);
  const trees = Object.values(formulas).flatMap((list) => list.map((f) => f.tree));

  it('typesets every formula of the deck', () => {
    const count = deck.concepts.reduce((n, c) => n + (c.formulas?.length ?? 0), 0);
    expect(count).toBeGreaterThanOrEqual(6);
    expect(trees).toHaveLength(count);
    for (const tree of trees) {
      expect(tree.tag).toBe('math');
      expect(tree.attrs.display).toBe('block');
    }
    const json = JSON.stringify(trees);
    console.log(`${count} formulas: ${json.length} B of JSON trees, ${gzipSync(json).length} B gzip`);
  });

  it('keeps only allow-listed elements, attributes and classes', () => {
    const classes = new Set([...mathClasses, ...Object.values(styleClasses)]);
    for (const tree of trees)
      for (const node of mathNodes(tree)) {
        expect(isMathTag(node.tag), node.tag).toBe(true);
        for (const [name, value] of Object.entries(node.attrs)) {
          expect(allowedAttributes.has(name), `${node.tag} ${name}`).toBe(true);
          if (name === 'class') for (const c of value.split(' ')) expect(classes.has(c), c).toBe(true);
        }
      }
  });

  it("writes attention's softmax(QKᵀ/√d_k)V with a square root over d_k", () => {
    const [attention] = formulas.attention ?? [];
    if (!attention) throw new Error('attention has no formula');
    const nodes = [...mathNodes(attention.tree)];
    const root = nodes.find((n) => n.tag === 'msqrt');
    expect(root && textOf(root)).toBe('dk');
    const letters = nodes.filter((n) => n.tag === 'mi').map(textOf);
    for (const letter of ['Q', 'K', 'V', 'd', 'k']) expect(letters).toContain(letter);
    expect(letters).toContain('softmax');
  });

  it('names the concept and the TeX when a formula cannot be typeset', () => {
    const bad = { concepts: [{ id: 'attention', formulas: [{ tex: String.raw`\frac{Q}{`, says: 'x' }] }] };
    expect(() => formulasOf(bad)).toThrow(/Concept "attention", formula 1: TeX "\\\\frac\{Q\}\{"/);
  });
});

describe('TeX that is refused', () => {
  const refuses = (tex: string, reason: RegExp) =>
    expect(() => texToMathTree(tex, { display: true })).toThrow(reason);

  it('refuses links and untrusted commands', () => {
    refuses(String.raw`\href{javascript:alert(1)}{x}`, /\\href/);
    refuses(String.raw`\url{https://example.com}`, /\\url/);
    refuses(String.raw`\includegraphics{https://example.com/a.png}`, /not trusted/);
  });

  it('refuses the HTML-extension macros', () => {
    refuses(String.raw`\htmlClass{evil}{x}`, /\\htmlClass/);
    refuses(String.raw`\htmlStyle{color:red}{x}`, /\\htmlStyle/);
    refuses(String.raw`\htmlData{a=b}{x}`, /\\htmlData/);
    refuses(String.raw`\htmlId{a}{x}`, /\\htmlId/);
    refuses(String.raw`\class{evil}{x}`, /not trusted/);
    refuses(String.raw`\style{color:red}{x}`, /not trusted/);
  });

  it('refuses raw HTML, even as text', () => {
    refuses('<b>x</b>', /raw "<" or ">"/);
    refuses(String.raw`\text{<script>alert(1)</script>}`, /raw "<" or ">"/);
  });

  it('refuses an unknown macro', () => {
    refuses(String.raw`\notamacro{x}`, /\\notamacro/);
  });

  it('refuses a colour: formula colours come from the theme', () => {
    refuses(String.raw`\color{red}{x}`, /style "color:#ff0000" on <mi> is not allowed/);
  });

  it('accepts \\lt where a raw < would be refused', () => {
    expect(textOf(texToMathTree(String.raw`x_{\lt t}`, { display: false }))).toBe('x<t');
  });
});

describe('reading MathML strictly', () => {
  it('turns the spacing styles Temml writes into classes', () => {
    const tree = parseMathML(
      '<math><mtd class="tml-right" style="padding-left:0em;padding-right:0em;"><mi>x</mi></mtd></math>',
    );
    expect(tree.children[0]).toEqual({
      tag: 'mtd',
      attrs: { class: 'tml-right math-flush-left math-flush-right' },
      children: [{ tag: 'mi', attrs: {}, children: ['x'] }],
    });
  });

  it('decodes escaped text and keeps it as text', () => {
    const tree = parseMathML('<math><mtext>&lt;b&gt; &amp; &#x27;&#39;&quot;</mtext></math>');
    expect(textOf(tree)).toBe(`<b> & ''"`);
  });

  it('refuses elements, attributes and markup outside the allow-lists', () => {
    expect(() => parseMathML('<math><a href="x">x</a></math>')).toThrow('element <a> is not allowed');
    expect(() => parseMathML('<math><mi onclick="x">x</mi></math>')).toThrow('attribute onclick');
    expect(() => parseMathML('<math><mi href="x">x</mi></math>')).toThrow('attribute href');
    expect(() => parseMathML('<math><mi mathvariant="x">x</mi></math>')).toThrow('has a value not allowed');
    expect(() => parseMathML('<math><mi class="evil">x</mi></math>')).toThrow('class "evil"');
    expect(() => parseMathML('<math><mi style="background:url(x)">x</mi></math>')).toThrow('style');
    expect(() => parseMathML('<math><mi style="padding-left:9em">x</mi></math>')).toThrow('style');
    expect(() => parseMathML('<math><!-- x --></math>')).toThrow('comments');
    expect(() => parseMathML('<math><mi>x</mo></math>')).toThrow('closed by');
    expect(() => parseMathML('<math><mi>x</mi>')).toThrow('never closed');
    expect(() => parseMathML('<math><mi>&nbsp;</mi></math>')).toThrow('unknown character reference');
    // Names an object inherits are not allow-listed names.
    expect(() => parseMathML('<math><mi>&constructor;</mi></math>')).toThrow('unknown character reference');
    expect(() => parseMathML('<math><mi constructor="x">x</mi></math>')).toThrow('attribute constructor');
    expect(() => parseMathML('<math><mi style="toString">x</mi></math>')).toThrow('style "toString"');
    expect(() => parseMathML('<math></math><math></math>')).toThrow('content after');
    expect(() => parseMathML('<mrow></mrow>')).toThrow('not <math>');
    expect(() => parseMathML('<math><mrow>loose text</mrow></math>')).toThrow('directly inside <mrow>');
  });
});
