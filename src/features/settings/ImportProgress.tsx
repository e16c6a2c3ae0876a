// Import: validate the whole file first, show what it holds, then Replace or Merge. Nothing changes on a bad file.
import { useId, useState } from 'react';
import { type ImportResult, parseImport } from '../../store/export-file';
import { useProgress } from '../../store/progress';
import { useSettings } from '../../store/settings';

const fmt = (t: number | undefined) =>
  t === undefined ? '' : new Date(t).toLocaleDateString(undefined, { dateStyle: 'medium' });

export function ImportProgress() {
  const inputId = useId();
  const [result, setResult] = useState<ImportResult & { name: string }>();
  const [done, setDone] = useState<string>();
  const replace = useProgress((s) => s.replace);
  const merge = useProgress((s) => s.merge);
  const replaceSettings = useSettings((s) => s.replace);

  const onFile = async (file: File | undefined) => {
    setDone(undefined);
    if (!file) return;
    const text = await file.text();
    setResult({ ...parseImport(text), name: file.name });
  };

  const apply = (mode: 'replace' | 'merge') => {
    if (!result?.ok) return;
    if (mode === 'replace') {
      replace(result.progress);
      replaceSettings(result.settings);
    } else {
      merge(result.progress);
    }
    setDone(
      mode === 'replace'
        ? `Replaced your progress with ${result.name}.`
        : `Merged ${result.name} into your progress: no review was lost on either side.`,
    );
    setResult(undefined);
  };

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
            <strong>{result.name}</strong> holds {result.summary.reviews} reviews
            {result.summary.first !== undefined
              ? ` from ${fmt(result.summary.first)} to ${fmt(result.summary.last)}`
              : ''}
            , {result.summary.cards} cards and {result.summary.quizzes} quizzes. Replace your progress with
            it, or merge the two?
          </p>
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
        <p role="status" className="notice">
          {done}
        </p>
      )}
    </div>
  );
}
