import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deck } from '../../src/content/deck';
import { renderApp } from '../render-app';

describe('concepts', () => {
  it('lists every concept grouped by topic', async () => {
    await renderApp('/concepts');
    for (const name of [
      'Foundations',
      'Training',
      'Generalization',
      'Language',
      'Reasoning',
      'AGI and ethics',
    ])
      expect(screen.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(deck.concepts.length);
  });

  it('finds Double descent when the learner types "doubel descent"', async () => {
    const { user } = await renderApp('/concepts');
    await user.type(screen.getByRole('searchbox', { name: 'Search concepts' }), 'doubel descent');
    const first = screen.getAllByRole('heading', { level: 3 })[0];
    expect(first).toHaveTextContent('Double descent');
  });

  it('matches tags and summaries too', async () => {
    const { user } = await renderApp('/concepts');
    await user.type(screen.getByRole('searchbox', { name: 'Search concepts' }), 'Amazon reviews');
    expect(screen.getByRole('link', { name: 'The sentiment neuron' })).toBeInTheDocument();
  });

  it('filters by topic', async () => {
    const { user } = await renderApp('/concepts');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Topic' }), 'language');
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 2, name: /^Language/ })).toBeInTheDocument();
  });

  it('says clearly when nothing matches', async () => {
    const { user } = await renderApp('/concepts');
    await user.type(screen.getByRole('searchbox', { name: 'Search concepts' }), 'qqqqxxxzzz');
    expect(screen.getByRole('heading', { name: 'No concept matches' })).toBeInTheDocument();
  });

  it('shows each concept’s mastery from the learner’s progress', async () => {
    const { stores } = await renderApp('/concepts');
    act(() => {
      stores.progress.getState().grade('gpt-2/c1', 3);
    });
    const gpt2 = screen.getByRole('link', { name: 'GPT-2' }).closest('li') as HTMLElement;
    await waitFor(() =>
      expect(within(gpt2).getByRole('meter', { name: 'How well you know GPT-2' })).toHaveAttribute(
        'aria-valuetext',
        expect.stringMatching(/^0 of \d+ mastered · 1 of \d+ studied$/),
      ),
    );
  });
});

describe('a concept page', () => {
  it('shows the title, summary, explanation, section, references, speaker and related links', async () => {
    await renderApp('/concepts/gpt-2');
    const gpt2 = deck.concepts.find((c) => c.id === 'gpt-2');
    if (!gpt2) throw new Error('gpt-2 missing');
    expect(screen.getByRole('heading', { level: 1, name: 'GPT-2' })).toBeInTheDocument();
    expect(screen.getByText(gpt2.summary)).toBeInTheDocument();
    expect(screen.getByText(gpt2.explanation)).toBeInTheDocument();
    expect(screen.getByText(gpt2.section)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'References' })).toBeInTheDocument();
    for (const r of gpt2.references) expect(screen.getByText(r.title)).toBeInTheDocument();
    for (const id of gpt2.related) {
      const title = deck.concepts.find((c) => c.id === id)?.title ?? '';
      expect(screen.getAllByRole('link', { name: title }).length).toBeGreaterThan(0);
    }
    expect(screen.getByRole('link', { name: 'Study this concept' })).toHaveAttribute(
      'href',
      '/study?concept=gpt-2',
    );
    expect(screen.getByRole('link', { name: 'Quiz this concept' })).toHaveAttribute(
      'href',
      '/quiz?concept=gpt-2',
    );
    expect(document.title).toBe('GPT-2 · Descent');
  });

  it('names whose view it is when the concept is a person’s view', async () => {
    const view = deck.concepts.find((c) => c.speaker);
    await renderApp(`/concepts/${view?.id}`);
    expect(screen.getByText('Whose view')).toBeInTheDocument();
    expect(screen.getAllByText(view?.speaker ?? '').length).toBeGreaterThan(0);
  });

  it('shows "Concept not found" with a link to search for an unknown id, without crashing', async () => {
    await renderApp('/concepts/no-such-idea');
    expect(screen.getByRole('heading', { level: 1, name: 'Concept not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Search the concepts' })).toHaveAttribute('href', '/concepts');
  });

  it('"Study this concept" studies only that concept’s cards', async () => {
    const { user } = await renderApp('/concepts/early-stopping');
    await user.click(screen.getByRole('link', { name: 'Study this concept' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Study: Early stopping' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('article')).getByRole('link', { name: 'Early stopping' }),
    ).toBeInTheDocument();
  });
});
