// What the stats sections read: the learner's reviews as one list, and the clock of the study day. Only sections
// rendered after hydration call it (it reads the stores and the time).
import { useMemo } from 'react';
import type { ReviewEvent } from '../../engine/stats';
import { useProgress, useSettings } from '../../store/use-stores';
import { useNow } from '../../store/use-study-day';

export function useReviewHistory(): { events: readonly ReviewEvent[]; now: Date; dayStartHour: number } {
  const reviews = useProgress((s) => s.reviews);
  const dayStartHour = useSettings((s) => s.dayStartHour);
  // A minute is fine enough for day counts; it keeps "today" right across midnight on an open page.
  const at = useNow(60_000);
  const events = useMemo(() => Object.values(reviews).flat(), [reviews]);
  return { events, now: useMemo(() => new Date(at), [at]), dayStartHour };
}
