// The day's figures home shows: what is due and new today, over the whole deck and per topic, by the study queue's
// own rules (suspended and buried cards left out, the daily limits applied).
import { cardKeys } from 'virtual:deck-index';
import { useMemo } from 'react';
import type { Topic } from '../../content/schema';
import { countsFor, reviewedToday } from '../../store/selectors';
import { useNow, useStudyToday } from '../../store/use-study-day';
import { keysByTopic } from './topic-keys';

export interface TopicToday {
  topic: Topic;
  due: number;
  fresh: number;
}

export function useHomeToday() {
  const now = useNow();
  const today = useStudyToday(now);
  const { reviews, day } = today;
  const counts = useMemo(() => countsFor(cardKeys, today), [today]);
  const reviewed = useMemo(() => reviewedToday(reviews, day.dayStart, now), [reviews, day.dayStart, now]);
  return { today, due: counts.learning + counts.review, fresh: counts.new, reviewed };
}

/**
 * Due and new cards per topic, in the learner's topic priority. New cards share one daily allowance, so a topic
 * shows at most what is left of it today (the deck's `new` count), however many unseen cards the topic holds.
 */
export function useTopicsToday(): TopicToday[] {
  const { today, fresh } = useHomeToday();
  return useMemo(
    () =>
      (today.topicOrder ?? [...keysByTopic.keys()]).map((topic) => {
        const c = countsFor(keysByTopic.get(topic) ?? [], today);
        return { topic, due: c.learning + c.review, fresh: Math.min(c.new, fresh) };
      }),
    [today, fresh],
  );
}
