import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deckWording } from '../../src/content/card-text';
import { findCard, newCardOrder } from '../../src/content/deck';
import { isSuspended } from '../../src/engine/card-actions';
import { paths } from '../../src/paths';
import { gradeIntervals } from '../../src/store/selectors';
import { createStores } from '../../src/store/stores';
import { MemoryStorage } from '../memory-storage';
import { renderApp } from '../render-app';

const DAY = 86_400_000;
const status = () => within(screen.getByRole('region', { name: /^Study/ })).getByRole('status');
const card = () => screen.getByRole('article');
const firstKey = () => newCardOrder[0]?.key as string;
const promptOf = (key: string) => deckWording(findCard(key)?.card ?? fail(key)).prompt;
const fail = (key: string): never => {
  throw new Error(`no card ${key}`);
};

const study = (stores = createStores({ storage: new MemoryStorage() })) => renderApp('/study', { stores });

describe('card actions while studying', () => {
  it('the Card actions menu works by keyboard: open, arrows, Escape, Enter', async () => {
    const { user, stores } = await study();
    const button = screen.getByRole('button', { name: 'Card actions' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu', { name: 'Card actions' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((m) => m.textContent),
    ).toEqual(['Suspend card@', 'Bury until tomorrow-', 'Flag cardCtrl+1', 'Edit cardE', 'Forget card']);
    expect(screen.getByRole('menuitem', { name: 'Suspend card' })).toHaveFocus();
    expect(screen.getByRole('menuitem', { name: 'Suspend card' })).toHaveAttribute('aria-keyshortcuts', '@');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Bury until tomorrow' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Forget card' })).toHaveFocus();
    // Escape closes it and gives focus back to the button.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    // Down arrow on the button opens it too; Enter on "Flag card" flags the card on screen.
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{Enter}');
    expect(stores.progress.getState().marks.get(firstKey())?.flagged).toBe(true);
    expect(within(card()).getByText('Flagged')).toBeInTheDocument();
    expect(status()).toHaveTextContent('Card flagged. Undo with Ctrl+Z.');
    expect(button).toHaveFocus();
    // The same card stays, and the menu now offers to unflag it.
    await user.click(button);
    expect(screen.getByRole('menuitem', { name: 'Unflag card' })).toBeInTheDocument();
  });

  it('Undo of the last flag gives focus to the card, not to the page, when its button goes', async () => {
    const { user } = await study();
    await user.keyboard('{Control>}1{/Control}');
    expect(within(card()).getByText('Flagged')).toBeInTheDocument();
    screen.getByRole('button', { name: 'Undo' }).focus();
    await user.keyboard('{Enter}');
    expect(status()).toHaveTextContent('Flag undone.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(within(card()).getByText(promptOf(firstKey())).closest('.card-side')).toHaveFocus();
  });

  it('@ suspends the card and shows the next; Ctrl+Z brings it back', async () => {
    const { user, stores } = await study();
    const key = firstKey();
    expect(card()).toHaveTextContent(promptOf(key));
    await user.keyboard('@');
    const { marks, cards } = stores.progress.getState();
    expect(isSuspended(marks.get(key), cards[key])).toBe(true);
    expect(card()).not.toHaveTextContent(promptOf(key));
    expect(status()).toHaveTextContent('Card suspended. Undo with Ctrl+Z.');
    expect(screen.getByText(/0 reviewed this session/)).toBeInTheDocument();

    await user.keyboard('{Control>}z{/Control}');
    const after = stores.progress.getState();
    expect(isSuspended(after.marks.get(key), after.cards[key])).toBe(false);
    expect(card()).toHaveTextContent(promptOf(key));
    expect(status()).toHaveTextContent('Suspend undone.');
    // An action undone does not lower the count of reviews.
    expect(screen.getByText(/0 reviewed this session/)).toBeInTheDocument();
  });

  it('- buries the card until tomorrow; Undo lowers "reviewed" only for a grade', async () => {
    const { user, stores } = await study();
    const key = firstKey();
    await user.keyboard(' ');
    await user.keyboard('3');
    expect(screen.getByText(/1 reviewed this session/)).toBeInTheDocument();
    const second = newCardOrder[1]?.key as string;
    expect(card()).toHaveTextContent(promptOf(second));
    await user.keyboard('-');
    expect(stores.progress.getState().marks.get(second)?.buriedAt).toBeTypeOf('number');
    expect(status()).toHaveTextContent('Card buried until tomorrow.');
    expect(card()).not.toHaveTextContent(promptOf(second));
    // Undo the bury: the count stays; undo the grade: it goes down and the first card comes back.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(card()).toHaveTextContent(promptOf(second));
    expect(screen.getByText(/1 reviewed this session/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(card()).toHaveTextContent(promptOf(key));
    expect(screen.getByText(/0 reviewed this session/)).toBeInTheDocument();
    expect(stores.progress.getState().cards[key]).toBeUndefined();
  });

  it('Ctrl+1 flags and unflags the card', async () => {
    const { user, stores } = await study();
    await user.keyboard('{Control>}1{/Control}');
    expect(stores.progress.getState().marks.get(firstKey())?.flagged).toBe(true);
    expect(within(card()).getByText('Flagged')).toBeInTheDocument();
    await user.keyboard('{Control>}1{/Control}');
    expect(stores.progress.getState().marks.get(firstKey())?.flagged).toBe(false);
    expect(within(card()).queryByText('Flagged')).not.toBeInTheDocument();
    expect(status()).toHaveTextContent('Card unflagged.');
  });

  it('e opens the editor; keys typed there do not act on the card; the edit shows with an Edited badge', async () => {
    const { user, stores } = await study();
    const key = firstKey();
    await user.keyboard('e');
    const dialog = screen.getByRole('dialog', { name: 'Edit card' });
    const prompt = within(dialog).getByRole('textbox', { name: 'Prompt' });
    expect(prompt).toHaveValue(promptOf(key));
    await user.clear(prompt);
    // "@", "-" and "e" are text here: nothing is suspended or buried.
    await user.type(prompt, 'My re-worded prompt @ home');
    expect(stores.progress.getState().marks.get(key)).toBeUndefined();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(card()).toHaveTextContent('My re-worded prompt @ home');
    expect(within(card()).getByText('Edited')).toBeInTheDocument();
    expect(status()).toHaveTextContent('Card edited');
    expect(stores.progress.getState().marks.get(key)?.edit?.text.prompt).toBe('My re-worded prompt @ home');
    // Focus went back to the Card actions button; Ctrl+Z undoes the edit.
    await user.keyboard('{Control>}z{/Control}');
    expect(card()).toHaveTextContent(promptOf(key));
    expect(within(card()).queryByText('Edited')).not.toBeInTheDocument();
  });

  it('the back shows the deck’s version when the deck changed since the learner’s edit', async () => {
    const stores = createStores({ storage: new MemoryStorage() });
    const key = firstKey();
    const deck = deckWording(findCard(key)?.card ?? fail(key));
    stores.progress
      .getState()
      .edit(key, { ...deck, answer: 'My answer' }, { ...deck, answer: 'What the deck said then' });
    const { user } = await study(stores);
    await user.click(screen.getByRole('button', { name: 'Show answer' }));
    expect(card()).toHaveTextContent('My answer');
    expect(card()).toHaveTextContent(`The deck's version now: ${deck.prompt} → Answer: ${deck.answer}`);
  });

  it('Forget asks first, then puts a studied card back to new; a new card cannot be forgotten', async () => {
    let t = Date.now() - 30 * DAY;
    const stores = createStores({ storage: new MemoryStorage(), now: () => new Date(t) });
    const key = firstKey();
    stores.progress.getState().grade(key, 3);
    t += DAY;
    stores.progress.getState().grade(key, 3);
    t = Date.now();
    const { user } = await study(stores);
    expect(card()).toHaveTextContent(promptOf(key));
    await user.click(screen.getByRole('button', { name: 'Card actions' }));
    await user.click(screen.getByRole('menuitem', { name: 'Forget card' }));
    const dialog = screen.getByRole('dialog', { name: 'Forget this card?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Forget' }));
    expect(stores.progress.getState().cards[key]?.state).toBe(0);
    expect(status()).toHaveTextContent('Card forgotten: it is new again. Undo with Ctrl+Z.');
    // It is new again, and the first new card: it comes next, as new, with nothing left to forget.
    expect(within(card()).getByRole('button', { name: 'I know this' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Card actions' }));
    expect(screen.getByRole('menuitem', { name: 'Forget card' })).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Escape}');
    // Undo gives the card its schedule back and shows it again.
    await user.keyboard('{Control>}z{/Control}');
    expect(stores.progress.getState().cards[key]?.state).toBe(2);
    expect(card()).toHaveTextContent(promptOf(key));
  });

  it('"I know this" on a new card schedules it as Easy and says so', async () => {
    const { user, stores } = await study();
    const key = firstKey();
    const easy = gradeIntervals(undefined, key, Date.now(), 0.9)[4];
    expect(screen.getByRole('button', { name: 'Show answer' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'I know this' }));
    const state = stores.progress.getState().cards[key];
    expect(state?.state).toBe(2);
    expect(state?.reps).toBe(1);
    expect(status()).toHaveTextContent(`Scheduled as Easy: next review in ${easy}`);
    expect(easy).toMatch(/^\d+d$/);
    expect(screen.getByText(/1 reviewed this session/)).toBeInTheDocument();
  });

  it('tells the learner once when the 8th lapse makes the card a leech, with a link to it in the card browser', async () => {
    let t = Date.now() - 400 * DAY;
    const stores = createStores({ storage: new MemoryStorage(), now: () => new Date(t) });
    const key = firstKey();
    const { grade } = stores.progress.getState();
    grade(key, 3);
    t += DAY;
    grade(key, 3);
    for (let lapse = 0; lapse < 7; lapse++) {
      t += 30 * DAY;
      grade(key, 1);
      t += DAY;
      grade(key, 3);
    }
    expect(stores.progress.getState().cards[key]).toMatchObject({ lapses: 7, state: 2 });
    t = Date.now();
    const { user } = await study(stores);
    // The overdue review comes first.
    expect(card()).toHaveTextContent(promptOf(key));
    await user.keyboard(' ');
    await user.keyboard('1');
    expect(stores.progress.getState().cards[key]?.leechAt).toBeTypeOf('number');
    expect(status()).toHaveTextContent('This card has lapsed 8 times: it is now a leech and suspended.');
    expect(within(status()).getByRole('link', { name: 'See it in the card browser' })).toHaveAttribute(
      'href',
      paths.cards.getHref({ card: key }),
    );
    // Suspended: it does not come back in this session. The next grade says nothing more about it.
    expect(screen.queryByRole('article')?.textContent ?? '').not.toContain(promptOf(key));
    if (screen.queryByRole('article')) {
      await user.keyboard(' ');
      await user.keyboard('3');
      await waitFor(() => expect(status()).not.toHaveTextContent('leech'));
    }
  });
});
