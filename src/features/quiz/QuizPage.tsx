export default function QuizPage() {
  return <h1>QuizPage</h1>;
}
