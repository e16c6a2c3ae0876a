import { useId } from 'react';
import { exportProgress } from '../../store/actions';
import type { Stores } from '../../store/stores';
import { useSettings, useStores } from '../../store/use-stores';
import { downloadText } from '../../ui/download';
import { PageTitle } from '../../ui/PageTitle';
import { AfterHydration } from '../../ui/useHydrated';
import { ImportProgress } from './ImportProgress';
import { LearningStepsField } from './LearningStepsField';
import { NumberSetting } from './NumberSetting';
import { ResetProgress } from './ResetProgress';
import { SyncSettings } from './SyncSettings';
import { TopicPriority } from './TopicPriority';

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
      <AfterHydration
        fallback={
          <div className="panel settings settings-placeholder settings-groups-placeholder" aria-busy="true" />
        }
      >
        {() => <SettingsForms />}
      </AfterHydration>
    </section>
  );
}

function SettingsForms() {
  const stores = useStores();
  return (
    <>
      <DailyLimits />
      <Scheduling />
      <Appearance />
      <SyncSettings />
      <section className="panel settings" aria-labelledby="h-data">
        <h2 id="h-data">Data</h2>
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

function DailyLimits() {
  const newPerDay = useSettings((s) => s.newPerDay);
  const reviewsPerDay = useSettings((s) => s.reviewsPerDay);
  const topicOrder = useSettings((s) => s.topicOrder);
  const update = useSettings((s) => s.update);
  return (
    <section className="panel settings" aria-labelledby="h-limits">
      <h2 id="h-limits">Daily limits</h2>
      <NumberSetting
        label="New cards a day"
        value={newPerDay}
        min={0}
        max={999}
        onSave={(n) => update({ newPerDay: n })}
      />
      <NumberSetting
        label="Reviews per day"
        value={reviewsPerDay}
        min={0}
        max={9999}
        hint="Anki’s default. New cards are shown only while reviews leave room."
        onSave={(n) => update({ reviewsPerDay: n })}
      />
      <TopicPriority order={topicOrder} onSave={(order) => update({ topicOrder: order })} />
    </section>
  );
}

function Scheduling() {
  const retention = useSettings((s) => s.retention);
  const learningSteps = useSettings((s) => s.learningSteps);
  const dayStartHour = useSettings((s) => s.dayStartHour);
  const update = useSettings((s) => s.update);
  const ids = { retention: useId(), retHint: useId(), hour: useId(), hint: useId() };
  return (
    <section className="panel settings" aria-labelledby="h-scheduling">
      <h2 id="h-scheduling">Scheduling</h2>
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
      <LearningStepsField value={learningSteps} onSave={(steps) => update({ learningSteps: steps })} />
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
    </section>
  );
}

function Appearance() {
  const theme = useSettings((s) => s.theme);
  const swipeToGrade = useSettings((s) => s.swipeToGrade);
  const update = useSettings((s) => s.update);
  const swipeHint = useId();
  return (
    <section className="panel settings" aria-labelledby="h-appearance">
      <h2 id="h-appearance">Appearance</h2>
      <fieldset>
        <legend>Theme</legend>
        {(['system', 'light', 'dark'] as const).map((t) => (
          <label className="choice" key={t}>
            <input type="radio" name="theme" checked={theme === t} onChange={() => update({ theme: t })} />
            {t === 'system' ? 'Follow the system' : t === 'light' ? 'Light' : 'Dark'}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            checked={swipeToGrade}
            aria-describedby={swipeHint}
            onChange={(e) => update({ swipeToGrade: e.target.checked })}
          />
          Swipe to grade
        </label>
        <p id={swipeHint} className="muted hint">
          On a touch screen, swipe right for Good and left for Again.
        </p>
      </div>
    </section>
  );
}
