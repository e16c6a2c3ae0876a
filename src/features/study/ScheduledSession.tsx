// A study session on the real schedule: grades and card actions go through the store (FSRS, the review log, the
// card actions beside it), each undoable in this session.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { deckWording } from '../../content/card-text';
import { findCard } from '../../content/deck';
import type { MarkKind } from '../../engine/card-actions';
import { nextCard, nextDueAfter } from '../../engine/queue';
import type { Grade } from '../../engine/scheduler';
import { paths } from '../../paths';
import { countsFor, gradeIntervals, queueFor } from '../../store/selectors';
import { useProgress, useSettings, useStores } from '../../store/use-stores';
import { useNow, useStudyToday } from '../../store/use-study-day';
import { CardEditDialog } from '../../ui/CardEditDialog';
import { ForgetDialog } from '../../ui/ForgetDialog';
import { CardActionsMenu, type MenuAction } from './CardActionsMenu';
import { SessionComplete } from './SessionComplete';
import { StudyCard } from './StudyCard';
import { type StudyMessage, StudyStatus } from './StudyStatus';
import type { StudyScope } from './study-scope';
import { type CardKeyAction, useStudyKeys } from './useStudyKeys';

/** What the status line says when Undo takes something back, by the kind of event undone. */
const undoneText: Readonly<Record<string, string>> = {
  review: 'Grade undone.',
  forget: 'Forget undone: the card has its schedule back.',
  suspend: 'Suspend undone.',
  unsuspend: 'Unsuspend undone.',
  bury: 'Bury undone.',
  unbury: 'Unbury undone.',
  flag: 'Flag undone.',
  unflag: 'Unflag undone.',
  edit: 'Edit undone: the card has its earlier wording.',
  restore: 'Restore undone: your wording is back.',
};

export function ScheduledSession({ scope }: { scope: StudyScope }) {
  const { progress } = useStores();
  // Undo belongs to this session: it never reaches a review made in another session or another tab. A new id per
  // mount (not useId, which repeats for the same place in the tree), so coming back to /study starts afresh.
  const [session] = useState(() => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`);
  const keys = useMemo(() => scope.cards.map((c) => c.key), [scope.cards]);
  const cards = useProgress((s) => s.cards);
  const canUndo = useProgress((s) => (s.sessions[session]?.length ?? 0) > 0);
  const readOnly = useProgress((s) => s.readOnly);
  const retention = useSettings((s) => s.retention);
  const learningSteps = useSettings((s) => s.learningSteps);
  const swipe = useSettings((s) => s.swipeToGrade);
  const tick = useNow(15_000);
  const [reviewed, setReviewed] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [shownAt, setShownAt] = useState(() => Date.now());
  const [message, setMessage] = useState<StudyMessage>();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const page = useRef<HTMLElement>(null);
  const headingId = useId();
  const [dialog, setDialog] = useState<'edit' | 'forget'>();
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
  const cardMarks = useProgress((s) => (current ? s.marks.get(current) : undefined));
  const hints = useMemo(
    () =>
      current
        ? gradeIntervals(cards[current], current, shownAt, retention, learningSteps)
        : { 1: '', 2: '', 3: '', 4: '' },
    [current, cards, retention, learningSteps, shownAt],
  );

  const show = (key: string | undefined) => {
    setMenuOpen(false);
    setRevealed(false);
    setShownAt(Date.now());
    setCurrent(key);
  };

  /** Grades the card on screen; tells the learner when this grade made it a leech (Anki: the 8th lapse). */
  const gradeCurrent = (g: Grade, said?: string) => {
    if (!current) return;
    const before = progress.getState().cards[current];
    if (progress.getState().grade(current, g, session) === undefined) return;
    const after = progress.getState().cards[current];
    setReviewed((n) => n + 1);
    if (before?.leechAt === undefined && after?.leechAt !== undefined)
      setMessage({
        text: `This card has lapsed ${after.lapses} times: it is now a leech and suspended.`,
        link: { href: paths.cards.getHref({ card: current }), label: 'See it in the card browser' },
      });
    else setMessage(said ? { text: said, undoable: true } : undefined);
    show(pick());
  };
  const onGrade = (g: Grade) => {
    if (revealed) gradeCurrent(g);
  };
  // Anki's "I know this" is answering Easy without looking: the status says what that scheduled.
  const onKnow = () => gradeCurrent(4, `Scheduled as Easy: next review in ${hints[4]}.`);

  const onUndo = () => {
    const { nextUndo, undo } = progress.getState();
    const next = nextUndo(session);
    const key = undo(session);
    if (key === undefined || next === undefined) return;
    // A grade counted in "reviewed this session"; an action did not.
    if (next.kind === 'review') setReviewed((n) => Math.max(0, n - 1));
    setMessage({ text: undoneText[next.kind] ?? 'Undone.' });
    // A flag or an edit undone on the card on screen leaves it as it is, answer shown or not.
    if (key !== current || next.kind === 'review' || next.kind === 'forget') show(key);
    // With nothing left to undo the Undo button goes: focus goes to the card (as after a grade), not to the page's top.
    else if (progress.getState().nextUndo(session) === undefined)
      [...(page.current?.querySelectorAll<HTMLElement>('.card-side') ?? [])]
        .at(-1)
        ?.focus({ preventScroll: true });
  };

  const markCurrent = (kind: MarkKind, text: string, moveOn: boolean) => {
    if (!current || progress.getState().mark(current, kind, session) === undefined) return;
    setMessage({ text, undoable: true });
    if (moveOn) show(pick());
  };
  const flagged = cardMarks?.flagged ?? false;
  const forgettable = (cards[current ?? '']?.reps ?? 0) > 0;
  const runAction = (action: CardKeyAction | 'forget') => {
    // A key pressed in the open menu: focus goes back to its button before the menu goes (and a dialog gives it back
    // there when it closes).
    if (menuOpen && menuButton.current?.parentElement?.contains(document.activeElement))
      menuButton.current.focus();
    setMenuOpen(false);
    if (readOnly) return;
    if (action === 'suspend') markCurrent('suspend', 'Card suspended.', true);
    else if (action === 'bury') markCurrent('bury', 'Card buried until tomorrow.', true);
    else if (action === 'flag')
      markCurrent(flagged ? 'unflag' : 'flag', flagged ? 'Card unflagged.' : 'Card flagged.', false);
    else if (action === 'edit') setDialog('edit');
    else if (forgettable) setDialog('forget');
  };
  const forget = () => {
    if (!current || progress.getState().forget(current, session) === undefined) return;
    setMessage({ text: 'Card forgotten: it is new again.', undoable: true });
    show(pick());
  };

  useStudyKeys({
    revealed,
    active: item !== undefined && dialog === undefined,
    onReveal: () => setRevealed(true),
    onGrade,
    onUndo,
    onAction: runAction,
  });

  const actions: MenuAction[] = [
    {
      id: 'suspend',
      label: 'Suspend card',
      keyLabel: '@',
      shortcut: '@',
      onSelect: () => runAction('suspend'),
    },
    {
      id: 'bury',
      label: 'Bury until tomorrow',
      keyLabel: '-',
      shortcut: '-',
      onSelect: () => runAction('bury'),
    },
    {
      id: 'flag',
      label: flagged ? 'Unflag card' : 'Flag card',
      keyLabel: 'Ctrl+1',
      shortcut: 'Control+1',
      onSelect: () => runAction('flag'),
    },
    { id: 'edit', label: 'Edit card', keyLabel: 'E', shortcut: 'E', onSelect: () => runAction('edit') },
    { id: 'forget', label: 'Forget card', disabled: !forgettable, onSelect: () => runAction('forget') },
  ].map((a) => (readOnly ? { ...a, disabled: true } : a));

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
        <StudyStatus message={message} />
        {undoButton && <div className="actions">{undoButton}</div>}
      </section>
    );
  }

  const isNew = (cards[item.key]?.state ?? 0) === 0;
  return (
    <section ref={page} className="page narrow study" aria-labelledby={headingId}>
      <div className="study-head">
        <h1 id={headingId}>Study: {scope.label}</h1>
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
        marks={cardMarks}
        onKnow={isNew && !readOnly ? onKnow : undefined}
        swipe={swipe}
        menu={
          <CardActionsMenu
            actions={actions}
            open={menuOpen}
            onOpenChange={setMenuOpen}
            buttonRef={menuButton}
          />
        }
      />
      <StudyStatus message={message} />
      <div className="actions study-foot">
        {undoButton}
        <span className="muted">
          {reviewed} reviewed this session
          <span className="key-hint">
            {' '}
            · <kbd>?</kbd> shortcuts
          </span>
        </span>
      </div>
      {dialog === 'edit' && (
        <CardEditDialog
          deckWording={deckWording(item.card)}
          edit={cardMarks?.edit}
          onSave={(text) => {
            if (progress.getState().edit(item.key, text, deckWording(item.card), session) !== undefined)
              setMessage({ text: 'Card edited: your wording is shown from now on.', undoable: true });
          }}
          onRestore={() => {
            if (progress.getState().mark(item.key, 'restore', session) !== undefined)
              setMessage({ text: 'The deck’s wording is restored.', undoable: true });
          }}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog === 'forget' && (
        <ForgetDialog
          title="Forget this card?"
          text="It goes back to new and loses its schedule; its review history stays in your log."
          onForget={forget}
          onClose={() => setDialog(undefined)}
        />
      )}
    </section>
  );
}
