// Counts of parameters as words (1.2 million, 3 billion) and powers of ten as 10⁶, for axes and readouts.

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
};

/** 1e6 → "10⁶". */
export function powerOfTen(value: number): string {
  const exponent = String(Math.round(Math.log10(value)));
  return `10${[...exponent].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
}

/** 1_234_000 → "1.23 million"; below a thousand, the plain number. */
export function countInWords(value: number): string {
  const units: [number, string][] = [
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
  ];
  for (const [size, word] of units) {
    if (value >= size) return `${Number((value / size).toPrecision(3))} ${word}`;
  }
  return String(Math.round(value));
}
