// What text Accord accepts from people: nothing that hides text, reverses it, or is not text.
// Names are one line; bodies (comments, change notes, reasons) may hold tabs and line breaks.
import { z } from 'zod';

/* eslint-disable no-control-regex -- finding control characters is the point */
// C0 and C1 controls, and the bidirectional embeddings, overrides and isolates, which make
// text read backwards ("(you)" shown as "(uoy)") and outlive any fix once a release is frozen.
const ONE_LINE_UNWANTED = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const MULTI_LINE_UNWANTED =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/* eslint-enable no-control-regex */
// Half of a UTF-16 pair on its own is not a character: exports turn it into U+FFFD.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const ONE_LINE_MESSAGE =
  'must not contain control characters, text-direction overrides or broken characters';
const MULTI_LINE_MESSAGE =
  'must not contain control characters (other than tabs and line breaks), text-direction overrides or broken characters';

/** Use on a one-line name or title from any source: true when it holds something unwanted. */
export function hasUnwantedInLine(text: string): boolean {
  return ONE_LINE_UNWANTED.test(text) || LONE_SURROGATE.test(text);
}

/** Use on multi-line text from any source (comments, notes, imported cells): true when unwanted. */
export function hasUnwantedInText(text: string): boolean {
  return MULTI_LINE_UNWANTED.test(text) || LONE_SURROGATE.test(text);
}

/** Use for a message people can act on when a field is too long. */
export const tooLong = (max: number) => `at most ${max} characters`;

/** Use in zod schemas for a one-line field: trimmed, at most `max` characters, clean. */
export function lineText(max: number, message = ONE_LINE_MESSAGE) {
  return z
    .string()
    .trim()
    .max(max, tooLong(max))
    .refine((value) => !hasUnwantedInLine(value), { message });
}

/** Use in zod schemas for multi-line text: trimmed, at most `max` characters, clean. */
export function multiLineText(max: number, message = MULTI_LINE_MESSAGE) {
  return z
    .string()
    .trim()
    .max(max, tooLong(max))
    .refine((value) => !hasUnwantedInText(value), { message });
}
