// What the learner can do to the selected cards: suspend, bury, flag, forget, edit. Each action goes to the store
// in this page's undo session, is announced, and can be undone as one batch (Undo, or Ctrl+Z).
import { useLayoutEffect, useRef, useState } from 'react';
import { deckWording } from '../../content/card-text';
import type { DeckCard } from '../../content/deck';
import type { MarkKind } from '../../engine/card-actions';
import { useProgress, useStores } from '../../store/use-stores';
import { CardEditDialog } from '../../ui/CardEditDialog';
import { ForgetDialog } from '../../ui/ForgetDialog';
import { insideOpenDialog, isTyping } from '../../ui/keys';
import { cardCount } from './card-format';
import type { CardRow } from './card-list';

interface Props {
  /** The selected cards that the list shows now. */
  selected: readonly CardRow[];
  findCard: (key: string) => DeckCard | undefined;
}

/** One batch of store calls in this page's session: `count` of them, undone together. */
interface Batch {
  done: string;
  count: number;
}

/** Each mark, what it applies to (a card it would change), and how the announcement says it. */
const markActions: readonly {
  kind: MarkKind;
  label: string;
  done: string;
  applies: (r: CardRow) => boolean;
}[] = [
  { kind: 'suspend', label: 'Suspend', done: 'Suspended', applies: (r) => !r.suspended },
  { kind: 'unsuspend', label: 'Unsuspend', done: 'Unsuspended', applies: (r) => r.suspended },
  { kind: 'bury', label: 'Bury', done: 'Buried', applies: (r) => !r.buried },
  { kind: 'unbury', label: 'Unbury', done: 'Unburied', applies: (r) => r.buried },
  { kind: 'flag', label: 'Flag', done: 'Flagged', applies: (r) => !r.flagged },
  { kind: 'unflag', label: 'Unflag', done: 'Unflagged', applies: (r) => r.flagged },
];

/** With nothing selected the first of each pair shows, disabled; with a selection, whichever would change a card. */
const pairs = [
  ['suspend', 'unsuspend'],
  ['bury', 'unbury'],
  ['flag', 'unflag'],
] as const;

export function CardActions({ selected, findCard }: Props) {
  const { progress } = useStores();
  const readOnly = useProgress((s) => s.readOnly);
  // Undo belongs to this visit of the page: it never reaches a grade made in study or another tab.
  const [session] = useState(
    () => `cards-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`,
  );
  const [batches, setBatches] = useState<readonly Batch[]>([]);
  const [message, setMessage] = useState('');
  const [dialog, setDialog] = useState<'forget' | 'edit' | undefined>();
  // An action can take away the control that had focus: Undo goes after the last batch, and every button is disabled
  // once the selected cards leave the list (unsuspended under "Suspended", forgotten under "Learning"). Focus then
  // waits on the bar itself, so the next Tab goes on from here instead of from the top of the page.
  const bar = useRef<HTMLDivElement>(null);
  const acted = useRef(false);
  useLayoutEffect(() => {
    if (!acted.current || dialog !== undefined) return;
    acted.current = false;
    const at = document.activeElement;
    const lost = at === null || at === document.body || (at instanceof HTMLButtonElement && at.disabled);
    if (lost) bar.current?.focus();
  });

  const record = (done: string, count: number) => {
    acted.current = true;
    if (count === 0) return;
    setBatches((b) => [...b, { done, count }]);
    setMessage(`${done} ${cardCount(count)}.`);
  };

  const runMark = (kind: MarkKind, done: string, rows: readonly CardRow[]) => {
    const mark = progress.getState().mark;
    record(done, rows.filter((r) => mark(r.key, kind, session) !== undefined).length);
  };

  const forgettable = selected.filter((r) => r.due !== undefined);
  const forget = () => {
    const run = progress.getState().forget;
    record('Forgot', forgettable.filter((r) => run(r.key, session) !== undefined).length);
  };

  const undo = () => {
    const last = batches.at(-1);
    if (!last) return;
    const { undo: undoOne } = progress.getState();
    for (let i = 0; i < last.count; i++) undoOne(session);
    acted.current = true;
    setBatches((b) => b.slice(0, -1));
    setMessage(`Undone: ${last.done.toLowerCase()} ${cardCount(last.count)}.`);
  };

  // Ctrl+Z (or Cmd+Z) undoes the last batch, as in study; not while typing or inside a dialog.
  const undoRef = useRef(undo);
  undoRef.current = undo;
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e) || insideOpenDialog(e.target)) return;
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        undoRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const one = selected.length === 1 ? selected[0] : undefined;
  const editing = dialog === 'edit' && one ? findCard(one.key) : undefined;
  const none = selected.length === 0 || readOnly;

  return (
    <div className="card-actions">
      <div
        ref={bar}
        tabIndex={-1}
        className="actions"
        role="group"
        aria-label="Actions on the selected cards"
      >
        <span className="muted selection-count">
          {selected.length === 0 ? 'No card selected' : `${selected.length.toLocaleString('en')} selected`}
        </span>
        {pairs.map((pair) => {
          const shown = pair
            .map((kind) => markActions.find((a) => a.kind === kind))
            .filter((a) => a !== undefined)
            .filter((a, i) => (selected.length === 0 ? i === 0 : selected.some(a.applies)));
          // Keyed by place, not by kind: Suspend turning into Unsuspend is the same button, and keeps focus.
          return shown.map((a, i) => (
            <button
              key={`${pair[0]}-${i}`}
              type="button"
              className="quiet"
              disabled={none}
              onClick={() => runMark(a.kind, a.done, selected.filter(a.applies))}
            >
              {a.label}
            </button>
          ));
        })}
        <button
          type="button"
          className="quiet danger"
          disabled={none || forgettable.length === 0}
          onClick={() => setDialog('forget')}
        >
          Forget
        </button>
        <button type="button" className="quiet" disabled={readOnly || !one} onClick={() => setDialog('edit')}>
          Edit
        </button>
      </div>
      <div className="card-announce">
        <p role="status" className="card-message">
          {message}
        </p>
        {batches.length > 0 && (
          <button type="button" className="quiet" onClick={undo} aria-keyshortcuts="Control+Z">
            Undo
          </button>
        )}
      </div>
      {dialog === 'forget' && (
        <ForgetDialog
          title={`Forget ${forgettable.length} ${forgettable.length === 1 ? 'card' : 'cards'}?`}
          text={
            forgettable.length === 1
              ? 'It goes back to new; its review history stays in your log.'
              : 'They go back to new; their review history stays in your log.'
          }
          onForget={forget}
          onClose={() => {
            acted.current = true;
            setDialog(undefined);
          }}
        />
      )}
      {editing && (
        <EditCard deckCard={editing} session={session} onDone={record} onClose={() => setDialog(undefined)} />
      )}
    </div>
  );
}

interface EditProps {
  deckCard: DeckCard;
  session: string;
  onDone: (done: string, count: number) => void;
  onClose: () => void;
}

function EditCard({ deckCard, session, onDone, onClose }: EditProps) {
  const { progress } = useStores();
  const edit = useProgress((s) => s.marks.get(deckCard.key)?.edit);
  const wording = deckWording(deckCard.card);
  return (
    <CardEditDialog
      deckWording={wording}
      edit={edit}
      onSave={(text) => {
        const id = progress.getState().edit(deckCard.key, text, wording, session);
        onDone('Saved your wording of', id === undefined ? 0 : 1);
      }}
      onRestore={() => {
        const id = progress.getState().mark(deckCard.key, 'restore', session);
        onDone("Restored the deck's wording of", id === undefined ? 0 : 1);
      }}
      onClose={onClose}
    />
  );
}
