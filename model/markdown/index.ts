// Model JSON ⇄ Markdown (the Accord dialect, documented in model/README.md).
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { computeNumbering, referenceText } from '../numbering.ts';
import type { ModelDoc } from '../types.ts';
import { fromMdast } from './from-mdast.ts';
import { toMdast } from './to-mdast.ts';

export interface ToMarkdownOptions {
  /** Language of the standard: cross-reference labels use its annex letters and words. */
  lang?: string;
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();
const writer = unified()
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '*',
    strong: '*',
    listItemIndent: 'one',
    rule: '-',
    fences: true,
    // mdast-util-directive misses `\*\*:name` (a colon after an escaped character).
    unsafe: [
      {
        character: ':',
        after: '[^\\s\\p{P}\\p{S}]',
        inConstruct: 'phrasing',
        notInConstruct: ['destinationLiteral', 'destinationRaw'],
      },
    ],
  })
  .use(remarkGfm)
  .use(remarkDirective)
  .freeze();

/**
 * Use to write a release or an export as Markdown. Cross-references carry the target's
 * current number as a human-readable label; the label is ignored when reading back.
 */
export function modelToMarkdown(doc: ModelDoc, options: ToMarkdownOptions = {}): string {
  const numbering = computeNumbering(doc, options);
  const tree = toMdast(doc, {
    refLabel: (target) => referenceText(numbering, target, options.lang) ?? '?',
  });
  return writer.stringify(tree);
}

/**
 * Use to read Markdown in the Accord dialect. Never throws: unknown syntax becomes text.
 * The result is not checked against the schema; pass it to `parseModel` to normalise.
 */
export function markdownToModel(markdown: string): ModelDoc {
  const tree = parser.parse(markdown);
  return fromMdast(tree, { source: markdown });
}
