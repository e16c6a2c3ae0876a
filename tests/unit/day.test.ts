import { describe, expect, it } from 'vitest';
import { nextStudyDayStart, studyDayKey, studyDayStart } from '../../src/engine/day';

const at = (s: string) => new Date(s); // local time, no zone suffix

describe('study day', () => {
  it('starts at the configured hour, not at midnight', () => {
    expect(studyDayStart(at('2026-03-10T09:00:00'), 4)).toEqual(at('2026-03-10T04:00:00'));
    expect(nextStudyDayStart(at('2026-03-10T09:00:00'), 4)).toEqual(at('2026-03-11T04:00:00'));
  });

  it('counts a review at 02:00 as part of the previous day', () => {
    expect(studyDayStart(at('2026-03-10T02:00:00'), 4)).toEqual(at('2026-03-09T04:00:00'));
    expect(studyDayKey(at('2026-03-10T02:00:00'), 4)).toBe('2026-03-09');
    expect(studyDayKey(at('2026-03-10T04:00:00'), 4)).toBe('2026-03-10');
  });

  it('is not "the last 24 hours": 23:59 and 04:01 the next morning are different days', () => {
    expect(studyDayKey(at('2026-03-10T23:59:00'), 4)).toBe('2026-03-10');
    expect(studyDayKey(at('2026-03-11T04:01:00'), 4)).toBe('2026-03-11');
  });

  it('works with a midnight start', () => {
    expect(studyDayStart(at('2026-03-10T00:30:00'), 0)).toEqual(at('2026-03-10T00:00:00'));
  });
});
