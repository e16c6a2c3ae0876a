import { describe, expect, it } from 'vitest';
import { diffAnswer, editDistance, gradeTypedAnswer, normalizeAnswer } from '../../src/engine/answer-match';

describe('typed-answer grading', () => {
  const accepted: [string, string[], boolean][] = [
    // case, accents, punctuation, spaces, articles
    ['double descent', ['Double descent'], true],
    ['  DOUBLE   descent!! ', ['Double descent'], true],
    ['the transformer', ['Transformer'], true],
    ['An LSTM', ['LSTM'], true],
    ['Elman network', ['Elman network'], true],
    ['régularisation', ['regularisation'], true],
    ['early-stopping', ['early stopping'], true],
    // numbers by value
    ['1.5 billion', ['1.5B'], true],
    ['1.5B', ['1,500,000,000'], true],
    ['1,500,000,000', ['1.5 billion'], true],
    ['1.5bn', ['1.5 billion'], true],
    ['4096', ['4,096'], true],
    ['2.5 billion', ['1.5 billion'], false],
    ['1990', ['1991'], false],
    ['15 million', ['1.5 million'], false],
    // alternates
    ['SGD', ['stochastic gradient descent', 'SGD'], true],
    // typos by length: ≤1 up to 6 characters, ≤2 beyond
    ['Adma', ['Adam'], true],
    ['Aadm', ['Adam'], true],
    ['Adm', ['Adam'], true],
    ['Adan', ['Adam'], true],
    ['Abdm', ['Adam'], false],
    ['Xbdm', ['Adam'], false],
    ['doubel descent', ['double descent'], true],
    ['dubel descent', ['double descent'], true],
    ['dbel dscent', ['double descent'], false],
    ['Krizhevksy', ['Krizhevsky'], true],
    // short answers: an acronym one letter off is another word
    ['CPU', ['GPU'], false],
    ['LTD', ['LTP'], false],
    ['CNN', ['RNN'], false],
    ['ML', ['MT'], false],
    ['GPT2', ['GPT-2'], true],
    // wrong answers and empty input
    ['early stopping', ['double descent'], false],
    ['', ['Adam'], false],
    ['the', ['the'], true],
  ];
  it.each(accepted)('%j against %j → %s', (typed, answers, correct) => {
    expect(gradeTypedAnswer(typed, answers).correct).toBe(correct);
  });

  it('marks a typo-tolerant match as correct but not exact, and names the closest answer', () => {
    expect(gradeTypedAnswer('Krizhevksy', ['Alex Krizhevsky', 'Krizhevsky'])).toMatchObject({
      correct: true,
      exact: false,
      closest: 'Krizhevsky',
    });
    expect(gradeTypedAnswer('krizhevsky', ['Krizhevsky'])).toMatchObject({ correct: true, exact: true });
  });

  it('normalises numbers and text', () => {
    expect(normalizeAnswer('The 1.5B-parameter model')).toBe('#1500000000 parameter model');
    expect(normalizeAnswer('1,500,000,000')).toBe(normalizeAnswer('1.5 billion'));
  });

  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('adma', 'adam')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('shows the difference of a near miss', () => {
    expect(diffAnswer('Krizhevksy', 'Krizhevsky')).toEqual([
      { kind: 'same', text: 'Krizhev' },
      { kind: 'extra', text: 'k' },
      { kind: 'same', text: 's' },
      { kind: 'missing', text: 'k' },
      { kind: 'same', text: 'y' },
    ]);
  });

  it('reads small number words and "10x" the way a marker would', () => {
    expect(gradeTypedAnswer('towards 0', ['towards zero']).correct).toBe(true);
    expect(gradeTypedAnswer('ten', ['10']).correct).toBe(true);
    expect(gradeTypedAnswer('10x', ['10 times']).correct).toBe(true);
    expect(gradeTypedAnswer('11x', ['10 times']).correct).toBe(false);
  });

  it('gives acronyms no typo allowance: CPUs is not GPUs', () => {
    expect(gradeTypedAnswer('CPUs', ['GPUs']).correct).toBe(false);
    expect(gradeTypedAnswer('gpus', ['GPUs']).correct).toBe(true);
  });
});
