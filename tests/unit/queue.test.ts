import { describe, expect, it } from 'vitest';
import { LEARN_AHEAD_MS, nextCard, nextDueAfter, queueCounts } from '../../src/engine/queue';
import { applyGrade, newCard, type StoredCard } from '../../src/engine/scheduler';

const opts = { retention: 0.9 };
const now = Date.parse('2026-01-15T10:00:00Z');
const dayEnd = Date.parse('2026-01-16T04:00:00Z');
const DAY = 86_400_000;

const review = (due: number): StoredCard => ({
  ...applyGrade(undefined, 4, new Date(now - 10 * DAY), opts).card,
  due,
});
const learning = (due: number): StoredCard => ({
  ...applyGrade(undefined, 3, new Date(now - 60_000), opts).card,
  due,
});

describe('study queue', () => {
  it('shows due reviews before new cards, most overdue first', () => {
    const states = { 'a/1': review(now - DAY), 'a/2': review(now - 3 * DAY) };
    const input = { cards: ['n/1', 'a/1', 'a/2'], states, now, dayEnd, newLeft: 20 };
    expect(nextCard(input)).toBe('a/2');
    expect(queueCounts(input)).toEqual({ learning: 0, review: 2, new: 1 });
  });

  it('shows learning cards that have fallen due before reviews', () => {
    const states = { 'a/1': review(now - DAY), 'l/1': learning(now - 1000) };
    expect(nextCard({ cards: ['a/1', 'l/1'], states, now, dayEnd, newLeft: 20 })).toBe('l/1');
  });

  it('counts a review due later today as due today (the day ends at the day start, not in 24 h)', () => {
    const states = { 'a/1': review(dayEnd - 1), 'a/2': review(dayEnd + 1) };
    expect(queueCounts({ cards: ['a/1', 'a/2'], states, now, dayEnd, newLeft: 0 }).review).toBe(1);
  });

  it('limits new cards to what is left of the daily allowance, in deck order', () => {
    const cards = ['n/1', 'n/2', 'n/3'];
    expect(queueCounts({ cards, states: {}, now, dayEnd, newLeft: 2 }).new).toBe(2);
    expect(nextCard({ cards, states: {}, now, dayEnd, newLeft: 2 })).toBe('n/1');
    expect(nextCard({ cards, states: {}, now, dayEnd, newLeft: 0 })).toBeUndefined();
  });

  it('brings a learning card back in the same session when it falls due', () => {
    const states = { 'l/1': learning(now + 5 * 60_000) };
    const input = { cards: ['l/1'], states, now, dayEnd, newLeft: 0 };
    // Within the learn-ahead limit it is shown rather than ending the session.
    expect(nextCard(input)).toBe('l/1');
    const later = { 'l/1': learning(now + LEARN_AHEAD_MS + 60_000) };
    expect(nextCard({ ...input, states: later })).toBeUndefined();
    expect(nextCard({ ...input, states: later, now: now + LEARN_AHEAD_MS + 60_000 })).toBe('l/1');
  });

  it('3. A quiz turns unseen cards into reviews: a pulled card stays new, first in line, within the limit', () => {
    const states = { 'n/3': { ...newCard(new Date(now)), due: now, pulled: now } };
    const input = { cards: ['n/1', 'n/2', 'n/3'], states, now, dayEnd, newLeft: 2 };
    expect(nextCard(input)).toBe('n/3');
    expect(queueCounts(input)).toEqual({ learning: 0, review: 0, new: 2 });
    // The limit still holds: with none left today, a pulled card waits like any new card.
    expect(nextCard({ ...input, newLeft: 0 })).toBeUndefined();
    expect(queueCounts({ ...input, newLeft: 0 })).toEqual({ learning: 0, review: 0, new: 0 });
  });

  it('1. The study header lies: a learning card shown ahead of time is counted as learning', () => {
    const states = { 'l/1': learning(now + LEARN_AHEAD_MS - 60_000) };
    const input = { cards: ['l/1', 'n/1'], states, now, dayEnd, newLeft: 0 };
    expect(nextCard(input)).toBe('l/1');
    expect(queueCounts(input)).toEqual({ learning: 1, review: 0, new: 0 });
    // And the card on screen is counted in its kind even when the clock has moved past the window since.
    const later = { ...input, states: { 'l/1': learning(now + 2 * LEARN_AHEAD_MS) } };
    expect(queueCounts({ ...later, current: 'l/1' })).toEqual({ learning: 1, review: 0, new: 0 });
  });

  it('reports when the next card falls due after a session', () => {
    const states = { 'a/1': review(now + 2 * DAY), 'l/1': learning(now + 3600_000) };
    expect(nextDueAfter({ cards: ['a/1', 'l/1', 'n/1'], states, now })).toBe(now + 3600_000);
  });
});
