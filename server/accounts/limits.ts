// How long the things admins type into accounts may be: one table for the API's zod schemas.
// The editor's forms repeat these numbers in their length guards (tests/browser checks they match).
import { z } from 'zod';
import { hasUnwantedInLine, ONE_LINE_MESSAGE } from '../plain-text.ts';

export const LIMITS = {
  personName: 120,
  email: 254,
  agencyCode: 16,
  agencyName: 200,
  standardTitle: 200,
  standardSlug: 64,
  languageTag: 35,
} as const;

/** Use for a message people can act on when a field is too long. */
export const tooLong = (max: number) => `at most ${max} characters`;

/** Use for a required one-line text field: trimmed, not empty, at most `max` characters, clean. */
export function boundedText(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'required')
    .max(max, tooLong(max))
    .refine((value) => !hasUnwantedInLine(value), { message: ONE_LINE_MESSAGE });
}
