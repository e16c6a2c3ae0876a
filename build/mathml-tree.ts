// A small strict reader for the MathML Temml writes: well-formed markup in, an allow-listed MathNode tree out.
// Anything outside the allow-lists (an element, an attribute, a value, a class, an inline style) is an error, so a
// formula can only ever become MathML Core elements with checked attributes, known classes and escaped text.
import { isMathTag, type MathNode } from '../src/ui/math-node.ts';

const yesNo = /^(true|false)$/;
/** One CSS length as Temml writes them (`0.1667em`, `-0.22em`, `0px`, `3pt`). */
const length = /^-?(\d+(\.\d+)?|\.\d+)(em|ex|px|pt|%)?$/;
const integer = /^[+-]?\d+$/;
const alignments = /^(left|center|right)( (left|center|right))*$/;

/** Every attribute a formula may carry, with the values it may take. */
const attributeValues: Record<string, RegExp> = {
  display: /^(block|inline)$/,
  displaystyle: yesNo,
  scriptlevel: integer,
  mathvariant:
    /^(normal|bold|italic|bold-italic|double-struck|script|bold-script|fraktur|bold-fraktur|sans-serif|bold-sans-serif|sans-serif-italic|sans-serif-bold-italic|monospace)$/,
  fence: yesNo,
  separator: yesNo,
  stretchy: yesNo,
  symmetric: yesNo,
  largeop: yesNo,
  movablelimits: yesNo,
  accent: yesNo,
  accentunder: yesNo,
  form: /^(prefix|infix|postfix)$/,
  lspace: length,
  rspace: length,
  minsize: length,
  maxsize: length,
  width: length,
  height: length,
  depth: length,
  voffset: length,
  linethickness: length,
  columnalign: alignments,
  columnspan: /^\d+$/,
  rowspan: /^\d+$/,
  notation: /^[a-z]+( [a-z]+)*$/,
  encoding: /^application\/x-tex$/,
};

/**
 * The classes of Temml's stylesheet that a formula may use; styles/math.css gives them their rules (italic
 * corrections, accent nudges, column alignment, row spacing). A class needing Temml's own font is not here.
 */
export const mathClasses: ReadonlySet<string> = new Set([
  'tml-sml-pad',
  'tml-med-pad',
  'tml-lrg-pad',
  'tml-right',
  'tml-left',
  'tml-jot',
  'mathcal',
  'chr-sml',
  'chr-med',
  'chr-lrg',
  'wbk-acc',
  'wbk-sml',
  'wbk-sml-acc',
  'wbk-med',
  'wbk-med-acc',
  'wbk-lrg',
  'wbk-lrg-acc',
]);

/**
 * The inline CSS Temml writes for spacing, each declaration turned into a class of styles/math.css: a tree carries no
 * inline styles, only classes (and jsdom, where the component tests run, gives MathML elements no style object).
 */
export const styleClasses: Readonly<Record<string, string>> = {
  // The cells of aligned equations sit flush against the = column.
  'padding-left:0em': 'math-flush-left',
  'padding-right:0em': 'math-flush-right',
  // Accents keep the script size of their base.
  'math-depth:0': 'math-depth-0',
  // \! (a negative thin space).
  'margin-left:-0.1667em': 'math-nudge-left',
};

/** Elements whose content is text (MathML token elements, and the TeX annotation). */
const textElements = new Set(['mi', 'mn', 'mo', 'ms', 'mtext', 'annotation']);

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&([^;&\s<]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new Error(`an unterminated character reference: ${whole}`);
    const named = Object.hasOwn(entities, name) ? entities[name] : undefined;
    if (named !== undefined) return named;
    const numeric = /^#(x[0-9a-fA-F]{1,6}|[0-9]{1,7})$/.exec(name);
    if (!numeric?.[1]) throw new Error(`an unknown character reference: ${whole}`);
    const code = numeric[1].startsWith('x')
      ? Number.parseInt(numeric[1].slice(1), 16)
      : Number.parseInt(numeric[1], 10);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      throw new Error(`an invalid character reference: ${whole}`);
    return String.fromCodePoint(code);
  });
}

function checkAttribute(tag: string, name: string, value: string): void {
  const allowed = Object.hasOwn(attributeValues, name) ? attributeValues[name] : undefined;
  if (!allowed) throw new Error(`attribute ${name} on <${tag}> is not allowed`);
  if (!allowed.test(value))
    throw new Error(`attribute ${name}="${value}" on <${tag}> has a value not allowed`);
}

function checkClasses(tag: string, value: string): string[] {
  const names = value.split(/\s+/).filter(Boolean);
  for (const name of names)
    if (!mathClasses.has(name)) throw new Error(`class "${name}" on <${tag}> is not allowed`);
  return names;
}

function styleToClasses(tag: string, value: string): string[] {
  return value
    .split(';')
    .map((declaration) => declaration.replace(/\s+/g, ''))
    .filter(Boolean)
    .map((declaration) => {
      const name = Object.hasOwn(styleClasses, declaration) ? styleClasses[declaration] : undefined;
      if (!name) throw new Error(`style "${declaration}" on <${tag}> is not allowed`);
      return name;
    });
}

/** Reads markup left to right; every method either consumes what it expects or throws. */
class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  element(isRoot: boolean): MathNode {
    this.expect('<');
    const tag = this.name();
    if (!isMathTag(tag)) throw new Error(`element <${tag}> is not allowed`);
    const attrs: Record<string, string> = {};
    const classes: string[] = [];
    const seen = new Set<string>();
    for (;;) {
      const spaced = this.skipSpace();
      if (this.peek('/>') || this.peek('>')) break;
      if (!spaced) throw this.error('expected a space before an attribute');
      const name = this.name();
      if (seen.has(name)) throw new Error(`attribute ${name} appears twice on <${tag}>`);
      seen.add(name);
      this.expect('="');
      const end = this.source.indexOf('"', this.at);
      if (end < 0) throw this.error('an attribute value never ends');
      const raw = this.source.slice(this.at, end);
      if (raw.includes('<')) throw this.error('"<" inside an attribute value');
      const value = decode(raw);
      this.at = end + 1;
      // The page decides how the whole formula is displayed (MathFormula's `display`), not Temml's root class.
      if (isRoot && (name === 'class' || name === 'style')) continue;
      if (name === 'class') classes.push(...checkClasses(tag, value));
      else if (name === 'style') classes.push(...styleToClasses(tag, value));
      else {
        checkAttribute(tag, name, value);
        attrs[name] = value;
      }
    }
    if (classes.length > 0) attrs.class = classes.join(' ');
    const node = (children: (MathNode | string)[]): MathNode => ({ tag, attrs, children });
    if (this.peek('/>')) {
      this.at += 2;
      return node([]);
    }
    this.expect('>');
    const children: (MathNode | string)[] = [];
    for (;;) {
      if (this.peek('</')) break;
      if (this.at >= this.source.length) throw new Error(`<${tag}> is never closed`);
      if (this.peek('<')) {
        if (this.peek('<!') || this.peek('<?'))
          throw this.error('comments, CDATA and declarations are not allowed');
        children.push(this.element(false));
        continue;
      }
      const end = this.source.indexOf('<', this.at);
      const text = decode(this.source.slice(this.at, end < 0 ? this.source.length : end));
      this.at = end < 0 ? this.source.length : end;
      if (!textElements.has(tag)) {
        if (text.trim() !== '') throw new Error(`text "${text}" directly inside <${tag}> is not allowed`);
        continue;
      }
      children.push(text);
    }
    this.expect('</');
    const closing = this.name();
    if (closing !== tag) throw this.error(`<${tag}> is closed by </${closing}>`);
    this.skipSpace();
    this.expect('>');
    return node(children);
  }

  end(): void {
    this.skipSpace();
    if (this.at !== this.source.length) throw this.error('content after the <math> element');
  }

  private name(): string {
    const match = /^[a-zA-Z][a-zA-Z0-9-]*/.exec(this.source.slice(this.at, this.at + 64));
    if (!match) throw this.error('expected a name');
    this.at += match[0].length;
    return match[0];
  }

  private skipSpace(): boolean {
    const start = this.at;
    while (/\s/.test(this.source[this.at] ?? '')) this.at++;
    return this.at > start;
  }

  private peek(text: string): boolean {
    return this.source.startsWith(text, this.at);
  }

  private expect(text: string): void {
    if (!this.peek(text)) throw this.error(`expected "${text}"`);
    this.at += text.length;
  }

  private error(message: string): Error {
    return new Error(`${message} at character ${this.at} of the MathML`);
  }
}

/**
 * Turns one `<math>` element of MathML markup into a tree of allow-listed elements. Throws on malformed markup and on
 * any element, attribute, value, class or inline style outside the allow-lists; allowed inline styles become classes.
 * The root's class and style are dropped, since the page sets how a formula is displayed.
 */
export function parseMathML(markup: string): MathNode {
  const reader = new Reader(markup.trim());
  const root = reader.element(true);
  reader.end();
  if (root.tag !== 'math') throw new Error(`the root element is <${root.tag}>, not <math>`);
  return root;
}

/** Every element of a tree, the root first. */
export function* mathNodes(node: MathNode): Generator<MathNode> {
  yield node;
  for (const child of node.children) if (typeof child !== 'string') yield* mathNodes(child);
}
