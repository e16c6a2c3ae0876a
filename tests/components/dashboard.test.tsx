import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newCardOrder } from '../../src/content/deck';
import { type Topic, topicLabels } from '../../src/content/schema';
import { createStores } from '../../src/store/stores';
import { renderApp } from '../render-app';

const topicNames = ['Foundations', 'Training', 'Generalization', 'Language', 'Reasoning', 'AGI and ethics'];
const firstCardOf = (topic: Topic) => newCardOrder.find((c) => c.concept.topic === topic)?.key ?? '';

const topicRows = () => within(screen.getByRole('list', { name: 'Topics' })).getAllByRole('listitem');
const rowOf = (name: string) => {
  const row = topicRows().find((li) => li.textContent?.startsWith(name));
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

describe('home', () => {
  it('lists the six topics, each with due and new counts and its own Study link', async () => {
    await renderApp('/');
    expect(topicRows().map((li) => li.textContent?.split(/\s\d|\s–/)[0])).toEqual(topicNames);
    for (const name of topicNames) expect(rowOf(name)).toHaveTextContent(`${name} 0 due 20 new Study`);
    expect(screen.getByRole('link', { name: 'Study Training' })).toHaveAttribute('href', '/study/training');
    expect(screen.getByRole('link', { name: 'Study AGI and ethics' })).toHaveAttribute(
      'href',
      '/study/agi-and-ethics',
    );
  });

  it('offers one "Study all" link to the whole deck', async () => {
    await renderApp('/');
    const links = screen.getAllByRole('link', { name: 'Study all' });
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', '/study');
  });

  it('after grading a Training card, Training has 1 due and every topic shares the 19 new cards left', async () => {
    const { stores } = await renderApp('/');
    act(() => {
      stores.progress.getState().grade(firstCardOf('training'), 3);
    });
    await waitFor(() => expect(rowOf('Training')).toHaveTextContent('Training 1 due 19 new'));
    for (const name of topicNames.filter((n) => n !== 'Training'))
      expect(rowOf(name)).toHaveTextContent(`${name} 0 due 19 new`);
  });

  it('a topic the learner has nearly finished shows only its own unseen cards as new', async () => {
    // Every Reasoning card but two studied (with the daily limit raised so they all count as introduced today).
    const stores = createStores({ storage: localStorage });
    stores.settings.getState().update({ newPerDay: 999 });
    const reasoning = newCardOrder.filter((c) => c.concept.topic === 'reasoning');
    for (const c of reasoning.slice(2)) stores.progress.getState().grade(c.key, 4);
    await renderApp('/', { stores });
    expect(rowOf('Reasoning')).toHaveTextContent(/Reasoning \d+ due 2 new/);
    expect(rowOf('Training')).toHaveTextContent(/Training 0 due \d+ new/);
  });

  it('lists the topics in the learner’s priority order', async () => {
    const stores = createStores({ storage: localStorage });
    const order: Topic[] = [
      'reasoning',
      'language',
      'foundations',
      'training',
      'generalization',
      'agi-and-ethics',
    ];
    stores.settings.getState().update({ topicOrder: order });
    await renderApp('/', { stores });
    expect(topicRows().map((li) => li.textContent?.split(/\s\d|\s–/)[0])).toEqual(
      order.map((t) => topicLabels[t]),
    );
  });

  it('estimates the time for today at 8 s a card before there is history', async () => {
    await renderApp('/');
    // 20 new cards at 8 s: 160 s, about 3 min.
    expect(screen.getByText('About 3 min')).toBeInTheDocument();
    expect(screen.getByText('for 20 cards at 8 s a card')).toBeInTheDocument();
    expect(screen.getByText('No streak yet')).toBeInTheDocument();
  });

  it('uses the median gap between the learner’s reviews for the estimate', async () => {
    // The day starts 12 hours from now, so the reviews 20 minutes ago are today's whatever the hour of the test.
    let clock = Date.now() - 20 * 60_000;
    const stores = createStores({ storage: localStorage, now: () => new Date(clock) });
    stores.settings.getState().update({ dayStartHour: (new Date().getHours() + 12) % 24 });
    // 11 new cards graded Good 12 s apart: 10 gaps of 12 s, and the 11 cards are due again (learning, 10 minutes).
    for (const c of newCardOrder.slice(0, 11)) {
      stores.progress.getState().grade(c.key, 3);
      clock += 12_000;
    }
    await renderApp('/', { stores });
    // 11 learning cards due and 9 new left: 20 cards at 12 s are 240 s.
    expect(screen.getByText('About 4 min')).toBeInTheDocument();
    expect(screen.getByText('for 20 cards at 12 s a card')).toBeInTheDocument();
    expect(screen.getByText('1-day streak')).toBeInTheDocument();
  });
});
