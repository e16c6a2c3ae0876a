import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createStores } from '../../src/store/stores';
import { MemoryStorage } from '../memory-storage';
import { renderApp } from '../render-app';

const notesBox = () => screen.findByRole('textbox', { name: 'Your notes on GPT-2' });

describe('Your notes on a concept page', () => {
  it('saves with "Save note", says Saved, and shows the note after a re-render and a reload of the stores', async () => {
    const storage = new MemoryStorage();
    const stores = createStores({ storage });
    const { user, unmount } = await renderApp('/concepts/gpt-2', { stores });
    expect(screen.getByRole('heading', { level: 2, name: 'Your notes' })).toBeInTheDocument();
    const box = await notesBox();
    expect(box).toHaveValue('');
    await user.type(box, 'Zero-shot: the task is in the prompt.');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    const notes = screen.getByRole('heading', { name: 'Your notes' }).nextElementSibling as HTMLElement;
    expect(within(notes).getByRole('status')).toHaveTextContent('Saved');
    expect(stores.progress.getState().notes.get('gpt-2')?.text).toBe('Zero-shot: the task is in the prompt.');
    unmount();

    // The same stores: the note is there.
    const again = await renderApp('/concepts/gpt-2', { stores });
    expect(await notesBox()).toHaveValue('Zero-shot: the task is in the prompt.');
    again.unmount();

    // Stores read afresh from the same storage (a reload): the note was written.
    await renderApp('/concepts/gpt-2', { stores: createStores({ storage }) });
    expect(await notesBox()).toHaveValue('Zero-shot: the task is in the prompt.');
  });

  it('saves when the box loses focus, and an emptied note is cleared', async () => {
    const { user, stores } = await renderApp('/concepts/gpt-2', {
      stores: createStores({ storage: new MemoryStorage() }),
    });
    const box = await notesBox();
    await user.type(box, 'A first thought');
    await user.tab();
    expect(stores.progress.getState().notes.get('gpt-2')?.text).toBe('A first thought');
    const status = within(
      screen.getByRole('heading', { name: 'Your notes' }).nextElementSibling as HTMLElement,
    );
    expect(status.getByRole('status')).toHaveTextContent('Saved');
    await user.clear(box);
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(stores.progress.getState().notes.has('gpt-2')).toBe(false);
    expect(status.getByRole('status')).toHaveTextContent('Note cleared');
  });
});
