import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { exportProgress } from '../../src/store/actions';
import type { ExportFile } from '../../src/store/export-file';
import { defaultSettings } from '../../src/store/progress-schema';
import { createStores } from '../../src/store/stores';
import { MemoryStorage } from '../memory-storage';
import { renderApp } from '../render-app';

const t0 = new Date('2026-02-10T09:00:00Z');
const day = 86_400_000;

function fileOf(content: unknown, name = 'progress.json') {
  return new File([typeof content === 'string' ? content : JSON.stringify(content)], name, {
    type: 'application/json',
  });
}

const allEvents = (log: Record<string, readonly unknown[]>) => Object.values(log).flat();

/** An export made elsewhere (another browser): two reviews a day apart, from t0. */
function exportedFile(): ExportFile {
  let clock = t0;
  const other = createStores({ storage: new MemoryStorage(), now: () => clock });
  other.progress.getState().grade('gpt-2/c1', 3);
  clock = new Date(t0.getTime() + day);
  other.progress.getState().grade('gpt-2/c2', 4);
  return JSON.parse(exportProgress(other, new Date()).text);
}

describe('settings', () => {
  it('changes new cards a day, retention, day start and theme', async () => {
    const { user, stores } = await renderApp('/settings');
    const perDay = screen.getByRole('spinbutton', { name: 'New cards a day' });
    await user.clear(perDay);
    await user.type(perDay, '35');
    expect(stores.settings.getState().newPerDay).toBe(35);
    await user.selectOptions(screen.getByRole('combobox', { name: 'A new study day starts at' }), '6');
    expect(stores.settings.getState().dayStartHour).toBe(6);
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(stores.settings.getState().theme).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    const slider = screen.getByRole('slider', { name: /Target retention/ });
    expect(slider).toHaveAttribute('min', '0.8');
    expect(slider).toHaveAttribute('max', '0.97');
    // Settings persist: a reload reads them back.
    expect(createStores({ storage: localStorage }).settings.getState()).toMatchObject({
      newPerDay: 35,
      dayStartHour: 6,
      theme: 'dark',
    });
  });

  it('groups the settings under Daily limits, Scheduling, Appearance and Data', async () => {
    await renderApp('/settings');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      expect.arrayContaining(['Daily limits', 'Scheduling', 'Appearance', 'Data']),
    );
    const group = (name: string) =>
      screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;
    expect(
      within(group('Daily limits')).getByRole('spinbutton', { name: 'New cards a day' }),
    ).toBeInTheDocument();
    expect(
      within(group('Daily limits')).getByRole('spinbutton', { name: 'Reviews per day' }),
    ).toBeInTheDocument();
    expect(within(group('Daily limits')).getByRole('list', { name: 'Topic priority' })).toBeInTheDocument();
    expect(within(group('Scheduling')).getByRole('slider', { name: /Target retention/ })).toBeInTheDocument();
    expect(within(group('Scheduling')).getByRole('textbox', { name: 'Learning steps' })).toHaveValue(
      '1m 10m',
    );
    expect(
      within(group('Scheduling')).getByRole('combobox', { name: 'A new study day starts at' }),
    ).toBeInTheDocument();
    expect(within(group('Appearance')).getByRole('radio', { name: 'Dark' })).toBeInTheDocument();
    expect(within(group('Appearance')).getByRole('checkbox', { name: 'Swipe to grade' })).not.toBeChecked();
    expect(within(group('Data')).getByRole('button', { name: 'Export progress' })).toBeInTheDocument();
    expect(within(group('Data')).getByLabelText('Import progress')).toBeInTheDocument();
    expect(within(group('Data')).getByRole('button', { name: 'Reset progress' })).toBeInTheDocument();
  });

  it('saves reviews per day (200 by default, Anki’s), and ignores a cleared box until a number is typed', async () => {
    const { user, stores } = await renderApp('/settings');
    const reviews = screen.getByRole('spinbutton', { name: 'Reviews per day' });
    expect(reviews).toHaveValue(200);
    expect(reviews).toHaveAccessibleDescription(
      'Anki’s default. New cards are shown only while reviews leave room.',
    );
    await user.clear(reviews);
    expect(stores.settings.getState().reviewsPerDay).toBe(200);
    await user.type(reviews, '150');
    expect(stores.settings.getState().reviewsPerDay).toBe(150);
    await user.clear(reviews);
    await user.type(reviews, '12345');
    expect(stores.settings.getState().reviewsPerDay).toBe(1234);
    await user.tab();
    expect(reviews).toHaveValue(1234);
    expect(createStores({ storage: localStorage }).settings.getState().reviewsPerDay).toBe(1234);
  });

  it('rejects learning steps "ten minutes" with a message beside the box, and saves "2m 15m"', async () => {
    const { user, stores } = await renderApp('/settings');
    const steps = screen.getByRole('textbox', { name: 'Learning steps' });
    await user.clear(steps);
    await user.type(steps, 'ten minutes');
    await user.tab();
    expect(steps).toHaveAttribute('aria-invalid', 'true');
    expect(steps).toHaveAccessibleDescription(/^Not saved: write each step as a whole number and m, h or d/);
    expect(stores.settings.getState().learningSteps).toBe('1m 10m');
    await user.clear(steps);
    await user.type(steps, '2m  15m {Enter}');
    expect(steps).not.toHaveAttribute('aria-invalid');
    expect(steps).toHaveValue('2m 15m');
    expect(stores.settings.getState().learningSteps).toBe('2m 15m');
    expect(createStores({ storage: localStorage }).settings.getState().learningSteps).toBe('2m 15m');
  });

  it('moves a topic up and down by keyboard, says where it went, and saves the order', async () => {
    const { user, stores } = await renderApp('/settings');
    const list = screen.getByRole('list', { name: 'Topic priority' });
    const names = () =>
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.replace(/[↑↓]/g, ''));
    expect(names()).toEqual([
      'Foundations',
      'Training',
      'Generalization',
      'Language',
      'Reasoning',
      'AGI and ethics',
    ]);
    expect(screen.getByRole('button', { name: 'Move Foundations up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move AGI and ethics down' })).toBeDisabled();
    screen.getByRole('button', { name: 'Move Reasoning up' }).focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(screen.getByText('Reasoning moved to position 3 of 6.')).toBeInTheDocument();
    expect(names()).toEqual([
      'Foundations',
      'Training',
      'Reasoning',
      'Generalization',
      'Language',
      'AGI and ethics',
    ]);
    // The focus stays on the moved topic's button; at the top it goes to "Move … down".
    expect(screen.getByRole('button', { name: 'Move Reasoning up' })).toHaveFocus();
    await user.keyboard('{Enter}{Enter}');
    expect(screen.getByRole('button', { name: 'Move Reasoning down' })).toHaveFocus();
    expect(screen.getByText('Reasoning moved to position 1 of 6.')).toBeInTheDocument();
    expect(stores.settings.getState().topicOrder).toEqual([
      'reasoning',
      'foundations',
      'training',
      'generalization',
      'language',
      'agi-and-ethics',
    ]);
    await user.keyboard('{Enter}');
    expect(stores.settings.getState().topicOrder.slice(0, 2)).toEqual(['foundations', 'reasoning']);
    expect(createStores({ storage: localStorage }).settings.getState().topicOrder[1]).toBe('reasoning');
    await user.click(screen.getByRole('button', { name: 'Use the deck’s order' }));
    expect(names()[1]).toBe('Training');
  });

  it('turns swipe to grade on, with its hint', async () => {
    const { user, stores } = await renderApp('/settings');
    const swipe = screen.getByRole('checkbox', { name: 'Swipe to grade' });
    expect(swipe).toHaveAccessibleDescription('On a touch screen, swipe right for Good and left for Again.');
    await user.click(swipe);
    expect(swipe).toBeChecked();
    expect(stores.settings.getState().swipeToGrade).toBe(true);
  });

  it('exports progress as descent-progress-YYYY-MM-DD.json', async () => {
    const { user, stores } = await renderApp('/settings');
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:x';
    });
    URL.revokeObjectURL = vi.fn();
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    act(() => {
      stores.progress.getState().grade('gpt-2/c1', 3);
    });
    await user.click(screen.getByRole('button', { name: 'Export progress' }));
    click.mockRestore();
    expect(clicks[0]).toMatch(/^descent-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await (created[0] as Blob).text());
    expect(file).toMatchObject({ format: 'descent-progress', version: 3, settings: defaultSettings });
    expect(file.reviews).toHaveLength(1);
    expect(file.reviews[0]).toMatchObject({ card: 'gpt-2/c1', grade: 3, state: 0, weights: 1 });
    expect(file).not.toHaveProperty('cards');
  });

  it('rejects a file that is not a Descent progress file, and changes nothing', async () => {
    const { user, stores } = await renderApp('/settings');
    act(() => {
      stores.progress.getState().grade('gpt-2/c1', 3);
    });
    await user.upload(screen.getByLabelText('Import progress'), fileOf({ hello: 'world' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This is not a Descent progress file.');
    expect(Object.keys(stores.progress.getState().cards)).toEqual(['gpt-2/c1']);
  });

  it('names the wrong field of a damaged file', async () => {
    const { user } = await renderApp('/settings');
    const file = exportedFile();
    (file.reviews[0] as { grade: unknown }).grade = 9;
    await user.upload(screen.getByLabelText('Import progress'), fileOf(file));
    expect(await screen.findByRole('alert')).toHaveTextContent(/reviews\.0\.grade/);
  });

  it('shows what an import holds, then replaces', async () => {
    const { user, stores } = await renderApp('/settings');
    const file = exportedFile();
    await user.upload(screen.getByLabelText('Import progress'), fileOf(file, 'backup.json'));
    const summary = await screen.findByText(/holds 2 reviews from/);
    expect(summary).toHaveTextContent(
      /^backup\.json holds 2 reviews from .+ to .+ and 0 quizzes\. Replace your progress with it, or merge the two\?$/,
    );
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    expect(allEvents(stores.progress.getState().reviews)).toHaveLength(2);
    expect(Object.keys(stores.progress.getState().cards).sort()).toEqual(['gpt-2/c1', 'gpt-2/c2']);
  });

  it('merges an import without losing reviews on either side', async () => {
    const { user, stores } = await renderApp('/settings');
    const file = exportedFile();
    act(() => {
      stores.progress.getState().grade('double-descent/c1', 3);
    });
    await user.upload(screen.getByLabelText('Import progress'), fileOf(file));
    await user.click(await screen.findByRole('button', { name: 'Merge' }));
    expect(allEvents(stores.progress.getState().reviews)).toHaveLength(3);
    expect(Object.keys(stores.progress.getState().cards).sort()).toEqual([
      'double-descent/c1',
      'gpt-2/c1',
      'gpt-2/c2',
    ]);
  });

  it('asks before a reset, offers an export first, then resets', async () => {
    const { user, stores } = await renderApp('/settings');
    act(() => {
      stores.progress.getState().grade('gpt-2/c1', 3);
    });
    await user.click(screen.getByRole('button', { name: 'Reset progress' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset all progress?' });
    expect(within(dialog).getByText(/deletes 1 review/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Export progress first' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Reset everything' }));
    expect(stores.progress.getState().cards).toEqual({});
    expect(stores.progress.getState().log).toEqual({});
    // What is stored is reset too: a reload finds no progress.
    const reloaded = createStores({ storage: localStorage }).progress.getState();
    expect(reloaded.cards).toEqual({});
    expect(reloaded.log).toEqual({});
  });
});

describe('stats page', () => {
  it('shows streak, heatmap with a table equivalent, forecast, retention, mastery and quiz history', async () => {
    const { stores } = await renderApp('/stats');
    act(() => {
      stores.progress.getState().grade('gpt-2/c1', 4);
      stores.progress.getState().recordQuiz(
        {
          id: 'q1',
          at: Date.now(),
          scope: 'Everything',
          score: 7,
          total: 10,
          durationMs: 60_000,
          misses: [],
        },
        [],
      );
    });
    await waitFor(() => expect(screen.getByText('Current streak').parentElement).toHaveTextContent('1 day'));
    expect(
      screen.getByRole('img', { name: /Reviews per day: 1 review on 1 of the last 365 days/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Reviews per month' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Forecast' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Forecast: 1 card falls due/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Retention' })).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: 'Mastery of Language' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '7 / 10 (70%)' })).toBeInTheDocument();
  });
});
