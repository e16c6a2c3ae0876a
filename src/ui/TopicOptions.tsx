import { topicLabels, topics } from '../content/schema';

/** The deck's topics as <option>s, for every topic picker. */
export function TopicOptions() {
  return topics.map((t) => (
    <option key={t} value={t}>
      {topicLabels[t]}
    </option>
  ));
}
