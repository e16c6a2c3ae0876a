// A study session on the real schedule: grades go through FSRS and the review log.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { findCard } from '../../content/deck';
import { nextCard, nextDueAfter } from '../../engine/queue';
import type { Grade } from '../../engine/scheduler';
import { countsFor, gradeIntervals, queueFor } from '../../store/selectors';
import { useProgress, useSettings, useStores } from '../../store/use-stores';
import { useNow, useStudyToday } from '../../store/use-study-day';
import { SessionComplete } from './SessionComplete';
import { StudyCard } from './StudyCard';
import type { StudyScope } from './study-scope';
import { useStudyKeys } from './useStudyKeys';

export function ScheduledSession({ scope }: { scope: StudyScope }) {
  const { progress } = useStores();
  // Undo belongs to this session: it never reaches a review made in another session or another tab. A new id per
  // mount (not useId, which repeats for the same place in the tree), so coming back to /study starts afresh.
  const [session] = useState(() => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`);
  const keys = useMemo(() => scope.cards.map((c) => c.key), [scope.cards]);
  const cards = useProgress((s) => s.cards);
  const canUndo = useProgress((s) => (s.sessions[session]?.length ?? 0) > 0);
  const retention = useSettings((s) => s.retention);
  const learningSteps = useSettings((s) => s.learningSteps);
  const tick = useNow(15_000);
  const [reviewed, setReviewed] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [shownAt, setShownAt] = useState(() => Date.now());
  const today = useStudyToday(tick);

  // Reads the stores at the moment of picking: a grade or a card action has just changed them.
  const pick = useCallback(() => {
    const { cards: states, marks, reviews } = progress.getState();
    return nextCard(queueFor(keys, { ...today, cards: states, marks, reviews, now: Date.now() }));
  }, [progress, keys, today]);

  const [current, setCurrent] = useState<string | undefined>(pick);
  // When the session is complete, look again as the clock moves: a learning card comes back when it falls due.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-check on each tick
  useEffect(() => {
    if (current === undefined) setCurrent(pick());
  }, [tick, current, pick]);

  const item = current ? findCard(current) : undefined;
  const hints = useMemo(
    () =>
      current
        ? gradeIntervals(cards[current], current, shownAt, retention, learningSteps)
        : { 1: '', 2: '', 3: '', 4: '' },
    [current, cards, retention, learningSteps, shownAt],
  );

  const show = (key: string | undefined) => {
    setRevealed(false);
    setShownAt(Date.now());
    setCurrent(key);
  };
  const onGrade = (g: Grade) => {
    if (!current || !revealed) return;
    if (progress.getState().grade(current, g, session) === undefined) return;
    setReviewed((n) => n + 1);
    show(pick());
  };
  const onUndo = () => {
    const key = progress.getState().undo(session);
    if (key === undefined) return;
    setReviewed((n) => Math.max(0, n - 1));
    show(key);
  };
  useStudyKeys({ revealed, active: item !== undefined, onReveal: () => setRevealed(true), onGrade, onUndo });

  const counts = countsFor(keys, { ...today, now: Math.max(tick, shownAt) }, current);
  const undoButton = canUndo && (
    <button type="button" className="quiet" onClick={onUndo} aria-keyshortcuts="Control+Z">
      Undo
    </button>
  );

  if (!item) {
    const now = Date.now();
    const nextDue = nextDueAfter({ cards: keys, states: cards, now });
    const waiting = countsFor(keys, { ...today, now });
    return (
      <section className="page narrow">
        <SessionComplete
          scope={scope}
          reviewed={reviewed}
          nextDue={nextDue}
          ready={waiting.new + waiting.learning + waiting.review}
          unseen={keys.some((k) => (cards[k]?.state ?? 0) === 0)}
        />
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
