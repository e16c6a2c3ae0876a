// Import: validate the whole file first, show what it holds, then Replace or Merge. Nothing changes on a bad file.
import { useId, useState } from 'react';
import { applyImport } from '../../store/actions';
import { type ImportResult, type ImportSummary, parseImport } from '../../store/export-file';
import { isDeckCard } from '../../store/stores';
import { useStores } from '../../store/use-stores';

const fmt = (t: number | undefined) =>
  t === undefined ? '' : new Date(t).toLocaleDateString(undefined, { dateStyle: 'medium' });

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** " from A to B", or " on A" when both fall on one day. */
function span(first: number | undefined, last: number | undefined): string {
  if (first === undefined || last === undefined) return '';
  return fmt(first) === fmt(last) ? ` on ${fmt(first)}` : ` from ${fmt(first)} to ${fmt(last)}`;
}

/** What was left out of a file, in words; empty when nothing was. */
function droppedText({ dropped, unknownCards }: ImportSummary): string {
  const parts = [
    [dropped.duplicates, 'repeated'],
    [dropped.future, 'dated in the future'],
    [dropped.tooOld, 'dated before 2000'],
    [dropped.malformed, 'damaged'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, why]) => `${n} ${n === 1 ? 'review' : 'reviews'} ${why}`);
  if (dropped.futureQuizzes > 0)
    parts.push(
      `${dropped.futureQuizzes} ${dropped.futureQuizzes === 1 ? 'quiz' : 'quizzes'} dated in the future`,
    );
  if (dropped.foreignUndos > 0)
    parts.push(
      `${dropped.foreignUndos} ${dropped.foreignUndos === 1 ? 'undo' : 'undos'} of reviews not in the file`,
    );
  const left = parts.length > 0 ? `Left out: ${parts.join(', ')}.` : '';
  const kept =
    unknownCards > 0
      ? ` ${unknownCards} ${unknownCards === 1 ? 'review is' : 'reviews are'} of cards this deck does not have: kept, but not counted.`
      : '';
  return `${left}${kept}`.trim();
}

export function ImportProgress() {
  const inputId = useId();
  const stores = useStores();
  const [result, setResult] = useState<ImportResult & { name: string }>();
  const [done, setDone] = useState<{ ok: boolean; message: string }>();

  const onFile = async (file: File | undefined) => {
    setDone(undefined);
    if (!file) return;
    const text = await file.text();
    setResult({ ...parseImport(text, new Date(), isDeckCard), name: file.name });
  };

  const apply = (mode: 'replace' | 'merge') => {
    if (!result?.ok) return;
    setDone(applyImport(stores, result, mode, result.name));
    setResult(undefined);
  };

  const dropped = result?.ok ? droppedText(result.summary) : '';
  return (
    <div className="import">
      <label htmlFor={inputId}>Import progress</label>
      <input
        id={inputId}
        type="file"
        accept="application/json,.json"
        onChange={(e) => onFile(e.target.files?.[0])}
      />
      {result && !result.ok && (
        <p role="alert" className="notice danger">
          {result.message}
        </p>
      )}
      {result?.ok && (
        <div className="notice warning" role="status">
          <p>
            <strong>{result.name}</strong> holds {plural(result.summary.reviews, 'review')}
            {span(result.summary.first, result.summary.last)} and{' '}
            {plural(result.summary.quizzes, 'quiz', 'quizzes')}. Replace your progress with it, or merge the
            two?
          </p>
          {dropped && <p>{dropped}</p>}
          <div className="notice-actions">
            <button type="button" onClick={() => apply('replace')}>
              Replace
            </button>
            <button type="button" onClick={() => apply('merge')}>
              Merge
            </button>
            <button type="button" className="quiet" onClick={() => setResult(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {done && (
        <p role={done.ok ? 'status' : 'alert'} className={done.ok ? 'notice' : 'notice danger'}>
          {done.message}
        </p>
      )}
    </div>
  );
}
