// Finished quizzes, newest first, naming concepts by their titles (a stored result keeps only concept ids).
import { concepts } from 'virtual:deck-outline';
import { useProgress } from '../../store/use-stores';
import { pct } from './dates';

const titles = new Map(concepts.map((c) => [c.id, c.title]));
/** A removed concept keeps its id in old results; the learner sees words, never the id. */
const titleOf = (id: string) => titles.get(id) ?? 'a concept no longer in the deck';
const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export function QuizHistory() {
  const quizzes = useProgress((s) => s.quizzes);
  if (quizzes.length === 0) return <p>No quizzes yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data">
        <caption className="visually-hidden">Your quizzes, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Scope</th>
            <th scope="col">Score</th>
            <th scope="col">Missed</th>
          </tr>
        </thead>
        <tbody>
          {[...quizzes].reverse().map((q) => (
            <tr key={q.id}>
              <td>{when.format(q.at)}</td>
              {/* The scope is stored as its label ("Everything", a topic or a concept's title); older results may hold an id. */}
              <td>{titles.get(q.scope) ?? q.scope}</td>
              <td>
                {q.score} / {q.total} ({pct(q.score / q.total)})
              </td>
              <td>
                {q.misses.length === 0
                  ? '–'
                  : [...new Set(q.misses.map((m) => m.conceptId))].map(titleOf).join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
