// /stats: the learner's own history. The page and its headings are prerendered; every part that depends on progress
// is drawn only after hydration, over a placeholder of its size, so the server's HTML and the first render match.
import type { ReactNode } from 'react';
import { PageTitle } from '../../ui/PageTitle';
import { AfterHydration } from '../../ui/useHydrated';
import { QuizHistory } from './QuizHistory';
import { ActivitySection, ForecastSection, RetentionSection, StatsSummary } from './StatsSections';
import { TopicMastery } from './TopicMastery';

/** Reserves the room a section will take, so nothing below jumps when it arrives. */
function Placeholder({
  size,
}: {
  size: 'summary' | 'heatmap' | 'forecast' | 'retention' | 'mastery' | 'quizzes';
}) {
  return <div className={`stats-placeholder stats-placeholder-${size}`} />;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export default function StatsPage() {
  return (
    <section className="page stats">
      <PageTitle
        title="Stats"
        description="Your reviews, forecast, retention, mastery and quiz history in Descent."
      />
      <h1>Stats</h1>
      <AfterHydration fallback={<Placeholder size="summary" />}>{() => <StatsSummary />}</AfterHydration>
      <Section id="h-activity" title="Reviews per day">
        <AfterHydration fallback={<Placeholder size="heatmap" />}>{() => <ActivitySection />}</AfterHydration>
      </Section>
      <Section id="h-forecast" title="Forecast">
        <AfterHydration fallback={<Placeholder size="forecast" />}>
          {() => <ForecastSection />}
        </AfterHydration>
      </Section>
      <Section id="h-retention" title="Retention">
        <AfterHydration fallback={<Placeholder size="retention" />}>
          {() => <RetentionSection />}
        </AfterHydration>
      </Section>
      <Section id="h-mastery" title="Mastery by topic">
        <p className="muted">A card is mastered when FSRS expects you to keep it for 21 days or more.</p>
        <AfterHydration fallback={<Placeholder size="mastery" />}>{() => <TopicMastery />}</AfterHydration>
      </Section>
      <Section id="h-quizzes" title="Quiz history">
        <AfterHydration fallback={<Placeholder size="quizzes" />}>{() => <QuizHistory />}</AfterHydration>
      </Section>
    </section>
  );
}
