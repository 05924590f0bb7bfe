// How long the things admins type into accounts may be: one table for the API's zod schemas.
// The editor's forms repeat these numbers in their length guards (tests/browser checks they match).
import { z } from 'zod';

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

/**
 * Control characters and the bidirectional embeddings, overrides and isolates: in a one-line
 * name they only hide text or make it read backwards ("(you)" shown as "(uoy)").
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Use for a required one-line text field: trimmed, not empty, at most `max` characters. */
export function boundedText(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'required')
    .max(max, tooLong(max))
    .refine((value) => !INVISIBLE_CONTROLS.test(value), {
      message: 'must not contain control characters or text-direction overrides',
    });
}
