// The transformer block as GPT-2 arranged it (pre-norm): each sub-block reads a layer-normalised copy of the residual
// stream and adds its output back to it.
import { ChartSvg } from '../../../ui/charts/ChartSvg';
import { FigureFrame } from '../../../ui/charts/FigureFrame';
import { useChartWidth } from '../../../ui/charts/useChartWidth';
import { Arrow } from '../static/Arrow';
import { Box } from '../static/Box';
import { PlusNode } from '../static/PlusNode';

const MAX_WIDTH = 440;
const BOX_HEIGHT = 30;
const PLUS_RADIUS = 9;

/** One sub-block hanging off the residual stream: branch right, layer norm, the layer itself, back into a ⊕. */
function SubBlock({
  streamX,
  boxX,
  boxWidth,
  top,
  layer,
}: {
  streamX: number;
  boxX: number;
  boxWidth: number;
  top: number;
  layer: string;
}) {
  const norm = top + 32;
  const body = norm + 46;
  const join = body + 30;
  return (
    <g>
      <Arrow
        points={[
          [streamX, top],
          [boxX, top],
          [boxX, norm - BOX_HEIGHT / 2],
        ]}
      />
      <Box x={boxX} y={norm} width={boxWidth} height={BOX_HEIGHT} lines={['Layer norm']} tone="quiet" />
      <Arrow
        points={[
          [boxX, norm + BOX_HEIGHT / 2],
          [boxX, body - BOX_HEIGHT / 2],
        ]}
      />
      <Box x={boxX} y={body} width={boxWidth} height={BOX_HEIGHT} lines={[layer]} tone="accent" />
      <Arrow
        points={[
          [boxX, body + BOX_HEIGHT / 2],
          [boxX, join],
          [streamX + PLUS_RADIUS, join],
        ]}
      />
      <PlusNode x={streamX} y={join} r={PLUS_RADIUS} />
    </g>
  );
}

/** Where the sub-block's ⊕ sits, measured from the branch point (kept beside SubBlock's own arithmetic). */
const SUB_BLOCK_JOIN = 32 + 46 + 30;

export default function TransformerFigure() {
  const [ref, width] = useChartWidth();
  const content = Math.min(width, MAX_WIDTH);
  const left = (width - content) / 2;
  const streamX = left + 38;
  const boxLeft = left + 78;
  const boxRight = left + content - 12;
  const boxX = (boxLeft + boxRight) / 2;
  const boxWidth = boxRight - boxLeft;
  const fullX = left + content / 2;
  const fullWidth = content - 8;

  const embed = 30;
  const frameTop = embed + 34;
  const attention = frameTop + 40;
  const plus1 = attention + SUB_BLOCK_JOIN;
  const mlp = plus1 + 26;
  const plus2 = mlp + SUB_BLOCK_JOIN;
  const frameBottom = plus2 + 18;
  const finalNorm = frameBottom + 36;
  const head = finalNorm + 52;
  const height = head + 30;

  return (
    <FigureFrame
      caption={
        <>
          A transformer block as GPT-2 arranges it: each sub-block (masked self-attention, then an MLP) reads
          a layer-normalised copy of the residual stream and adds its result back, and the block repeats many
          times. The original transformer put layer norm after each addition instead.
        </>
      }
      source={
        <>
          After Vaswani et al. (2017), &ldquo;Attention Is All You Need&rdquo;, Figure 1, with layer norm
          moved to the input of each sub-block and a final layer norm added, as in Radford et al. (2019),
          &ldquo;Language Models are Unsupervised Multitask Learners&rdquo;, Section 2.3.
        </>
      }
      alternativeLabel="The diagram as a list"
      alternative={
        <ol>
          <li>
            Tokens become vectors: a token embedding plus a position embedding. This is the residual stream.
          </li>
          <li>
            Attention sub-block: layer norm, then masked multi-head self-attention (each token looks only at
            earlier tokens); its output is added back to the stream (a residual connection).
          </li>
          <li>
            MLP sub-block: layer norm, then a two-layer feed-forward network applied to each token; added back
            too.
          </li>
          <li>Steps 2 and 3 form one block; the model stacks many identical blocks.</li>
          <li>
            A final layer norm, then a linear layer and softmax give the probabilities of the next token.
          </li>
        </ol>
      }
    >
      <div ref={ref}>
        <ChartSvg
          width={width}
          height={height}
          label="Block diagram of a pre-norm transformer block: layer norm and self-attention, added back to the residual stream, then layer norm and MLP, added back again."
        >
          <Box
            x={fullX}
            y={embed}
            width={fullWidth}
            height={40}
            lines={['Tokens → token + position embeddings']}
          />
          <rect
            className="fig-frame"
            x={left + 2}
            y={frameTop}
            width={content - 4}
            height={frameBottom - frameTop}
            rx={10}
          />
          <text className="fig-note" x={left + content - 10} y={frameTop + 16} textAnchor="end">
            One block, repeated N times
          </text>
          <Arrow
            points={[
              [streamX, embed + 20],
              [streamX, plus1 - PLUS_RADIUS],
            ]}
            tone="accent"
          />
          <text
            className="fig-note"
            transform={`translate(${streamX - 10},${(attention + plus1) / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            residual stream
          </text>
          <SubBlock
            streamX={streamX}
            boxX={boxX}
            boxWidth={boxWidth}
            top={attention}
            layer="Masked self-attention"
          />
          <Arrow
            points={[
              [streamX, plus1 + PLUS_RADIUS],
              [streamX, plus2 - PLUS_RADIUS],
            ]}
            tone="accent"
          />
          <SubBlock streamX={streamX} boxX={boxX} boxWidth={boxWidth} top={mlp} layer="MLP (feed-forward)" />
          <Arrow
            points={[
              [streamX, plus2 + PLUS_RADIUS],
              [streamX, finalNorm - 15],
            ]}
            tone="accent"
          />
          <Box
            x={fullX}
            y={finalNorm}
            width={fullWidth}
            height={BOX_HEIGHT}
            lines={['Final layer norm']}
            tone="quiet"
          />
          <Arrow
            points={[
              [fullX, finalNorm + 15],
              [fullX, head - 15],
            ]}
          />
          <Box
            x={fullX}
            y={head}
            width={fullWidth}
            height={BOX_HEIGHT}
            lines={['Linear + softmax → next token']}
          />
        </ChartSvg>
      </div>
    </FigureFrame>
  );
}
