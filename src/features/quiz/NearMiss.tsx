// Shows how a typed answer differs from the right one: missing letters marked, extra letters struck.
import { diffAnswer } from '../../engine/answer-match';

export function NearMiss({ typed, answer }: { typed: string; answer: string }) {
  const parts = diffAnswer(typed.trim(), answer);
  return (
    <p className="near-miss">
      <span className="muted">Your answer against the right one: </span>
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reordered
          <span key={i}>{p.text}</span>
        ) : p.kind === 'missing' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reordered
          <ins key={i} title="missing">
            {p.text}
          </ins>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reordered
          <del key={i} title="extra">
            {p.text}
          </del>
        ),
      )}
    </p>
  );
}
