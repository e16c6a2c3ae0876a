import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useProgress } from '../../src/store/progress';
import { useSettings } from '../../src/store/settings';
import { renderApp } from '../render-app';

const reviewedToday = () => screen.getByText('Reviewed today').parentElement;

describe('studying', () => {
  it('shows a prompt, reveals the answer with the button, and offers four grades with intervals', async () => {
    const { user } = await renderApp('/study');
    expect(screen.getByRole('heading', { level: 1, name: /Study: All topics/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show answer' }));
    expect(screen.getByRole('button', { name: /^Again · 1m$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Hard · 6m$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Good · 10m$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Easy · \d+d$/ })).toBeInTheDocument();
  });

  it('grades by keyboard: Space reveals, 3 grades Good and shows the next card', async () => {
    const { user } = await renderApp('/study');
    const first = screen.getByRole('article').textContent;
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: /^Good/ })).toBeInTheDocument();
    await user.keyboard('3');
    expect(screen.getByRole('button', { name: 'Show answer' })).toBeInTheDocument();
    expect(screen.getByRole('article').textContent).not.toBe(first);
    expect(Object.keys(useProgress.getState().cards)).toHaveLength(1);
    expect(Object.values(useProgress.getState().log).flat()).toHaveLength(1);
  });

  it('announces the revealed answer through a live region', async () => {
    const { user } = await renderApp('/study');
    await user.keyboard(' ');
    const live = screen.getByRole('article').querySelector('[aria-live="polite"]');
    expect(live?.textContent).toMatch(/^Answer: ./);
  });

  it('Undo reverts the last grade, card state and log entry, and shows that card again', async () => {
    const { user } = await renderApp('/study');
    const first = screen.getByRole('article').textContent;
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: /^Easy/ }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('article').textContent).toBe(first);
    expect(useProgress.getState().cards).toEqual({});
    expect(Object.values(useProgress.getState().log).flat()).toEqual([]);
    // Ctrl+Z works too.
    await user.keyboard(' ');
    await user.keyboard('4');
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByRole('article').textContent).toBe(first);
  });

  it('ends with "Session complete" when the daily new-card limit is used up, and offers cram or quiz', async () => {
    useSettings.setState({ newPerDay: 2 });
    const { user } = await renderApp('/study/language');
    useSettings.setState({ newPerDay: 2 });
    for (let i = 0; i < 2; i++) {
      await user.keyboard(' ');
      await user.keyboard('4');
    }
    expect(await screen.findByRole('heading', { name: 'Session complete' })).toBeInTheDocument();
    expect(screen.getByText(/You reviewed 2 cards in this session/)).toBeInTheDocument();
    expect(screen.getByText(/The next card falls due on/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Cram Language' })).toHaveAttribute(
      'href',
      '/study/language?cram=1',
    );
    expect(screen.getByRole('link', { name: 'Take a quiz' })).toBeInTheDocument();
  });

  it('cramming does not touch the schedule', async () => {
    const { user } = await renderApp('/study/training?cram=1');
    expect(screen.getByRole('heading', { level: 1, name: /Cram: Training/ })).toBeInTheDocument();
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: /^Good/ }));
    expect(useProgress.getState().cards).toEqual({});
  });

  it('shows a clear message for an unknown topic', async () => {
    await renderApp('/study/astrology');
    expect(screen.getByRole('heading', { name: 'Nothing to study here' })).toBeInTheDocument();
    expect(screen.getByText(/There is no topic called “astrology”/)).toBeInTheDocument();
  });
});

describe('dashboard', () => {
  it('shows cards due, new cards available and reviewed today, with a Study link', async () => {
    await renderApp('/');
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Study' })).toHaveAttribute(
      'href',
      '/study',
    );
    expect(within(reviewedToday() as HTMLElement).getByText('0')).toBeInTheDocument();
    expect(screen.getByText('New cards available today').parentElement).toHaveTextContent('20');
    expect(screen.getByText('Due now').parentElement).toHaveTextContent('0');
  });

  it('counts reviews made today', async () => {
    await renderApp('/');
    act(() => {
      useProgress.getState().grade('double-descent/c1', 3);
      useProgress.getState().grade('gpt-2/c1', 3);
    });
    // Under load the router may still be finishing its transition render; the figure follows within a frame.
    await waitFor(() => expect(reviewedToday()).toHaveTextContent('Reviewed today 2'));
    expect(screen.getByText('New cards available today').parentElement).toHaveTextContent('18');
    fireEvent.focus(document.body);
  });
});

describe('shell', () => {
  it('shows "Page not found" with a link home for an unknown route', async () => {
    await renderApp('/no/such/page');
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /home page/i })).toHaveAttribute('href', '/');
  });

  it('has a main navigation with every section', async () => {
    await renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    for (const name of ['Home', 'Study', 'Quiz', 'Concepts', 'Stats', 'Settings'])
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
  });

  it('"?" opens the keyboard shortcuts dialog', async () => {
    const { user } = await renderApp('/');
    await user.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });
});

describe('study keys respect focus', () => {
  it('Space on a focused grade button presses that button, not Good', async () => {
    const { user } = await renderApp('/study');
    await user.keyboard(' ');
    screen.getByRole('button', { name: /^Again/ }).focus();
    await user.keyboard(' ');
    const [entry] = Object.values(useProgress.getState().log).flat();
    expect(entry?.grade).toBe(1);
  });

  it('keys do nothing to the card behind the open shortcuts dialog', async () => {
    const { user } = await renderApp('/study');
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: /^Good/ })).toBeInTheDocument();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    within(dialog).getByRole('button', { name: 'Close' }).focus();
    await user.keyboard('3');
    expect(useProgress.getState().cards).toEqual({});
  });
});
