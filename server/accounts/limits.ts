// How long the things admins type into accounts may be: one table for the API's zod schemas.
// The editor's forms repeat these numbers in their length guards (tests/browser checks they match).
import { lineText } from '../plain-text.ts';

export { tooLong } from '../plain-text.ts';

export const LIMITS = {
  personName: 120,
  email: 254,
  agencyCode: 16,
  agencyName: 200,
  standardTitle: 200,
  standardSlug: 64,
  languageTag: 35,
} as const;

/** Use for a required one-line text field: trimmed, not empty, at most `max` characters, clean. */
export function boundedText(max: number) {
  return lineText(max).min(1, 'required');
}
