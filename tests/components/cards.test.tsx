import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { deckWording } from '../../src/content/card-text';
import { deckCards } from '../../src/content/deck';
import { createStores, type Stores } from '../../src/store/stores';
import { CardEditDialog } from '../../src/ui/CardEditDialog';
import { MemoryStorage } from '../memory-storage';
import { renderApp } from '../render-app';

// The browser reads the real clock (a bury lasts until the next study day), so the stores do too.
const freshStores = () => createStores({ storage: new MemoryStorage(), now: () => new Date() });
const prompt = (i: number) => deckWording((deckCards[i] as (typeof deckCards)[number]).card).prompt;
const key = (i: number) => (deckCards[i] as (typeof deckCards)[number]).key;
const table = () => screen.getByRole('table');
/** The body rows of the page of the table on screen. */
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const count = () => screen.getByText(/^\d[\d,]* cards?$/);
const rowOf = (i: number) => {
  const box = within(table()).getByRole('checkbox', { name: `Select ${prompt(i)}` });
  return box.closest('tr') as HTMLElement;
};

async function openCards(stores: Stores = freshStores(), url = '/cards') {
  const view = await renderApp(url, { stores });
  await screen.findByRole('table');
  return view;
}

describe('card browser', () => {
  it('lists every card in pages of 100, with the columns the learner expects', async () => {
    const { user } = await openCards();
    expect(screen.getByRole('heading', { level: 1, name: 'Cards' })).toBeInTheDocument();
    expect(count()).toHaveTextContent(`${deckCards.length} cards`);
    const headers = within(table())
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers.slice(1)).toEqual([
      'Prompt',
      'Concept',
      'State',
      'Due',
      'Interval',
      'Difficulty',
      'Lapses',
    ]);
    expect(bodyRows()).toHaveLength(100);
    const pages = Math.ceil(deckCards.length / 100);
    expect(screen.getByText(`Page 1 of ${pages}`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByText(`Page 2 of ${pages}`)).toBeInTheDocument();
    expect(rowOf(100)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(rowOf(0)).toBeInTheDocument();
  });

  it('search narrows the list by prompt, answer or concept', async () => {
    const { user } = await openCards();
    const concept = (deckCards[0] as (typeof deckCards)[number]).concept.title;
    await user.type(screen.getByRole('searchbox', { name: 'Search cards' }), concept);
    const expected = deckCards.filter((c) => {
      const w = deckWording(c.card);
      return `${w.prompt}\n${w.answer}\n${c.concept.title}`.toLowerCase().includes(concept.toLowerCase());
    });
    expect(expected.length).toBeLessThan(deckCards.length);
    expect(count()).toHaveTextContent(`${expected.length} card`);
    expect(bodyRows()).toHaveLength(expected.length);
    expect(rowOf(0)).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Search cards' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search cards' }), 'zzzz no such words');
    expect(count()).toHaveTextContent('0 cards');
    expect(screen.getByText('No card matches this search and filter.')).toBeInTheDocument();
  });

  it('each filter lists its cards', async () => {
    const stores = freshStores();
    const p = stores.progress.getState();
    p.grade(key(0), 4); // review, not due today
    p.grade(key(1), 1); // learning, due in a minute: due today
    p.grade(key(2), 3);
    p.mark(key(2), 'suspend');
    p.grade(key(3), 3);
    p.mark(key(3), 'bury');
    p.mark(key(4), 'flag');
    // A leech: eight lapses from review.
    p.grade(key(5), 4);
    for (let i = 0; i < 8; i++) {
      p.grade(key(5), 1);
      p.grade(key(5), 4);
    }
    expect(stores.progress.getState().cards[key(5)]?.leechAt).toBeDefined();
    const { user } = await openCards(stores);
    const filter = screen.getByRole('combobox', { name: 'Filter' });
    const listed = async (option: string) => {
      await user.selectOptions(filter, option);
      return bodyRows().map((r) => within(r).getAllByRole('cell')[1]?.textContent ?? '');
    };
    const starts = (i: number) => (text: string) => text.startsWith(prompt(i));

    expect(await listed('New')).toHaveLength(100);
    expect(count()).toHaveTextContent(`${deckCards.length - 5} cards`);
    expect((await listed('Learning')).map((t) => starts(1)(t))).toEqual([true]);
    const due = await listed('Due today');
    expect(due.some(starts(1))).toBe(true);
    expect(due.some(starts(2)) || due.some(starts(3)) || due.some(starts(5))).toBe(false);
    expect((await listed('Suspended')).map((t) => starts(2)(t) || starts(5)(t))).toEqual([true, true]);
    expect(within(rowOf(5)).getByText('Leech')).toBeInTheDocument();
    expect((await listed('Buried')).map(starts(3))).toEqual([true]);
    expect(within(rowOf(3)).getByText('Buried')).toBeInTheDocument();
    expect((await listed('Flagged')).map(starts(4))).toEqual([true]);
    expect((await listed('Leeches')).map(starts(5))).toEqual([true]);
    expect(await listed('All')).toHaveLength(100);
    expect(count()).toHaveTextContent(`${deckCards.length} cards`);
  });

  it('sorts by lapses, most first', async () => {
    const stores = freshStores();
    const p = stores.progress.getState();
    p.grade(key(7), 4);
    p.grade(key(7), 1);
    const { user } = await openCards(stores);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Lapses');
    expect(bodyRows()[0]).toBe(rowOf(7));
  });

  it('selects by keyboard, suspends the selection, announces it, and unsuspends it', async () => {
    const stores = freshStores();
    const { user } = await openCards(stores);
    within(table())
      .getByRole('checkbox', { name: `Select ${prompt(0)}` })
      .focus();
    await user.keyboard(' ');
    await user.keyboard('{ArrowDown}');
    expect(within(table()).getByRole('checkbox', { name: `Select ${prompt(1)}` })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    screen.getByRole('button', { name: 'Suspend' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('Suspended 2 cards.')).toBeInTheDocument();
    expect(within(rowOf(0)).getByText('Suspended')).toBeInTheDocument();
    expect(within(rowOf(1)).getByText('Suspended')).toBeInTheDocument();
    expect(stores.progress.getState().marks.get(key(0))?.suspension?.suspended).toBe(true);
    // With every selected card suspended, the action is the other of the pair.
    expect(screen.queryByRole('button', { name: 'Suspend' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Unsuspend' }));
    expect(screen.getByText('Unsuspended 2 cards.')).toBeInTheDocument();
    expect(within(rowOf(0)).getByText('New')).toBeInTheDocument();
    expect(stores.progress.getState().marks.get(key(1))?.suspension?.suspended).toBe(false);
  });

  it('keeps focus in the actions bar when an action takes away the focused button', async () => {
    const { user } = await openCards();
    await user.click(within(table()).getByRole('checkbox', { name: `Select ${prompt(0)}` }));
    screen.getByRole('button', { name: 'Suspend' }).focus();
    await user.keyboard('{Enter}');
    // Suspend turned into Unsuspend: the same button, still focused.
    expect(screen.getByRole('button', { name: 'Unsuspend' })).toHaveFocus();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter' }), 'Suspended');
    screen.getByRole('button', { name: 'Unsuspend' }).focus();
    await user.keyboard('{Enter}');
    // The card left the list, so every action is disabled: focus waits on the bar, and Tab goes on to Undo.
    expect(screen.getByText('Unsuspended 1 card.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Actions on the selected cards' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    // The last batch undone, the Undo button goes: focus stays in the bar.
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.getByRole('group', { name: 'Actions on the selected cards' })).toHaveFocus();
  });

  it('Undo takes back the whole batch (the button, or Ctrl+Z)', async () => {
    const stores = freshStores();
    const { user } = await openCards(stores);
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    expect(screen.getByText('100 selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Flag' }));
    expect(screen.getByText('Flagged 100 cards.')).toBeInTheDocument();
    expect(within(rowOf(99)).getByText('Flagged')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByText('Undone: flagged 100 cards.')).toBeInTheDocument();
    expect([...stores.progress.getState().marks.values()].some((m) => m.flagged)).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Bury' }));
    expect(within(rowOf(5)).getByText('Buried')).toBeInTheDocument();
    await user.keyboard('{Control>}z{/Control}');
    expect(within(rowOf(5)).getByText('New')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('Forget asks for confirmation, and Cancel changes nothing', async () => {
    const stores = freshStores();
    stores.progress.getState().grade(key(0), 4);
    stores.progress.getState().grade(key(1), 3);
    const { user } = await openCards(stores);
    await user.click(within(table()).getByRole('checkbox', { name: `Select ${prompt(0)}` }));
    await user.click(within(table()).getByRole('checkbox', { name: `Select ${prompt(1)}` }));
    await user.click(within(table()).getByRole('checkbox', { name: `Select ${prompt(2)}` }));
    await user.click(screen.getByRole('button', { name: 'Forget' }));
    // Only the two studied cards can be forgotten.
    let dialog = screen.getByRole('dialog', { name: 'Forget 2 cards?' });
    expect(dialog).toHaveTextContent('They go back to new; their review history stays in your log.');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(stores.progress.getState().cards[key(0)]?.state).toBe(2);

    await user.click(screen.getByRole('button', { name: 'Forget' }));
    dialog = screen.getByRole('dialog', { name: 'Forget 2 cards?' });
    await user.click(within(dialog).getByRole('button', { name: 'Forget' }));
    expect(screen.getByText('Forgot 2 cards.')).toBeInTheDocument();
    expect(stores.progress.getState().cards[key(0)]?.state).toBe(0);
    expect(within(rowOf(0)).getByText('New')).toBeInTheDocument();
    // The reviews stay in the log, with the Forget after them.
    expect(Object.values(stores.progress.getState().log).flat()).toHaveLength(4);
  });

  it('Edit saves the learner’s wording, and Restore original brings the deck’s back', async () => {
    const stores = freshStores();
    const { user } = await openCards(stores);
    expect(screen.getByRole('button', { name: 'Edit' })).toBeDisabled();
    await user.click(within(table()).getByRole('checkbox', { name: `Select ${prompt(0)}` }));
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    let dialog = screen.getByRole('dialog', { name: 'Edit card' });
    expect(within(dialog).queryByRole('button', { name: 'Restore original' })).toBeNull();
    const field = within(dialog).getByRole('textbox', { name: 'Prompt' });
    expect(field).toHaveValue(prompt(0));
    await user.clear(field);
    await user.type(field, 'What does <b>my</b> version ask?');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    // Learner text is text: the tags show as typed.
    const edited = within(table()).getByRole('checkbox', { name: 'Select What does <b>my</b> version ask?' });
    const row = edited.closest('tr') as HTMLElement;
    expect(within(row).getByText('Edited')).toBeInTheDocument();
    expect(row.querySelector('b')).toBeNull();
    expect(stores.progress.getState().marks.get(key(0))?.edit?.text.prompt).toBe(
      'What does <b>my</b> version ask?',
    );
    expect(stores.progress.getState().marks.get(key(0))?.edit?.original).toEqual(
      deckWording((deckCards[0] as (typeof deckCards)[number]).card),
    );
    // The search finds the edited wording.
    await user.type(screen.getByRole('searchbox', { name: 'Search cards' }), 'my</b> version');
    expect(count()).toHaveTextContent('1 card');

    await user.click(screen.getByRole('button', { name: 'Edit' }));
    dialog = screen.getByRole('dialog', { name: 'Edit card' });
    expect(within(dialog).getByRole('textbox', { name: 'Prompt' })).toHaveValue(
      'What does <b>my</b> version ask?',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Restore original' }));
    expect(stores.progress.getState().marks.get(key(0))?.edit).toBeUndefined();
    await user.clear(screen.getByRole('searchbox', { name: 'Search cards' }));
    expect(rowOf(0)).toBeInTheDocument();
    expect(within(rowOf(0)).queryByText('Edited')).toBeNull();
  });

  it('/cards?card=<key> opens the page holding that card, selected and focused', async () => {
    const last = deckCards.length - 1;
    await openCards(freshStores(), `/cards?card=${encodeURIComponent(key(last))}`);
    const pages = Math.ceil(deckCards.length / 100);
    expect(screen.getByText(`Page ${pages} of ${pages}`)).toBeInTheDocument();
    const box = within(table()).getByRole('checkbox', { name: `Select ${prompt(last)}` });
    expect(box).toBeChecked();
    await waitFor(() => expect(box).toHaveFocus());
    expect(box.closest('tr')).toHaveAttribute('aria-current', 'true');
    expect(screen.getByText('1 selected')).toBeInTheDocument();
  });

  it('a filter in the address is applied', async () => {
    const stores = freshStores();
    stores.progress.getState().mark(key(3), 'flag');
    await openCards(stores, '/cards?filter=flagged');
    expect(screen.getByRole('combobox', { name: 'Filter' })).toHaveValue('flagged');
    expect(bodyRows()).toHaveLength(1);
  });
});

describe('Edit card dialog', () => {
  const deck = { prompt: 'Deck prompt now', answer: 'Deck answer', why: 'Deck why' };
  it('shows both versions when the deck changed since the edit', async () => {
    const user = userEvent.setup();
    const onRestore = vi.fn();
    const onClose = vi.fn();
    render(
      <CardEditDialog
        deckWording={deck}
        edit={{
          text: { prompt: 'Mine', answer: 'My answer', why: '' },
          original: { prompt: 'Deck prompt then', answer: 'Deck answer', why: 'Deck why' },
        }}
        onSave={vi.fn()}
        onRestore={onRestore}
        onClose={onClose}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Edit card' });
    const yours = within(dialog).getByRole('region', { name: 'Your version' });
    const now = within(dialog).getByRole('region', { name: "The deck's version now" });
    expect(yours).toHaveTextContent('Mine');
    expect(now).toHaveTextContent('Deck prompt now');
    await user.click(within(dialog).getByRole('button', { name: 'Restore original' }));
    expect(onRestore).toHaveBeenCalledOnce();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('shows one version when the deck did not change, and Cancel saves nothing', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    const onClose = vi.fn();
    render(
      <CardEditDialog
        deckWording={deck}
        edit={{ text: { prompt: 'Mine', answer: 'My answer', why: '' }, original: deck }}
        onSave={onSave}
        onRestore={vi.fn()}
        onClose={onClose}
      />,
    );
    expect(screen.queryByRole('region', { name: 'Your version' })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Why' }), 'because');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(onClose).toHaveBeenCalledOnce();
  });
});
