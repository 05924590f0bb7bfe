// Small display helpers for release facts: dates, content hashes, consultation rounds.
import { closingDate } from '../review/closing-day.ts';

/** Use to show an ISO time or date as a calendar date (YYYY-MM-DD stays as it is). */
export function day(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : iso.slice(0, 10);
}

/** Use to show a content hash compactly: algorithm and the first 12 hex digits. */
export function shortHash(hash: string): string {
  const [algorithm, hex] = hash.includes(':') ? hash.split(':', 2) : ['', hash];
  return `${algorithm ? `${algorithm}:` : ''}${(hex ?? '').slice(0, 12)}…`;
}

/** Use in messages about an open consultation round: its name and last day for comments. */
export function roundWords(round: { name: string; closesAt: string }): {
  round: string;
  date: string;
} {
  return { round: round.name, date: closingDate(round.closesAt) };
}
