// The study day's clock, re-read every 30 s so "due now" stays true while a page is open.
import { useEffect, useMemo, useState } from 'react';
import { nextStudyDayStart, studyDayStart } from '../engine/day';
import type { StudyToday } from './selectors';
import { useProgress, useSettings } from './use-stores';

export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

export function useStudyDay(now: number): { dayStart: number; dayEnd: number } {
  const hour = useSettings((s) => s.dayStartHour);
  return {
    dayStart: studyDayStart(new Date(now), hour).getTime(),
    dayEnd: nextStudyDayStart(new Date(now), hour).getTime(),
  };
}

/** Everything a study queue or its counts need today, from the stores, at `now`. */
export function useStudyToday(now: number): StudyToday {
  const { dayStart, dayEnd } = useStudyDay(now);
  const cards = useProgress((s) => s.cards);
  const marks = useProgress((s) => s.marks);
  const reviews = useProgress((s) => s.reviews);
  const newPerDay = useSettings((s) => s.newPerDay);
  const reviewsPerDay = useSettings((s) => s.reviewsPerDay);
  const dayStartHour = useSettings((s) => s.dayStartHour);
  const topicOrder = useSettings((s) => s.topicOrder);
  return useMemo(
    () => ({
      cards,
      marks,
      reviews,
      now,
      day: { dayStart, dayEnd },
      newPerDay,
      reviewsPerDay,
      dayStartHour,
      topicOrder,
    }),
    [cards, marks, reviews, now, dayStart, dayEnd, newPerDay, reviewsPerDay, dayStartHour, topicOrder],
  );
}
