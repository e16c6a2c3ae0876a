// The study day's clock, re-read every 30 s so "due now" stays true while a page is open.
import { useEffect, useState } from 'react';
import { nextStudyDayStart, studyDayStart } from '../engine/day';
import { useSettings } from './use-stores';

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
