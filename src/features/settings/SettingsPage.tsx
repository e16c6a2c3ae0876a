import { useId } from 'react';
import { exportProgress } from '../../store/actions';
import type { Stores } from '../../store/stores';
import { useSettings, useStores } from '../../store/use-stores';
import { downloadText } from '../../ui/download';
import { PageTitle } from '../../ui/PageTitle';
import { AfterHydration } from '../../ui/useHydrated';
import { ImportProgress } from './ImportProgress';
import { ResetProgress } from './ResetProgress';

function exportNow(stores: Stores): void {
  const { name, text } = exportProgress(stores);
  downloadText(name, text);
}

export default function SettingsPage() {
  // The form shows the learner's own settings: the prerendered page holds the heading and a panel of its size.
  return (
    <section className="page narrow">
      <PageTitle title="Settings" />
      <h1>Settings</h1>
      <AfterHydration fallback={<div className="panel settings settings-placeholder" aria-busy="true" />}>
        {() => <SettingsForms />}
      </AfterHydration>
    </section>
  );
}

function SettingsForms() {
  const newPerDay = useSettings((s) => s.newPerDay);
  const retention = useSettings((s) => s.retention);
  const dayStartHour = useSettings((s) => s.dayStartHour);
  const theme = useSettings((s) => s.theme);
  const update = useSettings((s) => s.update);
  const stores = useStores();
  const ids = { newPerDay: useId(), retention: useId(), hour: useId(), hint: useId(), retHint: useId() };

  return (
    <>
      <form className="panel settings" onSubmit={(e) => e.preventDefault()}>
        <h2>Studying</h2>
        <div className="field">
          <label htmlFor={ids.newPerDay}>New cards a day</label>
          <input
            id={ids.newPerDay}
            type="number"
            inputMode="numeric"
            min={0}
            max={999}
            value={newPerDay}
            onChange={(e) => {
              const n = Math.round(Number(e.target.value));
              if (Number.isFinite(n) && n >= 0 && n <= 999) update({ newPerDay: n });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.retention}>Target retention: {Math.round(retention * 100)}%</label>
          <input
            id={ids.retention}
            type="range"
            min={0.8}
            max={0.97}
            step={0.01}
            value={retention}
            aria-describedby={ids.retHint}
            aria-valuetext={`${Math.round(retention * 100)}%`}
            onChange={(e) => update({ retention: Math.round(Number(e.target.value) * 100) / 100 })}
          />
          <p id={ids.retHint} className="muted hint">
            The chance FSRS aims for that you still remember a card when it comes due. Higher means more
            reviews.
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.hour}>A new study day starts at</label>
          <select
            id={ids.hour}
            value={dayStartHour}
            aria-describedby={ids.hint}
            onChange={(e) => update({ dayStartHour: Number(e.target.value) })}
          >
            {Array.from({ length: 24 }, (_, h) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the hour is the identity
              <option key={h} value={h}>
                {`${String(h).padStart(2, '0')}:00`}
              </option>
            ))}
          </select>
          <p id={ids.hint} className="muted hint">
            Reviews after midnight but before this hour count for the day before, as in Anki.
          </p>
        </div>
        <fieldset>
          <legend>Theme</legend>
          {(['system', 'light', 'dark'] as const).map((t) => (
            <label className="choice" key={t}>
              <input type="radio" name="theme" checked={theme === t} onChange={() => update({ theme: t })} />
              {t === 'system' ? 'Follow the system' : t === 'light' ? 'Light' : 'Dark'}
            </label>
          ))}
        </fieldset>
      </form>

      <section className="panel" aria-labelledby="h-data">
        <h2 id="h-data">Your progress</h2>
        <p className="muted">
          Progress lives only in this browser. Export it to keep a copy or move it elsewhere.
        </p>
        <div className="actions">
          <button type="button" onClick={() => exportNow(stores)}>
            Export progress
          </button>
        </div>
        <ImportProgress />
        <ResetProgress onExport={() => exportNow(stores)} />
      </section>
    </>
  );
}
