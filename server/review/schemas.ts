/** The review API's inputs, validated once at the boundary. */
import { z } from 'zod';
import { ID_PATTERN } from '../../model/index.ts';
import { hasUnwantedInText, lineText } from '../plain-text.ts';
import { COMMENT_TYPES, DISPOSITIONS, MAX_TEXT, THREAD_STATUSES } from './rules.ts';

const noControls = (what: string) => ({
  message: `${what} contains a control character (such as NUL), a text-direction override or a broken character; remove it and send again.`,
});
const roundName = lineText(
  200,
  'The name contains a control character or a text-direction override.',
).min(1, 'The name is empty.');

const text = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} is empty.`)
    .max(MAX_TEXT, `${what} is longer than ${MAX_TEXT} characters.`)
    .refine((v) => !hasUnwantedInText(v), noControls(what));
const optionalText = (what: string) =>
  z
    .string()
    .trim()
    .max(MAX_TEXT, `${what} is longer than ${MAX_TEXT} characters.`)
    .refine((v) => !hasUnwantedInText(v), noControls(what))
    .nullish()
    .transform((v) => (v ? v : null));

const roundId = z.uuid('not a round id');
const blockId = z.string().regex(ID_PATTERN, 'not a clause or provision id');

export const OpenRoundInput = z.object({
  name: roundName,
  /** ISO date (closes at the end of that day, UTC) or date-time. */
  closesAt: z.union([z.iso.date(), z.iso.datetime({ offset: true })]),
  releaseCandidate: z.string().trim().min(1).max(100).nullish(),
});

export const UpdateRoundInput = z
  .object({
    name: roundName.optional(),
    closesAt: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
  })
  .refine((v) => v.name !== undefined || v.closesAt !== undefined, 'Nothing to change.');

export const CreateThreadInput = z.object({
  roundId: roundId.optional(),
  targetId: blockId,
  passage: z
    .object({
      from: z.int().min(0),
      to: z.int().min(0),
      quote: text('The quoted passage'),
    })
    .refine((p) => p.from < p.to, 'The passage is empty.')
    .optional(),
  type: z.enum(COMMENT_TYPES),
  body: text('The comment'),
  proposedChange: optionalText('The proposed change'),
});
export type CreateThreadInput = z.infer<typeof CreateThreadInput>;

export const ReplyInput = z.object({ body: text('The reply') });

export const EditCommentInput = z
  .object({
    body: text('The comment').optional(),
    proposedChange: optionalText('The proposed change').optional(),
    type: z.enum(COMMENT_TYPES).optional(),
  })
  .refine(
    (v) => v.body !== undefined || v.proposedChange !== undefined || v.type !== undefined,
    'Nothing to change.',
  );

export const DispositionInput = z.object({
  value: z.enum(DISPOSITIONS),
  observation: optionalText('The observation'),
});

export const StatusInput = z.object({ status: z.enum(THREAD_STATUSES) });

export const ThreadQuery = z.object({
  round: roundId.optional(),
  status: z.enum(THREAD_STATUSES).optional(),
  type: z.enum(COMMENT_TYPES).optional(),
  agency: z.string().max(100).optional(),
  author: z.string().max(100).optional(),
  disposition: z.enum([...DISPOSITIONS, 'none']).optional(),
  target: blockId.optional(),
  orphaned: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const ExportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });

export const ImportQuery = z.object({
  format: z.enum(['csv', 'xlsx']).optional(),
  /** Import the rows that can be placed even when others cannot (they are still reported). */
  skipUnplaced: z
    .enum(['0', '1', 'true', 'false'])
    .transform((v) => v === '1' || v === 'true')
    .optional(),
});

export const RoundParams = z.object({ slug: z.string(), roundId });
export const ThreadParams = z.object({ slug: z.string(), threadId: z.uuid('not a thread id') });
export const CommentParams = ThreadParams.extend({ commentId: z.uuid('not a comment id') });

/** The closing time of a round from a date ("closes at the end of that day, UTC") or a date-time. */
export function closingTime(value: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? Date.parse(`${value}T23:59:59.999Z`) + 1
    : Date.parse(value);
}
