import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildExport } from '../../src/store/export-file';
import { useProgress } from '../../src/store/progress';
import { defaultSettings } from '../../src/store/progress-schema';
import { useSettings } from '../../src/store/settings';
import { renderApp } from '../render-app';

const t0 = new Date('2026-02-10T09:00:00Z');

function fileOf(content: unknown, name = 'progress.json') {
  return new File([typeof content === 'string' ? content : JSON.stringify(content)], name, {
    type: 'application/json',
  });
}

async function exportedFile() {
  act(() => {
    useProgress.getState().grade('gpt-2/c1', 3, t0);
    useProgress.getState().grade('gpt-2/c2', 4, new Date(t0.getTime() + 86_400_000));
  });
  const { cards, log, undone, quizzes } = useProgress.getState();
  return buildExport({ cards, log, undone, quizzes }, defaultSettings, new Date());
}

describe('settings', () => {
  it('changes new cards a day, retention, day start and theme', async () => {
    const { user } = await renderApp('/settings');
    const perDay = screen.getByRole('spinbutton', { name: 'New cards a day' });
    await user.clear(perDay);
    await user.type(perDay, '35');
    expect(useSettings.getState().newPerDay).toBe(35);
    await user.selectOptions(screen.getByRole('combobox', { name: 'A new study day starts at' }), '6');
    expect(useSettings.getState().dayStartHour).toBe(6);
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(useSettings.getState().theme).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    const slider = screen.getByRole('slider', { name: /Target retention/ });
    expect(slider).toHaveAttribute('min', '0.8');
    expect(slider).toHaveAttribute('max', '0.97');
  });

  it('exports progress as descent-progress-YYYY-MM-DD.json', async () => {
    const { user } = await renderApp('/settings');
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
    act(() => useProgress.getState().grade('gpt-2/c1', 3));
    await user.click(screen.getByRole('button', { name: 'Export progress' }));
    click.mockRestore();
    expect(clicks[0]).toMatch(/^descent-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await (created[0] as Blob).text());
    expect(file).toMatchObject({ format: 'descent-progress', version: 1, settings: defaultSettings });
    expect(file.reviews).toHaveLength(1);
  });

  it('rejects a file that is not a Descent progress file, and changes nothing', async () => {
    const { user } = await renderApp('/settings');
    act(() => useProgress.getState().grade('gpt-2/c1', 3));
    await user.upload(screen.getByLabelText('Import progress'), fileOf({ hello: 'world' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This is not a Descent progress file.');
    expect(Object.keys(useProgress.getState().cards)).toEqual(['gpt-2/c1']);
  });

  it('names the wrong field of a damaged file', async () => {
    const { user } = await renderApp('/settings');
    const file = await exportedFile();
    (file.reviews[0] as { grade: unknown }).grade = 9;
    await user.upload(screen.getByLabelText('Import progress'), fileOf(file));
    expect(await screen.findByRole('alert')).toHaveTextContent(/reviews\.0\.grade/);
  });

  it('shows what an import holds, then replaces', async () => {
    const { user } = await renderApp('/settings');
    const file = await exportedFile();
    act(() => useProgress.getState().reset());
    await user.upload(screen.getByLabelText('Import progress'), fileOf(file, 'backup.json'));
    const summary = await screen.findByText(/holds 2 reviews from/);
    expect(summary).toHaveTextContent(/2 cards and 0 quizzes/);
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    expect(Object.values(useProgress.getState().log).flat()).toHaveLength(2);
  });

  it('merges an import without losing reviews on either side', async () => {
    const { user } = await renderApp('/settings');
    const file = await exportedFile();
    act(() => {
      useProgress.getState().reset();
      useProgress.getState().grade('double-descent/c1', 3, t0);
    });
    await user.upload(screen.getByLabelText('Import progress'), fileOf(file));
    await user.click(await screen.findByRole('button', { name: 'Merge' }));
    expect(Object.values(useProgress.getState().log).flat()).toHaveLength(3);
    expect(Object.keys(useProgress.getState().cards).sort()).toEqual([
      'double-descent/c1',
      'gpt-2/c1',
      'gpt-2/c2',
    ]);
  });

  it('asks before a reset, offers an export first, then resets', async () => {
    const { user } = await renderApp('/settings');
    act(() => useProgress.getState().grade('gpt-2/c1', 3));
    await user.click(screen.getByRole('button', { name: 'Reset progress' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset all progress?' });
    expect(within(dialog).getByText(/deletes 1 review/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Export progress first' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Reset everything' }));
    expect(useProgress.getState().cards).toEqual({});
    expect(localStorage.getItem('descent:progress')).toContain('"cards":{}');
  });
});

describe('stats page', () => {
  it('shows streak, heatmap with a table equivalent, forecast, retention, mastery and quiz history', async () => {
    await renderApp('/stats');
    act(() => {
      useProgress.getState().grade('gpt-2/c1', 4);
      useProgress.getState().recordQuiz(
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
      screen.getByRole('img', { name: /Reviews per day: 1 reviews on 1 of the last 365 days/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Reviews per month' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Forecast' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Forecast: 1 cards fall due/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Retention' })).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: 'Mastery of Language' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '7 / 10 (70%)' })).toBeInTheDocument();
  });
});
