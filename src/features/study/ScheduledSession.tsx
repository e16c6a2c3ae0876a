// A study session on the real schedule: grades go through FSRS and the review log.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { findCard } from '../../content/deck';
import { nextCard, nextDueAfter } from '../../engine/queue';
import type { Grade } from '../../engine/scheduler';
import { useProgress } from '../../store/progress';
import { countsFor, gradeIntervals, newLeftToday } from '../../store/selectors';
import { useSettings } from '../../store/settings';
import { SessionComplete } from './SessionComplete';
import { StudyCard } from './StudyCard';
import type { StudyScope } from './study-scope';
import { useNow, useStudyDay } from './useStudyDay';
import { useStudyKeys } from './useStudyKeys';

export function ScheduledSession({ scope }: { scope: StudyScope }) {
  const keys = useMemo(() => scope.cards.map((c) => c.key), [scope.cards]);
  const cards = useProgress((s) => s.cards);
  const canUndo = useProgress((s) => s.undoStack.length > 0);
  const grade = useProgress((s) => s.grade);
  const undo = useProgress((s) => s.undo);
  const newPerDay = useSettings((s) => s.newPerDay);
  const retention = useSettings((s) => s.retention);
  const tick = useNow(15_000);
  const [reviewed, setReviewed] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [shownAt, setShownAt] = useState(() => Date.now());
  const day = useStudyDay(tick);

  const pick = useCallback(() => {
    const now = Date.now();
    const { cards: states } = useProgress.getState();
    const dayStart = day.dayStart;
    return nextCard({
      cards: keys,
      states,
      now,
      dayEnd: day.dayEnd,
      newLeft: newLeftToday(states, dayStart, newPerDay),
    });
  }, [keys, day.dayStart, day.dayEnd, newPerDay]);

  const [current, setCurrent] = useState<string | undefined>(pick);
  // When the session is complete, look again as the clock moves: a learning card comes back when it falls due.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-check on each tick
  useEffect(() => {
    if (current === undefined) setCurrent(pick());
  }, [tick, current, pick]);

  const item = current ? findCard(current) : undefined;
  const hints = useMemo(
    () =>
      current ? gradeIntervals(cards[current], current, shownAt, retention) : { 1: '', 2: '', 3: '', 4: '' },
    [current, cards, retention, shownAt],
  );

  const show = (key: string | undefined) => {
    setRevealed(false);
    setShownAt(Date.now());
    setCurrent(key);
  };
  const onGrade = (g: Grade) => {
    if (!current || !revealed) return;
    grade(current, g);
    setReviewed((n) => n + 1);
    show(pick());
  };
  const onUndo = () => {
    const key = undo();
    if (key === undefined) return;
    setReviewed((n) => Math.max(0, n - 1));
    show(key);
  };
  useStudyKeys({ revealed, active: item !== undefined, onReveal: () => setRevealed(true), onGrade, onUndo });

  const counts = countsFor(keys, cards, tick, day, newPerDay);
  const undoButton = canUndo && (
    <button type="button" className="quiet" onClick={onUndo} aria-keyshortcuts="Control+Z">
      Undo
    </button>
  );

  if (!item) {
    const nextDue = nextDueAfter({ cards: keys, states: cards, now: Date.now() });
    return (
      <section className="page narrow">
        <SessionComplete scope={scope} reviewed={reviewed} nextDue={nextDue} />
        {undoButton && <div className="actions">{undoButton}</div>}
      </section>
    );
  }

  return (
    <section className="page narrow study">
      <div className="study-head">
        <h1>Study: {scope.label}</h1>
        <p className="counts">
          <span className="count-new">{counts.new} new</span>
          <span className="count-learning">{counts.learning} learning</span>
          <span className="count-review">{counts.review} review</span>
        </p>
      </div>
      <StudyCard
        item={item}
        revealed={revealed}
        hints={hints}
        onReveal={() => setRevealed(true)}
        onGrade={onGrade}
      />
      <div className="actions study-foot">
        {undoButton}
        <span className="muted">
          {reviewed} reviewed this session · <kbd>?</kbd> shortcuts
        </span>
      </div>
    </section>
  );
}
