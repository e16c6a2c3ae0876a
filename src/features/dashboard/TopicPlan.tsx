// Every topic in the learner's priority order, with what waits in it today and a way to study only it.
import { Link } from 'react-router';
import { type Topic, topicLabels, topics } from '../../content/schema';
import { paths } from '../../paths';
import { AfterHydration } from '../../ui/useHydrated';
import { type TopicToday, useTopicsToday } from './use-home-today';

export function TopicPlan() {
  // The prerendered page lists the six topics in the deck's order with dashes; the learner's order and counts follow.
  return (
    <section className="topic-plan">
      <h2 id="topic-plan-heading">Topics</h2>
      <AfterHydration fallback={<TopicRows rows={topics.map((topic) => ({ topic }))} />}>
        {() => <TopicRowsLive />}
      </AfterHydration>
    </section>
  );
}

function TopicRowsLive() {
  return <TopicRows rows={useTopicsToday()} />;
}

function TopicRows({ rows }: { rows: readonly (Pick<TopicToday, 'topic'> & Partial<TopicToday>)[] }) {
  return (
    <ul className="topic-plan-list" aria-labelledby="topic-plan-heading">
      {rows.map((row) => (
        <TopicRow key={row.topic} {...row} />
      ))}
    </ul>
  );
}

function TopicRow({ topic, due, fresh }: { topic: Topic; due?: number; fresh?: number }) {
  const label = topicLabels[topic];
  return (
    <li className="topic-plan-row">
      <span className="topic-plan-name">{label}</span>{' '}
      <span className="topic-plan-counts">
        <span className="topic-plan-count count-review">
          <span className="topic-plan-n">{due ?? '–'}</span> due
        </span>{' '}
        <span className="topic-plan-count count-new">
          <span className="topic-plan-n">{fresh ?? '–'}</span> new
        </span>
      </span>{' '}
      {/* Named for its topic (six links read "Study" on screen), beginning with the word it shows. */}
      <Link
        className="button quiet topic-plan-study"
        to={paths.studyTopic.getHref(topic)}
        aria-label={`Study ${label}`}
      >
        Study
      </Link>
    </li>
  );
}
