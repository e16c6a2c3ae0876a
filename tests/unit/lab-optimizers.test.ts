import { describe, expect, it } from 'vitest';
import { levelSet, loss, optimizerPath, optimizerRace, START } from '../../src/lab/optimizers';

describe('SGD, momentum and Adam on a narrow valley', () => {
  it('starts every path at the same point and lowers the loss', () => {
    for (const path of optimizerRace({ learningRate: 0.01, seed: 1 })) {
      expect(path.points[0]).toEqual(START);
      expect(path.finalLoss).toBeLessThan(loss(START.x, START.y));
    }
  });

  for (const learningRate of [0.01, 0.02, 0.05]) {
    it(`Adam and momentum reach a lower loss than plain SGD at learning rate ${learningRate}`, () => {
      const [sgd, momentum, adam] = optimizerRace({ learningRate, seed: 1 });
      expect(adam?.finalLoss).toBeLessThan(sgd?.finalLoss ?? 0);
      expect(momentum?.finalLoss).toBeLessThan(sgd?.finalLoss ?? 0);
    });
  }

  it("takes Adam's first step at about the learning rate in every coordinate, however different the gradients", () => {
    const [, first] = optimizerPath('adam', { learningRate: 0.01, seed: 1, steps: 1 }).points;
    expect(Math.abs((first?.x ?? 0) - START.x)).toBeCloseTo(0.01, 3);
    expect(Math.abs((first?.y ?? 0) - START.y)).toBeCloseTo(0.01, 3);
  });

  it('draws each contour on its level', () => {
    for (const p of levelSet(0.5)) expect(loss(p.x, p.y)).toBeCloseTo(0.5, 9);
  });
});
