import { describe, expect, it } from 'vitest';
import { ILSVRC_2012_TOP5 } from '../../src/features/figures/data/alexnet-2012';
import { ALPHAGO_ZERO_ELO } from '../../src/features/figures/data/alphago-zero-2017';
import { BI_POO_WINDOW_MS } from '../../src/features/figures/data/bi-poo-1998';
import { GPT2_RELEASES } from '../../src/features/figures/data/gpt2-release-2019';
import {
  KAPLAN_ALPHA_N,
  KAPLAN_N_C,
  KAPLAN_PLOT_RANGE,
  kaplanLoss,
} from '../../src/features/figures/data/kaplan-2020';
import {
  attentionWeights,
  heatLevel,
  SENTENCE,
  softmax,
} from '../../src/features/figures/static/attention-weights';
import { backpropSteps, EXAMPLE_INPUTS, solveGraph } from '../../src/features/figures/static/backprop-graph';
import { countInWords, powerOfTen } from '../../src/features/figures/static/format-count';
import { formatNumber } from '../../src/features/figures/static/format-number';
import { releaseDate } from '../../src/features/figures/static/release-date';

describe('Kaplan et al. 2020 loss against model size', () => {
  it('uses the paper’s constants', () => {
    expect(KAPLAN_ALPHA_N).toBe(0.076);
    expect(KAPLAN_N_C).toBe(8.8e13);
  });

  it('equals 1 nat at N = N_c and falls as the model grows', () => {
    expect(kaplanLoss(KAPLAN_N_C)).toBeCloseTo(1, 12);
    const [low, high] = KAPLAN_PLOT_RANGE;
    const sizes = [low, 1e4, 1e5, 1e6, 1e7, 1e8, high];
    const losses = sizes.map(kaplanLoss);
    for (let i = 1; i < losses.length; i++) expect(losses[i]).toBeLessThan(losses[i - 1] as number);
  });

  it('lowers the loss by the same factor for every tenfold increase (a straight line on log–log axes)', () => {
    const ratio = kaplanLoss(1e7) / kaplanLoss(1e6);
    expect(kaplanLoss(1e4) / kaplanLoss(1e3)).toBeCloseTo(ratio, 12);
    expect(ratio).toBeCloseTo(10 ** -0.076, 12);
  });
});

describe('ImageNet 2012', () => {
  it('has AlexNet at 15.3% top-5 error against 26.2% for the second-best entry', () => {
    expect(ILSVRC_2012_TOP5.map((e) => e.top5Error)).toEqual([15.3, 26.2]);
    expect(ILSVRC_2012_TOP5[0]?.entry).toMatch(/AlexNet/);
  });
});

describe('AlphaGo Zero Elo ratings', () => {
  it('has the raw network at 3,055 and the network with search at 5,185', () => {
    const raw = ALPHAGO_ZERO_ELO.filter((p) => !p.search);
    expect(raw).toHaveLength(1);
    expect(raw[0]?.elo).toBe(3055);
    expect(ALPHAGO_ZERO_ELO.find((p) => p.name.startsWith('AlphaGo Zero') && p.search)?.elo).toBe(5185);
  });

  it('lists the programs strongest first, with the raw network just below AlphaGo Fan', () => {
    const elos = ALPHAGO_ZERO_ELO.map((p) => p.elo);
    expect([...elos].sort((a, b) => b - a)).toEqual(elos);
    expect(ALPHAGO_ZERO_ELO.at(-2)?.name).toBe('AlphaGo Fan');
  });
});

describe('GPT-2 staged release', () => {
  it('released 124M, 355M, 774M and 1.5B in that order, all in 2019', () => {
    expect(GPT2_RELEASES.map((s) => s.label)).toEqual(['124M', '355M', '774M', '1.5B']);
    const sizes = GPT2_RELEASES.map((s) => s.parameters);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    const months = GPT2_RELEASES.map((s) => s.month);
    expect(months).toEqual([2, 5, 8, 11]);
    for (const s of GPT2_RELEASES) expect(s.year).toBe(2019);
  });

  it('keeps the sizes first reported for the two small models', () => {
    expect(GPT2_RELEASES.map((s) => s.firstReportedAs)).toEqual(['117M', '345M', undefined, undefined]);
  });

  it('gives a day only where a source gave one', () => {
    expect(GPT2_RELEASES.map(releaseDate)).toEqual([
      '14 February 2019',
      'May 2019',
      '20 August 2019',
      '5 November 2019',
    ]);
  });
});

describe('Bi & Poo 1998', () => {
  it('marks 20 ms windows', () => {
    expect(BI_POO_WINDOW_MS).toBe(20);
  });
});

describe('attention weights', () => {
  it('softmax gives positive weights that sum to 1, largest for the largest score', () => {
    const w = softmax([1, 3, 2]);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(Math.max(...w)).toBe(w[1]);
  });

  it('each row sums to 1, and a word looking for a noun attends most to the nouns', () => {
    const weights = attentionWeights(
      SENTENCE.map((t) => t.query),
      SENTENCE.map((t) => t.key),
    );
    for (const row of weights) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const sat = weights[2] ?? [];
    // "cat" and "mat" (positions 1 and 5) tie: content alone cannot tell them apart.
    expect(sat[1]).toBeCloseTo(sat[5] as number, 12);
    expect(sat[1]).toBeGreaterThan(0.4);
  });

  it('a causal mask gives later words a weight of exactly 0', () => {
    const weights = attentionWeights(
      SENTENCE.map((t) => t.query),
      SENTENCE.map((t) => t.key),
      { causal: true },
    );
    expect(weights[0]).toEqual([1, 0, 0, 0, 0, 0]);
    for (const [i, row] of weights.entries()) {
      expect(row.slice(i + 1).every((w) => w === 0)).toBe(true);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('sorts weights into five shades', () => {
    expect([0, 0.1, 0.3, 0.6, 0.9].map(heatLevel)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('backpropagation graph', () => {
  it('computes the forward values and the chain-rule gradients', () => {
    const { value, gradient } = solveGraph(EXAMPLE_INPUTS);
    expect(value.p).toBeCloseTo(1.2, 12);
    expect(value.yHat).toBeCloseTo(1.4, 12);
    expect(value.e).toBeCloseTo(-0.6, 12);
    expect(value.L).toBeCloseTo(0.36, 12);
    expect(gradient.e).toBeCloseTo(-1.2, 12);
    expect(gradient.w).toBeCloseTo(-1.8, 12);
    expect(gradient.x).toBeCloseTo(-0.96, 12);
    expect(gradient.b).toBeCloseTo(-1.2, 12);
  });

  it('agrees with a numerical derivative', () => {
    const h = 1e-6;
    const loss = (w: number) => solveGraph({ ...EXAMPLE_INPUTS, w }).value.L;
    const numeric = (loss(EXAMPLE_INPUTS.w + h) - loss(EXAMPLE_INPUTS.w - h)) / (2 * h);
    expect(solveGraph(EXAMPLE_INPUTS).gradient.w).toBeCloseTo(numeric, 6);
  });

  it('walks forward through the values before any gradient is shown, and ends with every gradient', () => {
    const steps = backpropSteps(EXAMPLE_INPUTS);
    const firstBackward = steps.findIndex((s) => s.phase === 'backward');
    expect(
      steps
        .slice(0, firstBackward)
        .every((s) => Object.values(s.nodes).every((n) => n.gradient === undefined)),
    ).toBe(true);
    expect(steps[firstBackward - 1]?.nodes.L?.value).toBeCloseTo(0.36, 12);
    const last = steps.at(-1);
    expect(last?.nodes.w?.gradient).toBeCloseTo(-1.8, 12);
    expect(last?.explanation).toContain('−1.8');
  });
});

describe('number formats', () => {
  it('uses a true minus sign and drops trailing zeros', () => {
    expect(formatNumber(-0.96)).toBe('−0.96');
    expect(formatNumber(1.2000001)).toBe('1.2');
    expect(formatNumber(-0.0001)).toBe('0');
  });

  it('writes counts in words and powers of ten with superscripts', () => {
    expect(countInWords(1_234_000)).toBe('1.23 million');
    expect(countInWords(1558e6)).toBe('1.56 billion');
    expect(powerOfTen(1e6)).toBe('10⁶');
  });
});
