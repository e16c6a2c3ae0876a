import type { Mastery } from '../engine/stats';

/** Mastered cards out of the total as a bar (it measures what its text leads with), studied cards in words. Without a mastery (a prerendered
 * page, before the learner's progress is read) it is an empty bar of the same size. */
export function MasteryMeter({ mastery, label }: { mastery: Mastery | undefined; label: string }) {
  if (!mastery)
    return (
      <div className="mastery" aria-hidden="true">
        <div className="mastery-bar" />
        <span className="mastery-text">{'\u00a0'}</span>
      </div>
    );
  const { total, studied, mastered } = mastery;
  const text =
    studied === 0 ? 'Not studied yet' : `${mastered} of ${total} mastered · ${studied} of ${total} studied`;
  return (
    <div className="mastery">
      <div
        className="mastery-bar"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={mastered}
        aria-valuetext={text}
      >
        <span className="mastery-mastered" style={{ width: `${(mastered / Math.max(1, total)) * 100}%` }} />
      </div>
      <span className="mastery-text">{text}</span>
    </div>
  );
}
