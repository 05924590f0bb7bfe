import { describe, expect, it } from 'vitest';
import { parseModel } from './parse-model.ts';
import { sampleDocument } from './sample.ts';
import { modelDocSchema, modelIdSchema } from './zod.ts';

describe('zod boundary schemas', () => {
  it('accepts and normalises a valid document', () => {
    const parsed = parseModel(sampleDocument());
    expect(parsed.ok && modelDocSchema.parse(sampleDocument())).toEqual(parsed.ok && parsed.doc);
  });

  it('rejects bad shapes and schema violations with a message', () => {
    expect(modelDocSchema.safeParse({ type: 'doc', content: 'x' }).success).toBe(false);
    const bad = modelDocSchema.safeParse({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/content/i);
  });

  it('checks ids', () => {
    expect(modelIdSchema.safeParse('c-abc1234567').success).toBe(true);
    expect(modelIdSchema.safeParse('<script>').success).toBe(false);
  });
});
