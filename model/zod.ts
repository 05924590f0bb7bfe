// zod schemas for model JSON at HTTP and file boundaries (structure here, schema rules via parseModel).
import { z } from 'zod';
import { ID_PATTERN } from './ids.ts';
import { parseModel } from './parse-model.ts';
import type { ModelDoc, ModelMark, ModelNode } from './types.ts';

/** Use for ids in request bodies and routes (clause, provision, term, list, table ids). */
export const modelIdSchema = z.string().regex(ID_PATTERN);

const attrsSchema = z.record(z.string(), z.unknown());

/** Use to check a mark's shape. */
export const modelMarkSchema: z.ZodType<ModelMark> = z.object({
  type: z.string().min(1).max(64),
  attrs: attrsSchema.optional(),
});

/** Use to check a node's shape (recursive); semantic checks are parseModel's. */
export const modelNodeSchema: z.ZodType<ModelNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: attrsSchema.optional(),
    content: z.array(modelNodeSchema).optional(),
    marks: z.array(modelMarkSchema).optional(),
    text: z.string().optional(),
  }),
);

/**
 * Use to validate a whole document at a boundary: shape first, then the ProseMirror schema
 * (node names, content rules). The parsed value is the normalised document.
 */
export const modelDocSchema: z.ZodType<ModelDoc> = z
  .object({ type: z.literal('doc'), content: z.array(modelNodeSchema) })
  .transform((doc, ctx) => {
    const parsed = parseModel(doc);
    if (parsed.ok) return parsed.doc;
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  });
