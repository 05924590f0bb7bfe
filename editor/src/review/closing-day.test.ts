import { describe, expect, it } from 'vitest';
import { roundWords } from '../releases/format.ts';
import { closingDate, lastCommentDay } from './closing-day.ts';

describe('a round’s closing date as reviewers read it', () => {
  it('shows the day chosen, not the next midnight it is stored as', () => {
    // Opened with closing date 2026-12-20: the server stores the end of that day, UTC.
    expect(lastCommentDay('2026-12-21T00:00:00.000Z')).toBe('2026-12-20');
    // With the month in words, so no reader takes the day for the month.
    expect(closingDate('2026-12-21T00:00:00.000Z', 'en-US')).toBe('Dec 20, 2026');
    expect(closingDate('2026-12-21T00:00:00.000Z', 'en-GB')).toBe('20 Dec 2026');
    expect(closingDate('2026-12-21T00:00:00.000Z', 'fr')).toBe('20 déc. 2026');
    // Across a month and a year.
    expect(lastCommentDay('2027-01-01T00:00:00Z')).toBe('2026-12-31');
    expect(lastCommentDay('2026-03-01T00:00:00+00:00')).toBe('2026-02-28');
  });

  it('keeps the day in every time zone (the same instant written with an offset)', () => {
    expect(lastCommentDay('2026-12-21T03:00:00+03:00')).toBe('2026-12-20');
    expect(lastCommentDay('2026-12-20T19:00:00-05:00')).toBe('2026-12-20');
  });

  it('shows a closing at another moment on its own day, with the time', () => {
    expect(lastCommentDay('2026-12-20T15:30:00Z')).toBe('2026-12-20');
    const shown = closingDate('2026-12-20T15:30:00Z', 'en-US');
    expect(shown).toMatch(/Dec 2[01], 2026/);
    expect(shown).toMatch(/\d:30/);
  });

  it('shows a value that is not a date as it came', () => {
    expect(lastCommentDay('soon')).toBeNull();
    expect(closingDate('soon')).toBe('soon');
  });

  it('is what the Releases page says about an open round', () => {
    const words = roundWords({ name: 'Round 1', closesAt: '2026-12-21T00:00:00.000Z' });
    const the20th = new Date('2026-12-20T12:00:00Z').toLocaleDateString(undefined, {
      timeZone: 'UTC',
      dateStyle: 'medium',
    });
    expect(words).toEqual({ round: 'Round 1', date: the20th });
  });
});
