// Each topic's card keys, in deck order, from the deck index (no deck text needed on home).
import { cardKeys, conceptTopics } from 'virtual:deck-index';
import { type Topic, topics } from '../../content/schema';

export const keysByTopic: ReadonlyMap<Topic, readonly string[]> = (() => {
  const byTopic = new Map<Topic, string[]>(topics.map((t) => [t, []]));
  for (const key of cardKeys) byTopic.get(conceptTopics[key.slice(0, key.indexOf('/'))] as Topic)?.push(key);
  return byTopic;
})();
