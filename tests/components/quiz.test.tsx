import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deck, newCardOrder } from '../../src/content/deck';
import type { Question } from '../../src/engine/quiz';
import { createStores } from '../../src/store/stores';
import { renderApp } from '../render-app';

const tf: Question = {
  id: 'double-descent/q2',
  conceptId: 'double-descent',
  kind: 'true-false',
  prompt: 'Test error always rises once a model can fit its training set exactly.',
  options: ['True', 'False'],
  answer: 1,
  explanation: 'Past the interpolation threshold, test error falls again.',
};
const typed: Question = {
  id: 'cuda-kernels/q3',
  conceptId: 'cuda-kernels',
  kind: 'typed',
  prompt: 'Who wrote the fast GPU convolution kernels behind AlexNet?',
  accepted: ['Alex Krizhevsky', 'Krizhevsky'],
  explanation: 'Krizhevsky wrote cuda-convnet.',
};

const doubleDescent = deck.concepts.find((c) => c.id === 'double-descent');

async function quizWith(questions: Question[], options: Parameters<typeof renderApp>[1] = {}) {
  const view = await renderApp('/quiz', options);
  act(() => view.stores.quiz.getState().start('Test', questions));
  await screen.findByRole('heading', { level: 1, name: questions[0]?.prompt });
  return view;
}

describe('quiz', () => {
  it('sets up a quiz by scope and length, then starts it', async () => {
    const { user, stores } = await renderApp('/quiz');
    await user.click(screen.getByRole('radio', { name: '5 questions' }));
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    expect(await screen.findByText(/Question 1 of 5/)).toBeInTheDocument();
    expect(stores.quiz.getState().session?.questions).toHaveLength(5);
  });

  it('scopes a quiz to one concept from the URL', async () => {
    const { user, stores } = await renderApp('/quiz?concept=gpt-2');
    expect(screen.getByRole('radio', { name: 'This concept: GPT-2' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    await screen.findByText(/Question 1 of/);
    expect(stores.quiz.getState().session?.questions.every((q) => q.conceptId === 'gpt-2')).toBe(true);
  });

  it('"Quiz this concept" ignores the concept whenever an earlier quiz is stored: it starts one on the concept', async () => {
    const stores = createStores({ storage: localStorage });
    stores.quiz.getState().start('Everything', [tf], Date.now() - 60_000);
    const { user } = await renderApp('/quiz?concept=gpt-2', { stores });
    expect(screen.getByRole('radio', { name: 'This concept: GPT-2' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('A quiz on Everything is in progress');
    expect(screen.getByRole('link', { name: 'Resume it' })).toHaveAttribute('href', '/quiz');
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    await screen.findByText(/Question 1 of/);
    expect(stores.quiz.getState().session?.questions.every((q) => q.conceptId === 'gpt-2')).toBe(true);
  });

  it('says "Concept not found" for an unknown concept id', async () => {
    await renderApp('/quiz?concept=nope');
    expect(screen.getByRole('heading', { name: 'Concept not found' })).toBeInTheDocument();
  });

  it('asks weak spots only when there is history, and says so', async () => {
    const { user } = await renderApp('/quiz');
    await user.click(screen.getByRole('radio', { name: /Weak spots/ }));
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/no history yet|there is none yet/);
  });

  it('answers true/false by keyboard (2 = False, Enter checks), explains, and links the concept', async () => {
    const { user } = await quizWith([tf, typed]);
    const group = screen.getByRole('radiogroup', { name: tf.prompt });
    expect(within(group).getAllByRole('radio')).toHaveLength(2);
    await user.keyboard('2');
    expect(within(group).getByRole('radio', { name: /False/ })).toBeChecked();
    await user.keyboard('{Enter}');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Correct');
    expect(status).toHaveTextContent(tf.explanation);
    expect(within(status).getByRole('link', { name: /Read about Double descent/ })).toHaveAttribute(
      'href',
      '/concepts/double-descent',
    );
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1, name: typed.prompt })).toBeInTheDocument();
  });

  it('grades a typed answer with a typo as correct and shows the spelling', async () => {
    const { user } = await quizWith([typed]);
    await user.type(screen.getByRole('textbox', { name: typed.prompt }), 'Alex Krizhevksy{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(/Correct · Check the spelling: Alex Krizhevsky/);
  });

  it('lets the learner override a typed answer with "I was right"', async () => {
    const { user } = await quizWith([typed]);
    await user.type(screen.getByRole('textbox', { name: typed.prompt }), 'Ilya{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(/Incorrect · The answer is: Alex Krizhevsky/);
    await user.click(screen.getByRole('button', { name: 'I was right' }));
    expect(screen.getByRole('status')).toHaveTextContent('Counted as correct');
  });

  it('ends with results, records the quiz, and sends the missed concept back to study', async () => {
    const { user, stores } = await quizWith([tf, typed]);
    await user.keyboard('1{Enter}{Enter}');
    await user.type(screen.getByRole('textbox', { name: typed.prompt }), 'Krizhevsky{Enter}');
    await user.click(screen.getByRole('button', { name: 'See results' }));
    expect(await screen.findByRole('heading', { name: 'Quiz complete' })).toBeInTheDocument();
    expect(screen.getByText('1 / 2')).toBeInTheDocument();
    expect(screen.getByText('50%')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Double descent' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Study these' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry misses' })).toBeInTheDocument();
    const { quizzes, cards, reviews } = stores.progress.getState();
    expect(quizzes).toHaveLength(1);
    expect(quizzes[0]).toMatchObject({ score: 1, total: 2, scope: 'Test' });
    // Never studied, the missed concept's cards stay new and lead the new-card line; no review is counted.
    for (const card of doubleDescent?.cards ?? []) {
      const state = cards[`double-descent/${card.id}`];
      expect(state?.state).toBe(0);
      expect(state?.pulled).toBeLessThanOrEqual(Date.now());
    }
    expect(
      Object.values(reviews)
        .flat()
        .filter((e) => e.grade > 0),
    ).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Retry misses' }));
    expect(await screen.findByText(/Question 1 of 1/)).toBeInTheDocument();
  });

  it('resumes a quiz in progress after a reload', async () => {
    const { stores, unmount } = await quizWith([tf, typed]);
    act(() => {
      stores.quiz.getState().answer({ response: 1, correct: true, nearMiss: false });
      stores.quiz.getState().next();
    });
    const raw = localStorage.getItem('descent:quiz') ?? '{}';
    const stored = JSON.parse(raw);
    expect(stored.version).toBe(1);
    expect(stored.data.session.index).toBe(1);
    // A reload: memory is gone, storage is what the last write left.
    unmount();
    await renderApp('/quiz', { stores: createStores({ storage: localStorage }) });
    expect(await screen.findByRole('heading', { level: 1, name: typed.prompt })).toBeInTheDocument();
  });

  it('a day-0 quiz miss keeps unseen cards new: study shows them as new, first in line', async () => {
    if (!doubleDescent) throw new Error('double-descent missing');
    // The missed concept's cards are not first in the new-card line on their own.
    expect(newCardOrder[0]?.concept.id).not.toBe(doubleDescent.id);
    const { user, stores, unmount } = await quizWith([tf]);
    await user.keyboard('1{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Incorrect');
    await user.click(screen.getByRole('button', { name: 'See results' }));
    expect(await screen.findByRole('heading', { name: 'Quiz complete' })).toBeInTheDocument();
    const n = doubleDescent.cards.length;
    expect(
      screen.getByText(new RegExp(`^${n} cards? from concepts you missed comes? up next\\.`)),
    ).toBeInTheDocument();
    unmount();

    const study = await renderApp('/study', { stores });
    expect(screen.getByRole('heading', { level: 1, name: /Study: All topics/ })).toBeInTheDocument();
    expect(screen.getByText('0 review')).toBeInTheDocument();
    expect(screen.getByText('0 learning')).toBeInTheDocument();
    expect(screen.getByText('20 new')).toBeInTheDocument();
    expect(
      within(screen.getByRole('article')).getByRole('link', { name: doubleDescent.title }),
    ).toBeInTheDocument();
    await study.user.keyboard(' ');
    expect(screen.getByRole('button', { name: /^Good · 10m$/ })).toBeInTheDocument();
  });
});
