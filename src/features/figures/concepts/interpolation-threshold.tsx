// Where train error first reaches zero: the double-descent experiment with the training-set size as the only control,
// so the learner sees the threshold (and the test-error peak with it) follow the number of points.

import firstRun from 'virtual:first-run/double-descent';
import { useMemo, useState } from 'react';
import {
  type DoubleDescentResult,
  INTERPOLATION_TOLERANCE,
  MAX_FEATURES,
} from '../../../lab/random-features';
import { FigureFrame } from '../../../ui/charts/FigureFrame';
import { ErrorChart } from '../live/ErrorChart';
import { ErrorTable } from '../live/ErrorTable';
import { isFirstRun } from '../live/first-runs';
import { LiveSlider } from '../live/LiveSlider';
import { useLabRun } from '../live/lab-runs';

const SEED = 2019;
const LABEL_NOISE = 0.2;

export default function InterpolationThresholdFigure() {
  const [trainingPoints, setTrainingPoints] = useState(20);
  const settings = useMemo(() => ({ trainingPoints, labelNoise: LABEL_NOISE, seed: SEED }), [trainingPoints]);
  const {
    result: { points, threshold, peak },
    settings: drawn,
  } = useLabRun(
    'doubleDescent',
    settings,
    isFirstRun('double-descent', settings) ? (firstRun as DoubleDescentResult) : undefined,
  );

  const rows = points.map((p) => ({ x: p.features, train: p.trainError, test: p.testError }));

  return (
    <FigureFrame
      caption={
        <>
          Train error against model size for {drawn.trainingPoints} training points: it first reaches zero
          (below {INTERPOLATION_TOLERANCE}) at{' '}
          {threshold === undefined ? 'no size plotted' : `${threshold} random features`}, the interpolation
          threshold, about as many features as points. Test error peaks near it, at {peak.features} features.
        </>
      }
      source={
        <>
          Computed in your browser: random Fourier features fitted by minimum-norm least squares to noisy
          points of sin(πx) (label noise σ = {LABEL_NOISE}), averaged over 4 random draws. After Belkin et al.
          2019 and Nakkiran et al. 2019.
        </>
      }
      controls={
        <LiveSlider
          label="Training points"
          min={10}
          max={40}
          step={2}
          value={trainingPoints}
          valueText={`${trainingPoints} points`}
          onChange={setTrainingPoints}
        />
      }
      alternative={
        <ErrorTable caption="Train and test error at each model size" xName="Random features" rows={rows} />
      }
    >
      <ErrorChart
        points={rows}
        summary={`Train error falls to zero at ${threshold ?? 'no'} random features for ${drawn.trainingPoints} training points; test error peaks at ${peak.features}.`}
        xLabel="Model size: random features (log scale)"
        yLabel="Mean squared error (log scale)"
        xLog
        xDomain={[1, MAX_FEATURES]}
        yLog={{ floor: 1e-4 }}
        markers={threshold === undefined ? [] : [{ x: threshold, label: 'Train error reaches zero' }]}
      />
    </FigureFrame>
  );
}
