// Model JSON ⇄ Markdown (the Accord dialect, documented in model/README.md).
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { computeNumbering, referenceText } from '../numbering.ts';
import { parseModel } from '../parse-model.ts';
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

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Use to separate a release file's YAML front matter (not parsed here) from its body. */
export function splitFrontMatter(markdown: string): { frontMatter: string | null; body: string } {
  const match = FRONT_MATTER.exec(markdown);
  if (!match) return { frontMatter: null, body: markdown };
  return { frontMatter: match[1] ?? '', body: markdown.slice(match[0].length) };
}

/**
 * Use to read Markdown in the Accord dialect (a leading YAML front matter block is skipped).
 * Never throws: unknown syntax becomes text. The result is schema-normalised when it is a
 * valid document; check hand-written input with `parseModel` and `validateDocument`.
 */
export function markdownToModel(markdown: string): ModelDoc {
  const { body } = splitFrontMatter(markdown);
  const raw = fromMdast(parser.parse(body), { source: body });
  const parsed = parseModel(raw);
  return parsed.ok ? parsed.doc : raw;
}
