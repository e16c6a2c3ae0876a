// Model-wise double descent, computed live: random-features regression on a dozen-odd noisy points, with sliders for
// the label noise and the number of training points. The first render uses the defaults and a fixed seed, so the
// prerendered page and the hydrated one draw the same curve.

import firstRun from 'virtual:first-run/double-descent';
import { useMemo, useState } from 'react';
import { type DoubleDescentResult, MAX_FEATURES } from '../../../lab/random-features';
import { FigureFrame } from '../../../ui/charts/FigureFrame';
import { ErrorChart } from '../live/ErrorChart';
import { ErrorTable } from '../live/ErrorTable';
import { isFirstRun } from '../live/first-runs';
import { formatError } from '../live/format';
import { LiveSlider } from '../live/LiveSlider';
import { useLabRun } from '../live/lab-runs';

const SEED = 2019;

export default function DoubleDescentFigure() {
  const [labelNoise, setLabelNoise] = useState(0.2);
  const [trainingPoints, setTrainingPoints] = useState(20);
  const settings = useMemo(() => ({ trainingPoints, labelNoise, seed: SEED }), [trainingPoints, labelNoise]);
  // The caption speaks of the settings the curve was computed for: while a new curve is on its way, the last one.
  const { result, settings: drawn } = useLabRun(
    'doubleDescent',
    settings,
    isFirstRun('double-descent', settings) ? (firstRun as DoubleDescentResult) : undefined,
  );
  const { points, peak, threshold } = result;
  const last = points[points.length - 1];

  const rows = points.map((p) => ({ x: p.features, train: p.trainError, test: p.testError }));

  return (
    <FigureFrame
      caption={
        <>
          Test error and train error against model size (number of random features) for {drawn.trainingPoints}{' '}
          training points with label noise σ = {drawn.labelNoise.toFixed(2)}. Test error peaks at{' '}
          {peak.features} features, near the interpolation threshold where train error first reaches zero
          {threshold === undefined ? '' : ` (${threshold} features)`}, then falls again as the model keeps
          growing.
        </>
      }
      source={
        <>
          Computed in your browser: random Fourier features fitted by minimum-norm least squares to noisy
          points of sin(πx), test error against the noise-free curve, each point averaged over 4 random draws.
          After Belkin et al. 2019 (PNAS) and Nakkiran et al. 2019 (&ldquo;Deep Double Descent&rdquo;).
        </>
      }
      controls={
        <>
          <LiveSlider
            label="Label noise"
            min={0}
            max={0.5}
            step={0.05}
            value={labelNoise}
            valueText={`σ = ${labelNoise.toFixed(2)}`}
            onChange={setLabelNoise}
          />
          <LiveSlider
            label="Training points"
            min={10}
            max={40}
            step={2}
            value={trainingPoints}
            valueText={`${trainingPoints} points`}
            onChange={setTrainingPoints}
          />
        </>
      }
      alternative={
        <ErrorTable caption="Mean squared error at each model size" xName="Random features" rows={rows} />
      }
    >
      <ErrorChart
        points={rows}
        summary={`Test error rises to ${formatError(peak.testError)} at ${peak.features} random features, about the number of training points, then falls to ${formatError(last?.testError ?? 0)} at ${MAX_FEATURES}.`}
        xLabel="Model size: random features (log scale)"
        yLabel="Mean squared error (log scale)"
        xLog
        xDomain={[1, MAX_FEATURES]}
        yLog={{ floor: 1e-3 }}
        markers={threshold === undefined ? [] : [{ x: threshold, label: 'Interpolation threshold' }]}
      />
    </FigureFrame>
  );
}
