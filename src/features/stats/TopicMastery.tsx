// Mastery per topic. The bar measures exactly what its label says, the cards mastered; cards studied but not yet
// mastered are said in words beside it, not drawn into the same bar.
import { concepts } from 'virtual:deck-outline';
import { cardKey } from '../../content/card-key';
import { topicLabels, topics } from '../../content/schema';
import { mastery } from '../../engine/stats';
import { useProgress } from '../../store/use-stores';

export function TopicMastery() {
  const cards = useProgress((s) => s.cards);
  return (
    <ul className="topic-mastery">
      {topics.map((topic) => {
        const { total, studied, mastered } = mastery(
          concepts
            .filter((c) => c.topic === topic)
            .flatMap((c) => c.cards.map((k) => cards[cardKey(c.id, k.id)])),
        );
        const text = `${mastered} of ${total} mastered`;
        return (
          <li key={topic}>
            <span className="topic-name">{topicLabels[topic]}</span>
            <div
              className="mastery-bar"
              role="meter"
              aria-label={`Mastery of ${topicLabels[topic]}`}
              aria-valuemin={0}
              aria-valuemax={total}
              aria-valuenow={mastered}
              aria-valuetext={text}
            >
              <span
                className="mastery-mastered"
                style={{ width: `${(mastered / Math.max(1, total)) * 100}%` }}
              />
            </div>
            <span className="mastery-text">
              {text}
              {studied > mastered ? ` · ${studied - mastered} more studied, not yet mastered` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
