// Grades a typed answer the way a fair human marker would: ignoring case, accents, punctuation, spacing and leading
// articles, reading numbers by value, accepting listed alternates, and forgiving small typos (never in numbers).

const ARTICLES = /^(the|a|an)\s+/;
const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
};
// A number with optional thousands separators and decimals, optionally followed by a scale word or letter.
const NUMBER = /(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|mn|bn|tn|k|m|b|t)?(?![a-z])/g;

const NUMBER_WORDS: Record<string, string> = {
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  twenty: '20',
  hundred: '100',
};
const WORD_NUMBER = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'g');

/**
 * Lower-case, strip accents and punctuation, fold spaces, and drop a leading article. Numbers, in digits or as small
 * number words, become `#<value>`; "10x" reads as "10 times".
 */
export function normalizeAnswer(text: string): string {
  let s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .trim()
    .replace(WORD_NUMBER, (w) => NUMBER_WORDS[w] ?? w)
    .replace(/(\d)\s*[x×](?![a-z])/g, '$1 times');
  s = s.replace(NUMBER, (_, digits: string, scale: string | undefined) => {
    const value = Number(digits.replace(/,/g, '')) * (scale ? (SCALE[scale] ?? 1) : 1);
    return ` #${Number.isFinite(value) ? Number(value.toPrecision(12)) : digits} `;
  });
  s = s
    .replace(/[^a-z0-9#.\s]/g, ' ')
    .replace(/(?<![#\d])\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return s.replace(ARTICLES, '');
}

/** Optimal-string-alignment Damerau–Levenshtein distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/**
 * Typos allowed for an answer of this many characters: none up to 3 (an acronym one letter off is another word:
 * CPU for GPU, LTD for LTP, CNN for RNN), 1 up to 6, 2 beyond.
 */
export const typoAllowance = (length: number): number => (length <= 3 ? 0 : length <= 6 ? 1 : 2);

const numbersIn = (s: string) => s.match(/#[\d.e+]+/g) ?? [];

export interface AnswerVerdict {
  correct: boolean;
  /** Matched an accepted answer exactly after normalising (no typo). */
  exact: boolean;
  /** The accepted answer closest to what was typed. */
  closest: string;
  /** Edit distance to it, after normalising. */
  distance: number;
}

export function gradeTypedAnswer(response: string, accepted: readonly string[]): AnswerVerdict {
  const typed = normalizeAnswer(response);
  let best: AnswerVerdict = { correct: false, exact: false, closest: accepted[0] ?? '', distance: Infinity };
  if (typed === '') return best;
  for (const answer of accepted) {
    const target = normalizeAnswer(answer);
    if (typed === target) return { correct: true, exact: true, closest: answer, distance: 0 };
    const distance = editDistance(typed, target);
    // Numbers must match exactly: "1.5 billion" is not a typo of "2.5 billion".
    const sameNumbers = numbersIn(typed).join() === numbersIn(target).join();
    const textLength = target.replace(/#[\d.e+]+/g, '').length;
    // An acronym one letter off is another word (CPUs for GPUs, RNNs for CNNs): acronyms get no typo allowance.
    const acronym = /[A-Z]{2,}/.test(answer);
    const correct = sameNumbers && distance <= (acronym ? 0 : typoAllowance(textLength));
    if (correct && (!best.correct || distance < best.distance))
      best = { correct, exact: false, closest: answer, distance };
    else if (!best.correct && distance < best.distance)
      best = { correct: false, exact: false, closest: answer, distance };
  }
  return best;
}

export type DiffPart = { kind: 'same' | 'missing' | 'extra'; text: string };

/** A character diff of what was typed against the answer, for showing a near miss: LCS, grouped into runs. */
export function diffAnswer(typed: string, answer: string): DiffPart[] {
  const a = typed;
  const b = answer;
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      (lcs[i] as number[])[j] =
        a[i]?.toLowerCase() === b[j]?.toLowerCase()
          ? ((lcs[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((lcs[i + 1] as number[])[j] as number, (lcs[i] as number[])[j + 1] as number);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], ch: string) => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += ch;
    else parts.push({ kind, text: ch });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]?.toLowerCase() === b[j]?.toLowerCase()) {
      push('same', b[j] as string);
      i++;
      j++;
    } else if (((lcs[i + 1] as number[])[j] as number) >= ((lcs[i] as number[])[j + 1] as number)) {
      push('extra', a[i] as string);
      i++;
    } else {
      push('missing', b[j] as string);
      j++;
    }
  }
  while (i < a.length) push('extra', a[i++] as string);
  while (j < b.length) push('missing', b[j++] as string);
  return parts;
}
