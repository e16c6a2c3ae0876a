// Choosing a quiz: scope and length, then "Start quiz".
import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { deck, findConcept } from '../../content/deck';
import type { Topic } from '../../content/schema';
import { buildQuiz } from '../../engine/quiz';
import { seededRandom } from '../../engine/random';
import { paths } from '../../paths';
import { useQuizSession, useSettings, useStores } from '../../store/use-stores';
import { TopicOptions } from '../../ui/TopicOptions';
import { type ScopeChoice, scopeConcepts, scopeLabel } from './quiz-scope';

const lengths = [5, 10, 20] as const;

export function QuizSetup({ notice }: { notice?: React.ReactNode }) {
  const [search] = useSearchParams();
  const conceptId = search.get('concept');
  const concept = conceptId ? findConcept(conceptId) : undefined;
  const [kind, setKind] = useState<ScopeChoice['kind']>(concept ? 'concept' : 'all');
  const [topic, setTopic] = useState<Topic>('generalization');
  const [length, setLength] = useState<number>(10);
  const [problem, setProblem] = useState<string>();
  const stores = useStores();
  const start = useQuizSession((s) => s.start);
  const retention = useSettings((s) => s.retention);
  const ids = { scope: useId(), length: useId(), topic: useId() };

  if (conceptId && !concept) {
    return (
      <section className="page narrow">
        <h1>Concept not found</h1>
        <p>No concept in the deck has the id “{conceptId}”.</p>
        <p>
          <Link to={paths.concepts.getHref()}>Search the concepts</Link> or{' '}
          <Link to={paths.quiz.getHref()}>quiz on everything</Link>.
        </p>
      </section>
    );
  }

  const onStart = (e: React.FormEvent) => {
    e.preventDefault();
    const scope: ScopeChoice =
      kind === 'topic'
        ? { kind, topic }
        : kind === 'concept' && concept
          ? { kind, id: concept.id }
          : kind === 'weak'
            ? { kind }
            : { kind: 'all' };
    const concepts = scopeConcepts(scope, stores.progress.getState(), retention, Date.now());
    if (concepts.length === 0) {
      setProblem(
        'Weak spots come from your study and quiz history, and there is none yet. Study a few cards or take a quiz first.',
      );
      return;
    }
    const questions = buildQuiz({
      concepts,
      deck: deck.concepts,
      length,
      random: seededRandom(Date.now()),
      hideTitleAnswers: scope.kind === 'concept',
    });
    start(scopeLabel(scope), questions);
  };

  return (
    <section className="page narrow">
      <h1>Quiz</h1>
      <p className="muted">
        Multiple choice, true/false and typed answers. What you miss comes back in your next study session.
      </p>
      {notice}
      <form className="panel quiz-setup" onSubmit={onStart}>
        <fieldset>
          <legend id={ids.scope}>What to be quizzed on</legend>
          {concept && (
            <label className="choice">
              <input
                type="radio"
                name="scope"
                checked={kind === 'concept'}
                onChange={() => setKind('concept')}
              />
              This concept: {concept.title}
            </label>
          )}
          <label className="choice">
            <input type="radio" name="scope" checked={kind === 'all'} onChange={() => setKind('all')} />
            Everything
          </label>
          <label className="choice">
            <input type="radio" name="scope" checked={kind === 'topic'} onChange={() => setKind('topic')} />
            One topic
          </label>
          {kind === 'topic' && (
            <div className="indent">
              <label htmlFor={ids.topic}>Topic</label>{' '}
              <select id={ids.topic} value={topic} onChange={(e) => setTopic(e.target.value as Topic)}>
                <TopicOptions />
              </select>
            </div>
          )}
          <label className="choice">
            <input type="radio" name="scope" checked={kind === 'weak'} onChange={() => setKind('weak')} />
            Weak spots: the concepts with the most lapses, misses or lowest recall
          </label>
        </fieldset>
        <fieldset>
          <legend id={ids.length}>Length</legend>
          <div className="lengths">
            {lengths.map((n) => (
              <label className="choice" key={n}>
                <input type="radio" name="length" checked={length === n} onChange={() => setLength(n)} />
                {n} questions
              </label>
            ))}
          </div>
        </fieldset>
        {problem && (
          <p role="alert" className="notice warning">
            {problem}
          </p>
        )}
        <button type="submit">Start quiz</button>
      </form>
    </section>
  );
}
