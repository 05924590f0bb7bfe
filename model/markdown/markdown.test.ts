import { describe, expect, it } from 'vitest';
import { parseModel } from '../parse-model.ts';
import { sampleDocument } from '../sample.ts';
import { prng, randomDoc } from '../testing/random-doc.ts';
import type { ModelDoc } from '../types.ts';
import { markdownToModel, modelToMarkdown } from './index.ts';

function normal(doc: ModelDoc): ModelDoc {
  const parsed = parseModel(doc);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.doc;
}

describe('Markdown dialect', () => {
  it('round-trips the sample document', () => {
    const doc = sampleDocument();
    expect(normal(markdownToModel(modelToMarkdown(doc)))).toEqual(normal(doc));
  });

  it('round-trips 200 random documents losslessly', () => {
    const rand = prng(20261129);
    for (let i = 0; i < 200; i += 1) {
      const doc = normal(randomDoc(rand, { maxBlocks: 8 }));
      const md = modelToMarkdown(doc);
      const back = normal(markdownToModel(md));
      expect(back, `case ${i}:\n${md}`).toEqual(doc);
    }
  });
});
