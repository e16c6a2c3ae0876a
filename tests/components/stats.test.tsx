import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { eventOrder, type LogEvent } from '../../src/engine/replay';
import { mastery } from '../../src/engine/stats';
import { monthOf } from '../../src/store/log-codec';
import { createStores } from '../../src/store/stores';
import { reviewAt } from '../log-events';
import { renderApp } from '../render-app';

const DAY = 86_400_000;

/** A log of `passed` reviews graded Good and `failed` graded Again, all of cards in the review state, in the last days. */
function reviewStateLog(passed: number, failed: number): Record<string, LogEvent[]> {
  const start = Date.now() - 5 * DAY;
  const events = Array.from(
    { length: passed + failed },
    (_, i): LogEvent => ({
      ...reviewAt(start, i * 60, 'gpt-2/c1', i < passed ? 3 : 1),
      state: 2,
    }),
  );
  const log: Record<string, LogEvent[]> = {};
  for (const e of events) {
    const month = monthOf(e.at);
    log[month] = [...(log[month] ?? []), e];
  }
  for (const month of Object.values(log)) month.sort(eventOrder);
  return log;
}

async function statsWith(log: Record<string, LogEvent[]>) {
  const stores = createStores({ storage: localStorage });
  expect(stores.progress.getState().replace({ log, undone: [], quizzes: [] })).toBe(true);
  return renderApp('/stats', { stores });
}

const monthShort = (d: Date) => d.toLocaleString('en', { month: 'short' });

describe('stats page', () => {
  it('names the concepts a quiz missed by their titles, never their ids', async () => {
    const stores = createStores({ storage: localStorage });
    stores.progress.getState().recordQuiz(
      {
        id: 'quiz-1',
        at: Date.now() - 60_000,
        scope: 'reasoning-as-search',
        score: 3,
        total: 5,
        durationMs: 90_000,
        misses: [
          { conceptId: 'reasoning-as-search', question: 'q1', answer: 'a1' },
          { conceptId: 'gpt-2', question: 'q2', answer: 'a2' },
        ],
      },
      [],
    );
    await renderApp('/stats', { stores });
    const table = await screen.findByRole('table', { name: 'Your quizzes, newest first' });
    expect(within(table).getByRole('cell', { name: 'Reasoning as search; GPT-2' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: 'Reasoning as search' })).toBeInTheDocument();
    expect(within(table).queryByText(/reasoning-as-search/)).not.toBeInTheDocument();
  });

  it('labels the heatmap with month and weekday names, and lists months by name', async () => {
    await renderApp('/stats');
    const heatmap = screen.getByRole('img', { name: /^Reviews per day:/ });
    const now = new Date();
    const sixMonthsAgo = new Date(now.getFullYear(), now.getMonth() - 6, 15);
    expect(within(heatmap).getByText(monthShort(sixMonthsAgo))).toBeInTheDocument();
    expect(screen.getByText('Mon')).toBeInTheDocument();
    expect(screen.getByText('Wed')).toBeInTheDocument();
    const perMonth = screen.getByRole('table', { name: 'Reviews per month' });
    const thisMonth = now.toLocaleString('en', { month: 'long', year: 'numeric' });
    expect(within(perMonth).getByRole('cell', { name: thisMonth })).toBeInTheDocument();
    expect(within(perMonth).queryByText(/^\d{4}-\d{2}$/)).not.toBeInTheDocument();
  });

  it('draws the forecast with a count axis and today first, every day in its table', async () => {
    const { stores } = await renderApp('/stats');
    act(() => {
      stores.progress.getState().grade('gpt-2/c1', 3);
      stores.progress.getState().grade('gpt-2/c2', 4);
    });
    const forecast = await screen.findByRole('img', {
      name: /^Forecast: 2 cards fall due in the next 30 days/,
    });
    expect(within(forecast).getByText('Cards due')).toBeInTheDocument();
    expect(within(forecast).getByText('Today')).toBeInTheDocument();
    expect(within(forecast).getByText('0')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Cards due per day' });
    expect(within(table).getAllByRole('row')).toHaveLength(31);
  });

  it('does not call 86% against a 90% target "on target"', async () => {
    await statsWith(reviewStateLog(43, 7));
    const retention = screen.getByRole('region', { name: 'Retention' });
    expect(within(retention).getByText('Below target (more than 2 points under 90%)')).toBeInTheDocument();
    expect(within(retention).queryByText(/On target/)).not.toBeInTheDocument();
    expect(retention).toHaveTextContent('You passed 43 of 50 reviews');
    expect(within(retention).getByRole('img', { name: /True retention per week/ })).toBeInTheDocument();
  });

  it('calls 89.5% against a 90% target "on target", saying the tolerance', async () => {
    await statsWith(reviewStateLog(179, 21));
    const retention = screen.getByRole('region', { name: 'Retention' });
    expect(within(retention).getByText('On target (within 2 points of 90%)')).toBeInTheDocument();
    expect(retention).toHaveTextContent('89.5%');
    const weeks = within(retention).getByRole('table', { name: 'Retention per week' });
    expect(within(weeks).getAllByRole('cell', { name: /%$/ }).length).toBeGreaterThan(0);
  });

  it('fills each mastery bar by the cards mastered, as its label says', async () => {
    // Three Easy reviews months apart: FSRS keeps the card well past 21 days, so it is mastered.
    const start = Date.now() - 200 * DAY;
    const log: Record<string, LogEvent[]> = {};
    for (const [i, days] of [0, 30, 120].entries()) {
      const e = reviewAt(start, days * 86_400, 'gpt-2/c1', 4, `abcde${i}`);
      const month = monthOf(e.at);
      log[month] = [...(log[month] ?? []), e];
    }
    const { stores } = await statsWith(log);
    act(() => {
      stores.progress.getState().grade('gpt-2/c2', 3);
    });
    const cards = stores.progress.getState().cards;
    const expected = mastery([cards['gpt-2/c1'], cards['gpt-2/c2']]);
    expect(expected).toMatchObject({ studied: 2, mastered: 1 });

    const meter = await screen.findByRole('meter', { name: 'Mastery of Language' });
    const total = Number(meter.getAttribute('aria-valuemax'));
    await waitFor(() => expect(meter).toHaveAttribute('aria-valuenow', '1'));
    expect(meter).toHaveAttribute('aria-valuetext', `1 of ${total} mastered`);
    const item = meter.closest('li') as HTMLElement;
    expect(item).toHaveTextContent(`1 of ${total} mastered · 1 more studied, not yet mastered`);
    const fill = meter.firstElementChild as HTMLElement;
    expect(fill.style.width).toBe(`${(1 / total) * 100}%`);
  });
});
