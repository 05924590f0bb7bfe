// Dates as people read them, in the browser's locale with the month in words (12/11 is
// ambiguous across agencies and countries); a bad value is shown as it came.

/** Use to show a moment compactly (comments, edits). */
export function shortDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
