import { useQuizSession } from '../../store/use-stores';
import { usePageTitle } from '../../ui/usePageTitle';
import { QuizQuestion } from './QuizQuestion';
import { QuizResults } from './QuizResults';
import { QuizSetup } from './QuizSetup';

export default function QuizPage() {
  const session = useQuizSession((s) => s.session);
  const finished = session?.finishedAt !== undefined;
  usePageTitle(!session ? 'Quiz' : finished ? 'Quiz complete' : `Quiz: question ${session.index + 1}`);
  if (!session) return <QuizSetup />;
  if (finished) return <QuizResults session={session} />;
  return <QuizQuestion session={session} />;
}
