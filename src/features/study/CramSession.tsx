// Cram: study a scope now, whatever is due, without changing the schedule.
import { useState } from 'react';
import { findCard } from '../../content/deck';
import { isSuspended } from '../../engine/card-actions';
import { cramAfterGrade, cramHints, shuffle } from '../../engine/cram';
import { nextDueAfter } from '../../engine/queue';
import type { Grade } from '../../engine/scheduler';
import { countsFor } from '../../store/selectors';
import { useProgress, useSettings, useStores } from '../../store/use-stores';
import { useStudyToday } from '../../store/use-study-day';
import { SessionComplete } from './SessionComplete';
import { StudyCard } from './StudyCard';
import type { StudyScope } from './study-scope';
import { useStudyKeys } from './useStudyKeys';

export function CramSession({ scope }: { scope: StudyScope }) {
  const { progress } = useStores();
  // Suspended cards stay out of cram too, as of Anki's filtered decks; buried ones may be crammed.
  const [queue, setQueue] = useState<string[]>(() => {
    const { marks, cards: states } = progress.getState();
    return shuffle(
      scope.cards.map((c) => c.key).filter((k) => !isSuspended(marks.get(k), states[k])),
      Date.now(),
    );
  });
  const [history, setHistory] = useState<string[][]>([]);
  const [revealed, setRevealed] = useState(false);
  const [done, setDone] = useState(0);
  const item = queue[0] ? findCard(queue[0]) : undefined;
  const cards = useProgress((s) => s.cards);
  // The learner's wording and badges show in cram too; the card actions belong to the scheduled session.
  const marks = useProgress((s) => (queue[0] ? s.marks.get(queue[0]) : undefined));
  const swipe = useSettings((s) => s.swipeToGrade);
  const today = useStudyToday(Date.now());

  const onGrade = (g: Grade) => {
    if (!revealed) return;
    setHistory((h) => [...h, queue]);
    setQueue(cramAfterGrade(queue, g));
    if (g >= 3) setDone((n) => n + 1);
    setRevealed(false);
  };
  const onUndo = () => {
    const prev = history.at(-1);
    if (!prev) return;
    setHistory((h) => h.slice(0, -1));
    if (prev.length > queue.length) setDone((n) => n - 1);
    setQueue(prev);
    setRevealed(false);
  };
  useStudyKeys({ revealed, active: item !== undefined, onReveal: () => setRevealed(true), onGrade, onUndo });

  if (!item) {
    const keys = scope.cards.map((c) => c.key);
    const now = Date.now();
    const waiting = countsFor(keys, { ...today, now });
    return (
      <section className="page narrow">
        <SessionComplete
          scope={scope}
          reviewed={done}
          cram
          ready={waiting.new + waiting.learning + waiting.review}
          nextDue={nextDueAfter({ cards: keys, states: cards, now })}
          unseen={keys.some((k) => (cards[k]?.state ?? 0) === 0)}
        />
      </section>
    );
  }
  return (
    <section className="page narrow study">
      <div className="study-head">
        <h1>Cram: {scope.label}</h1>
        <p className="counts">
          <span>{queue.length} left</span>
          <span className="muted">Your schedule is not changed</span>
        </p>
      </div>
      <StudyCard
        item={item}
        revealed={revealed}
        hints={cramHints}
        onReveal={() => setRevealed(true)}
        onGrade={onGrade}
        marks={marks}
        swipe={swipe}
      />
      <div className="actions study-foot">
        {history.length > 0 && (
          <button type="button" className="quiet" onClick={onUndo} aria-keyshortcuts="Control+Z">
            Undo
          </button>
        )}
      </div>
    </section>
  );
}
