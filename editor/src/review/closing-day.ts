// A consultation round's closing date as reviewers read it: the last day comments are taken.
// The server stores a round chosen to close "on 20 December" as closing at the END of that
// day (UTC), i.e. 2026-12-21T00:00Z; shown as is, that reads "21 December", a day late.

const DAY_MS = 86_400_000;

/**
 * Use to know the last calendar day (YYYY-MM-DD, UTC) on which a round accepts comments; null
 * when `closesAt` is not a date. A round closing at midnight UTC accepts comments until the day
 * before; one closing at another moment accepts them until that moment's day.
 */
export function lastCommentDay(closesAt: string): string | null {
  const ms = Date.parse(closesAt);
  if (Number.isNaN(ms)) return null;
  const atMidnight = ms % DAY_MS === 0;
  return new Date(atMidnight ? ms - 1 : ms).toISOString().slice(0, 10);
}

/**
 * Use wherever the editor shows when a round closes ("open until {date}"): the last day
 * comments are accepted, in the reader's locale (or `locale`); a closing at another moment
 * than midnight UTC is shown with its local time. A bad value is shown as it came.
 */
export function closingDate(closesAt: string, locale?: string): string {
  const ms = Date.parse(closesAt);
  const day = lastCommentDay(closesAt);
  if (day === null) return closesAt;
  if (ms % DAY_MS !== 0) {
    return new Date(ms).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  }
  // The day itself, not a moment: format it in UTC so no time zone moves it.
  // The month in words: "12/20/2026" reads as the 12th of month 20 in most of the world.
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(locale, {
    timeZone: 'UTC',
    dateStyle: 'medium',
  });
}
