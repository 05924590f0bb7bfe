import { en, type Messages } from './en.ts';

const catalogues: Record<string, Messages> = { en };

/** The UI language used for a page whose content is in `language` (falls back to English). */
export function uiLanguage(language: string): string {
  const base = language.toLowerCase().split('-')[0] ?? 'en';
  return base in catalogues ? base : 'en';
}

/** The message catalogue for a UI language; use `uiLanguage` first. */
export function messages(language: string): Messages {
  return catalogues[uiLanguage(language)] ?? en;
}

/** Format an ISO date or time as a long date in the page's UI language (UTC, stable at build). */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(uiLanguage(language), {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(iso));
}

/** Format a byte count for a download link: "84 KB", "1.2 MB". */
export function formatBytes(bytes: number, language: string): string {
  const format = (n: number, digits: number) =>
    new Intl.NumberFormat(uiLanguage(language), { maximumFractionDigits: digits }).format(n);
  if (bytes < 1000 * 1000) return `${format(Math.max(1, Math.round(bytes / 1000)), 0)} KB`;
  return `${format(bytes / 1000 / 1000, 1)} MB`;
}
