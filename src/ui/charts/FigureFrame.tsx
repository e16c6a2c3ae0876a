// The frame every figure shares: a <figure> named by its caption, the source it draws on, and a text alternative
// (a data table or a description) that a screen reader, a search engine and a learner who wants the numbers can read.
import { type ReactNode, useId } from 'react';

interface Props {
  /** What the figure shows, in one or two sentences. It names the figure for assistive technology. */
  caption: ReactNode;
  /** Where the numbers come from: a citation, or "Computed in your browser by …". */
  source: ReactNode;
  /** The same content as text: a <table> of the plotted numbers, or a description of a diagram. */
  alternative: ReactNode;
  /** Label of the disclosure that holds the alternative. */
  alternativeLabel?: string;
  /** Sliders and other controls, shown under the drawing. */
  controls?: ReactNode;
  children: ReactNode;
}

export function FigureFrame({
  caption,
  source,
  alternative,
  alternativeLabel = 'The numbers as a table',
  controls,
  children,
}: Props) {
  const captionId = useId();
  return (
    <figure className="figure-frame" aria-labelledby={captionId}>
      <div className="figure-drawing">{children}</div>
      {controls ? <div className="figure-controls">{controls}</div> : null}
      <figcaption id={captionId}>
        {caption} <span className="figure-source">{source}</span>
      </figcaption>
      <details className="figure-alternative">
        <summary>{alternativeLabel}</summary>
        {alternative}
      </details>
    </figure>
  );
}
