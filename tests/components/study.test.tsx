import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newCardOrder } from '../../src/content/deck';
import type { Topic } from '../../src/content/schema';
import { createStores } from '../../src/store/stores';
import { renderApp } from '../render-app';

const reviewedToday = () => screen.getByText('Reviewed today').parentElement;
const allEvents = (log: Record<string, readonly unknown[]>) => Object.values(log).flat();
const firstCardOf = (topic: Topic) => newCardOrder.find((c) => c.concept.topic === topic);

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
    const { user, stores } = await renderApp('/study');
    const first = screen.getByRole('article').textContent;
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: /^Good/ })).toBeInTheDocument();
    await user.keyboard('3');
    expect(screen.getByRole('button', { name: 'Show answer' })).toBeInTheDocument();
    expect(screen.getByRole('article').textContent).not.toBe(first);
    expect(Object.keys(stores.progress.getState().cards)).toHaveLength(1);
    expect(allEvents(stores.progress.getState().log)).toHaveLength(1);
    expect(allEvents(stores.progress.getState().reviews)).toHaveLength(1);
  });

  it('announces the revealed answer through a live region', async () => {
    const { user } = await renderApp('/study');
    await user.keyboard(' ');
    const live = screen.getByRole('article').querySelector('[aria-live="polite"]');
    expect(live?.textContent).toMatch(/^Answer: ./);
  });

  it('Undo reverts the last grade and card state, tombstones its log entry, and shows that card again', async () => {
    const { user, stores } = await renderApp('/study');
    const first = screen.getByRole('article').textContent;
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: /^Easy/ }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('article').textContent).toBe(first);
    const state = stores.progress.getState();
    expect(state.cards).toEqual({});
    expect(allEvents(state.reviews)).toEqual([]);
    // The log is append-only: the review stays in it, and its id is a tombstone.
    const logged = allEvents(state.log) as { id: string }[];
    expect(logged).toHaveLength(1);
    expect(state.undone).toEqual([logged[0]?.id]);
    // Ctrl+Z works too.
    await user.keyboard(' ');
    await user.keyboard('4');
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByRole('article').textContent).toBe(first);
    expect(stores.progress.getState().cards).toEqual({});
    expect(stores.progress.getState().undone).toHaveLength(2);
  });

  it('ends with "Session complete" when the daily new-card limit is used up, and offers cram or quiz', async () => {
    const stores = createStores({ storage: localStorage });
    stores.settings.getState().update({ newPerDay: 2 });
    const { user } = await renderApp('/study/language', { stores });
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
    const { user, stores } = await renderApp('/study/training?cram=1');
    expect(screen.getByRole('heading', { level: 1, name: /Cram: Training/ })).toBeInTheDocument();
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: /^Good/ }));
    expect(stores.progress.getState().cards).toEqual({});
    expect(stores.progress.getState().log).toEqual({});
  });

  it('shows a clear message for an unknown topic', async () => {
    await renderApp('/study/astrology');
    expect(screen.getByRole('heading', { name: 'Nothing to study here' })).toBeInTheDocument();
    expect(screen.getByText(/There is no topic called “astrology”/)).toBeInTheDocument();
  });

  it('the study header counts the card on screen: after the last new card, learning cards keep coming with N learning', async () => {
    const stores = createStores({ storage: localStorage });
    stores.settings.getState().update({ newPerDay: 2 });
    const { user } = await renderApp('/study', { stores });
    expect(screen.getByText('2 new')).toBeInTheDocument();
    for (let i = 0; i < 2; i++) {
      await user.keyboard(' ');
      await user.keyboard('3');
    }
    // Both new cards are learning now, due in 10 minutes: within the learn-ahead limit, so one is on screen.
    expect(screen.getByRole('article')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show answer' })).toBeInTheDocument();
    expect(screen.getByText('0 new')).toBeInTheDocument();
    expect(screen.getByText(/^[12] learning$/)).toBeInTheDocument();
    expect(screen.getByText('0 review')).toBeInTheDocument();
    expect(screen.queryByText('0 learning')).not.toBeInTheDocument();
  });

  it('Undo belongs to its session: Undo in one session does not revert another session’s review', async () => {
    const a = firstCardOf('foundations');
    const b = firstCardOf('training');
    if (!a || !b) throw new Error('the deck lacks a foundations or training card');
    expect(a.key).not.toBe(b.key);

    const first = await renderApp('/study/foundations');
    const { stores } = first;
    expect(
      within(screen.getByRole('article')).getByRole('link', { name: a.concept.title }),
    ).toBeInTheDocument();
    await first.user.keyboard(' ');
    await first.user.keyboard('3');
    expect(Object.keys(stores.progress.getState().cards)).toEqual([a.key]);
    first.unmount();

    const { user } = await renderApp('/study/training', { stores });
    expect(
      within(screen.getByRole('article')).getByRole('link', { name: b.concept.title }),
    ).toBeInTheDocument();
    // Nothing of this session to undo yet: the other session's review is not offered.
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    await user.keyboard(' ');
    await user.keyboard('3');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(
      within(screen.getByRole('article')).getByRole('link', { name: b.concept.title }),
    ).toBeInTheDocument();
    // This session's only review is undone: no Undo left, and Ctrl+Z does nothing more.
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    await user.keyboard('{Control>}z{/Control}');

    const state = stores.progress.getState();
    expect(Object.keys(state.cards)).toEqual([a.key]);
    const reviews = allEvents(state.reviews) as { card: string }[];
    expect(reviews.map((e) => e.card)).toEqual([a.key]);
    expect(state.undone).toHaveLength(1);
  });

  it('Session complete after cramming on a fresh profile says cards are ready now, not that new cards wait for tomorrow', async () => {
    const concept = newCardOrder[0]?.concept;
    if (!concept) throw new Error('empty deck');
    const { user, stores } = await renderApp(`/study?cram=1&concepts=${concept.id}`);
    expect(screen.getByRole('heading', { level: 1, name: `Cram: ${concept.title}` })).toBeInTheDocument();
    for (let i = 0; i < concept.cards.length; i++) {
      await user.keyboard(' ');
      await user.keyboard(i % 2 === 0 ? '3' : '4');
    }
    expect(await screen.findByRole('heading', { name: 'Session complete' })).toBeInTheDocument();
    const text = screen.getByText(/You reviewed \d+ cards? in this session/);
    expect(text).toHaveTextContent(`You reviewed ${concept.cards.length}`);
    expect(text).toHaveTextContent(/ready to study now/);
    expect(text.textContent).not.toMatch(/tomorrow/);
    expect(stores.progress.getState().cards).toEqual({});
  });
});

describe('dashboard', () => {
  it('shows cards due, new cards available and reviewed today, with a Study link', async () => {
    await renderApp('/');
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Study all' })).toHaveAttribute(
      'href',
      '/study',
    );
    expect(within(reviewedToday() as HTMLElement).getByText('0')).toBeInTheDocument();
    expect(screen.getByText('New cards available today').parentElement).toHaveTextContent('20');
    expect(screen.getByText('Due now').parentElement).toHaveTextContent('0');
  });

  it('counts reviews made today', async () => {
    const { stores } = await renderApp('/');
    act(() => {
      stores.progress.getState().grade('double-descent/c1', 3);
      stores.progress.getState().grade('gpt-2/c1', 3);
    });
    // Under load the router may still be finishing its transition render; the figure follows within a frame.
    await waitFor(() => expect(reviewedToday()).toHaveTextContent('Reviewed today 2'));
    expect(screen.getByText('New cards available today').parentElement).toHaveTextContent('18');
    fireEvent.focus(document.body);
  });
});

describe('shell', () => {
  it('/index.html shows "Page not found": it is the home page', async () => {
    await renderApp('/index.html');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Today' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Page not found' })).not.toBeInTheDocument();
  });

  it('a cram link that names one concept 2,000 times is labelled "Cram: 2000 concepts": it names the concept', async () => {
    await renderApp(`/study?cram=1&concepts=${Array(2000).fill('double-descent').join(',')}`);
    expect(screen.getByRole('heading', { level: 1, name: 'Cram: Double descent' })).toBeInTheDocument();
  });

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
    const { user, stores } = await renderApp('/study');
    await user.keyboard(' ');
    screen.getByRole('button', { name: /^Again/ }).focus();
    await user.keyboard(' ');
    const [entry] = allEvents(stores.progress.getState().log) as { grade: number }[];
    expect(entry?.grade).toBe(1);
  });

  it('keys do nothing to the card behind the open shortcuts dialog', async () => {
    const { user, stores } = await renderApp('/study');
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: /^Good/ })).toBeInTheDocument();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    within(dialog).getByRole('button', { name: 'Close' }).focus();
    await user.keyboard('3');
    expect(stores.progress.getState().cards).toEqual({});
  });
});
