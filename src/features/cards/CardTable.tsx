// One page of the card browser's table: a checkbox per row, and the row's figures. Up and Down move between rows.
import { type KeyboardEvent, memo, type Ref, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { paths } from '../../paths';
import { difficultyLabel, dueLabel, intervalLabel, stateLabels } from './card-format';
import type { CardRow } from './card-list';

interface Props {
  rows: readonly CardRow[];
  selected: ReadonlySet<string>;
  onToggle: (key: string) => void;
  onTogglePage: (select: boolean) => void;
  /** The card a link asked for (`?card=`): highlighted, and focused once when the table first shows it. */
  target: string | undefined;
  now: number;
  dayStartHour: number;
  caption: string;
}

export function CardTable({
  rows,
  selected,
  onToggle,
  onTogglePage,
  target,
  now,
  dayStartHour,
  caption,
}: Props) {
  const targetRow = useRef<HTMLTableRowElement>(null);
  const pageBox = useRef<HTMLInputElement>(null);
  const chosen = rows.filter((r) => selected.has(r.key)).length;
  const all = rows.length > 0 && chosen === rows.length;

  useEffect(() => {
    if (pageBox.current) pageBox.current.indeterminate = chosen > 0 && !all;
  }, [chosen, all]);

  // Once, when the page opens on a linked card: it is brought into view and its checkbox focused.
  useEffect(() => {
    const row = targetRow.current;
    if (!row) return;
    row.scrollIntoView?.({ block: 'center' });
    row.querySelector('input')?.focus({ preventScroll: true });
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const boxes = [...e.currentTarget.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const at = boxes.indexOf(e.target as HTMLInputElement);
    if (at < 0) return;
    const next = boxes[at + (e.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };

  return (
    // On a phone the figures' columns are off to the side: the scroller is a named region a keyboard can scroll.
    <div
      className="table-scroll card-table-scroll"
      role="region"
      aria-label={`${caption}, scrolls sideways`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled by keys
      tabIndex={0}
    >
      <table className="data card-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="pick">
              <label className="pick-target">
                <input
                  ref={pageBox}
                  type="checkbox"
                  aria-label="Select all on this page"
                  checked={all}
                  disabled={rows.length === 0}
                  onChange={() => onTogglePage(!all)}
                />
              </label>
            </th>
            <th scope="col">Prompt</th>
            <th scope="col">Concept</th>
            <th scope="col">State</th>
            <th scope="col">Due</th>
            <th scope="col">Interval</th>
            <th scope="col">Difficulty</th>
            <th scope="col">Lapses</th>
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {rows.map((r) => (
            <CardTableRow
              key={r.key}
              row={r}
              checked={selected.has(r.key)}
              onToggle={onToggle}
              isTarget={r.key === target}
              rowRef={r.key === target ? targetRow : undefined}
              now={now}
              dayStartHour={dayStartHour}
            />
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted card-empty">No card matches this search and filter.</p>}
    </div>
  );
}

interface RowProps {
  row: CardRow;
  checked: boolean;
  onToggle: (key: string) => void;
  isTarget: boolean;
  rowRef: Ref<HTMLTableRowElement> | undefined;
  now: number;
  dayStartHour: number;
}

const none = (
  <>
    <span aria-hidden="true">—</span>
    <span className="visually-hidden">none</span>
  </>
);

const CardTableRow = memo(function CardTableRow({
  row: r,
  checked,
  onToggle,
  isTarget,
  rowRef,
  now,
  dayStartHour,
}: RowProps) {
  return (
    <tr
      ref={rowRef}
      className={[checked ? 'is-selected' : '', isTarget ? 'is-target' : ''].join(' ').trim() || undefined}
      aria-current={isTarget ? 'true' : undefined}
    >
      <td className="pick">
        <label className="pick-target">
          <input
            type="checkbox"
            aria-label={`Select ${r.prompt}`}
            checked={checked}
            onChange={() => onToggle(r.key)}
          />
        </label>
      </td>
      <td className="prompt">
        {r.prompt}
        {(r.flagged || r.leech || r.edited) && (
          <span className="card-tags">
            {r.flagged && <span className="tag tag-flag">Flagged</span>}
            {r.leech && <span className="tag tag-leech">Leech</span>}
            {r.edited && <span className="tag">Edited</span>}
          </span>
        )}
      </td>
      <td>
        <Link to={paths.concept.getHref(r.conceptId)}>{r.conceptTitle}</Link>
      </td>
      <td>
        <span className={`state state-${r.state}`}>{stateLabels[r.state]}</span>
      </td>
      <td>{r.due === undefined ? none : dueLabel(r.due, now, dayStartHour)}</td>
      <td className="num">{r.interval === undefined ? none : intervalLabel(r.interval)}</td>
      <td className="num">{r.difficulty === undefined ? none : difficultyLabel(r.difficulty)}</td>
      <td className="num">{r.lapses}</td>
    </tr>
  );
});
