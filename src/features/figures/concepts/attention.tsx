// Attention weights over a short sentence, computed in the browser from hand-set query and key vectors: each row is a
// softmax of scaled dot products. An illustration of the arithmetic, not a trained model's attention.
import { useId, useState } from 'react';
import { ChartSvg } from '../../../ui/charts/ChartSvg';
import { FigureFrame } from '../../../ui/charts/FigureFrame';
import { useChartWidth } from '../../../ui/charts/useChartWidth';
import { attentionWeights, FEATURES, heatLevel, SENTENCE } from '../static/attention-weights';
import { formatNumber } from '../static/format-number';

const MAX_WIDTH = 480;
const LABEL_WIDTH = 48;
const TOP = 44;

const QUERIES = SENTENCE.map((t) => t.query);
const KEYS = SENTENCE.map((t) => t.key);

export default function AttentionFigure() {
  const [ref, width] = useChartWidth();
  const [causal, setCausal] = useState(false);
  const maskId = useId();
  const weights = attentionWeights(QUERIES, KEYS, { causal });

  const content = Math.min(width, MAX_WIDTH);
  const left = (width - content) / 2;
  const n = SENTENCE.length;
  const cell = Math.min(56, (content - LABEL_WIDTH - 4) / n);
  const gridLeft = left + LABEL_WIDTH + (content - LABEL_WIDTH - cell * n) / 2;
  const height = TOP + cell * n + 6;

  const controls = (
    <label className="figure-toggle" htmlFor={maskId}>
      <input id={maskId} type="checkbox" checked={causal} onChange={(e) => setCausal(e.target.checked)} />{' '}
      Mask later words (as in GPT-2: each word sees only itself and earlier words)
    </label>
  );

  return (
    <FigureFrame
      caption={
        <>
          Attention weights over &ldquo;{SENTENCE.map((t) => t.word).join(' ')}&rdquo;, an illustration with
          hand-set vectors, not a trained model&rsquo;s attention. Each row is one word&rsquo;s query: its
          scores q · k / √d against every key go through a softmax, so the row sums to 1.{' '}
          {causal ? (
            <>
              With later words masked, as in GPT-2, each word sees only itself and the words before it: words
              looking for a noun now give most of their attention to &ldquo;cat&rdquo;, the only noun they can
              see, and none to &ldquo;mat&rdquo;.
            </>
          ) : (
            <>
              Words looking for a noun split their attention between &ldquo;cat&rdquo; and &ldquo;mat&rdquo;:
              content alone cannot tell them apart, which is one reason transformers add position embeddings.
            </>
          )}
        </>
      }
      source={
        <>
          Computed in your browser with the scaled dot-product attention of Vaswani et al. (2017),
          &ldquo;Attention Is All You Need&rdquo;, Section 3.2.1, from keys that mark each word as{' '}
          {FEATURES.join(', ')} and queries that say what it looks for.
        </>
      }
      controls={controls}
      alternative={
        <table>
          <caption>Attention weights (rows: the word attending; columns: the word attended to)</caption>
          <thead>
            <tr>
              <th scope="col">Query word (looks for)</th>
              {SENTENCE.map((t, j) => (
                <th scope="col" key={`${t.word}-${j}`}>
                  {t.word}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SENTENCE.map((t, i) => (
              <tr key={`${t.word}-${i}`}>
                <th scope="row">
                  {t.word} ({t.looksFor})
                </th>
                {weights[i]?.map((w, j) => (
                  <td key={`${SENTENCE[j]?.word}-${j}`}>{formatNumber(w, 2)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <div ref={ref}>
        <ChartSvg
          width={width}
          height={height}
          label={`Heatmap of attention weights between the ${n} words of the sentence${causal ? ', later words masked' : ''}.`}
        >
          <text className="fig-note" x={gridLeft} y={12}>
            attends to →
          </text>
          {SENTENCE.map((t, j) => (
            <text
              key={`col-${t.word}-${j}`}
              className="fig-label"
              x={gridLeft + cell * (j + 0.5)}
              y={TOP - 10}
              textAnchor="middle"
            >
              {t.word}
            </text>
          ))}
          {SENTENCE.map((t, i) => (
            <g key={`row-${t.word}-${i}`}>
              <text
                className="fig-label"
                x={gridLeft - 6}
                y={TOP + cell * (i + 0.5)}
                dy="0.35em"
                textAnchor="end"
              >
                {t.word}
              </text>
              {weights[i]?.map((w, j) => {
                const level = heatLevel(w);
                return (
                  <g key={`${t.word}-${SENTENCE[j]?.word}`} className={`fig-heat fig-heat-${level}`}>
                    <rect
                      x={gridLeft + cell * j + 1}
                      y={TOP + cell * i + 1}
                      width={cell - 2}
                      height={cell - 2}
                      rx={3}
                    />
                    <text
                      x={gridLeft + cell * (j + 0.5)}
                      y={TOP + cell * (i + 0.5)}
                      dy="0.35em"
                      textAnchor="middle"
                    >
                      {formatNumber(w, 2)}
                    </text>
                  </g>
                );
              })}
            </g>
          ))}
        </ChartSvg>
      </div>
    </FigureFrame>
  );
}
