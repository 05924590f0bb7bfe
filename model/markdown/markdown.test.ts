import { describe, expect, it } from 'vitest';
import { parseModel } from '../parse-model.ts';
import { sampleDocument } from '../sample.ts';
import { prng, randomDoc } from '../testing/random-doc.ts';
import type { ModelDoc } from '../types.ts';
import { markdownToModel, modelToMarkdown, splitFrontMatter } from './index.ts';

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

describe('markdownToModel', () => {
  it('skips YAML front matter and returns schema-normalised JSON', () => {
    const md = `---\ntitle: X\nversion: "1.0"\n---\n\n# Scope {#c-scope00001}\n\nPlain text.\n`;
    expect(splitFrontMatter(md).frontMatter).toBe('title: X\nversion: "1.0"');
    expect(markdownToModel(md)).toEqual({
      type: 'doc',
      content: [
        {
          type: 'clause',
          attrs: { id: 'c-scope00001', level: 1, kind: 'clause', annexType: null },
          content: [{ type: 'text', text: 'Scope' }],
        },
        {
          type: 'provision',
          attrs: { id: null, kind: 'statement' },
          content: [{ type: 'text', text: 'Plain text.' }],
        },
      ],
    });
  });

  it('reads hand-written Markdown leniently', () => {
    const md =
      '> quoted\n\n```\ncode\n```\n\n- [ ] box\n\n:::unknown\ninside\n:::\n\n![alt](x.png) <b>html</b>\n';
    expect(markdownToModel(md).content.map((n) => n.type)).toEqual([
      'provision',
      'provision',
      'taskList',
      'provision',
      'provision',
    ]);
  });
});
