import { describe, expect, it } from 'vitest';
import { canonicalHash, canonicalString, canonicalize } from './canonical.ts';
import { sampleDocument } from './sample.ts';
import type { ModelDoc } from './types.ts';

describe('canonical JSON', () => {
  it('gives one spelling regardless of key order, default attrs and split text', () => {
    const a: ModelDoc = {
      type: 'doc',
      content: [
        {
          type: 'provision',
          attrs: { id: 'p-aaaaaaaaaa' },
          content: [
            { type: 'text', text: 'Hello ' },
            { text: 'world', type: 'text' },
          ],
        },
      ],
    };
    const b: ModelDoc = {
      content: [
        {
          content: [{ text: 'Hello world', type: 'text' }],
          attrs: { kind: 'statement', id: 'p-aaaaaaaaaa' },
          type: 'provision',
        },
      ],
      type: 'doc',
    };
    expect(canonicalString(a)).toBe(canonicalString(b));
    expect(canonicalString(a)).toBe(
      '{"content":[{"attrs":{"id":"p-aaaaaaaaaa","kind":"statement"},"content":[{"text":"Hello world","type":"text"}],"type":"provision"}],"type":"doc"}',
    );
    expect(canonicalize(a)).toEqual(JSON.parse(canonicalString(b)));
  });

  it('hashes with sha256 and distinguishes documents', async () => {
    const hash = await canonicalHash(sampleDocument());
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await canonicalHash(sampleDocument())).toBe(hash);
    const other = sampleDocument();
    other.content.pop();
    expect(await canonicalHash(other)).not.toBe(hash);
  });

  it('refuses documents the schema rejects', () => {
    expect(() => canonicalize({ type: 'doc', content: [{ type: 'heading' }] })).toThrow();
  });
});
