// Early stopping, computed live: gradient descent on a wide random-features model and noisy points; test error falls,
// then rises as the model fits the noise, and the marked epoch is where a validation set would stop training.

import firstRun from 'virtual:first-run/early-stopping';
import { useMemo, useState } from 'react';
import type { EarlyStoppingResult } from '../../../lab/gradient-descent';
import { FigureFrame } from '../../../ui/charts/FigureFrame';
import { ErrorChart } from '../live/ErrorChart';
import { ErrorTable } from '../live/ErrorTable';
import { isFirstRun } from '../live/first-runs';
import { formatError } from '../live/format';
import { LiveSlider } from '../live/LiveSlider';
import { useLabRun } from '../live/lab-runs';

const SEED = 2;

export default function EarlyStoppingFigure() {
  const [labelNoise, setLabelNoise] = useState(0.3);
  const settings = useMemo(() => ({ labelNoise, seed: SEED }), [labelNoise]);
  const {
    result: { points, best, last },
    settings: drawn,
  } = useLabRun(
    'earlyStopping',
    settings,
    isFirstRun('early-stopping', settings) ? (firstRun as EarlyStoppingResult) : undefined,
  );

  const rows = points.map((p) => ({ x: p.epoch, train: p.trainError, test: p.testError }));

  return (
    <FigureFrame
      caption={
        <>
          Train and test error over epochs of gradient descent with label noise σ ={' '}
          {drawn.labelNoise.toFixed(2)}. Test error is lowest at epoch {best.epoch} (
          {formatError(best.testError)}); training on to epoch {last.epoch} keeps lowering train error but
          raises test error to {formatError(last.testError)}. Early stopping keeps the weights from epoch{' '}
          {best.epoch}.
        </>
      }
      source={
        <>
          Computed in your browser: full-batch gradient descent from zero weights on 200 random Fourier
          features and 20 noisy points of sin(πx); test error against the noise-free curve, standing in for a
          validation set.
        </>
      }
      controls={
        <LiveSlider
          label="Label noise"
          min={0}
          max={0.5}
          step={0.05}
          value={labelNoise}
          valueText={`σ = ${labelNoise.toFixed(2)}`}
          onChange={setLabelNoise}
        />
      }
      alternative={<ErrorTable caption="Train and test error by epoch" xName="Epoch" rows={rows} />}
    >
      <ErrorChart
        points={rows}
        summary={`Test error falls to ${formatError(best.testError)} at epoch ${best.epoch}, then rises to ${formatError(last.testError)} by epoch ${last.epoch} while train error keeps falling.`}
        xLabel="Epochs (log scale)"
        yLabel="Mean squared error (log scale)"
        xLog
        xDomain={[1, last.epoch]}
        yLog={{ floor: 1e-3 }}
        markers={[{ x: best.epoch, label: 'Early-stopping point' }]}
      />
    </FigureFrame>
  );
}
