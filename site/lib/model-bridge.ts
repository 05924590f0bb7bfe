// The only place the site calls the model: Markdown → model JSON → sanitised HTML tree, and
// the release diff. The site decorates the tree (permalinks) but never renders the model itself.
import type { Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import {
  markdownToModel,
  modelToHast,
  parseModel,
  releaseDiff,
  releaseMarks,
  standardSanitizeSchema,
  type ModelDoc,
  type ReleaseDiff,
} from '../../model/index.ts';

export type { ReleaseDiff };

/** Read a release's Markdown body into model JSON; throws if the model rejects it. */
export function toModel(markdown: string): ModelDoc {
  const parsed = parseModel(markdownToModel(markdown));
  if (!parsed.ok) throw new Error(`release text is not a valid standard: ${parsed.error}`);
  return parsed.doc;
}

const sanitizer = unified().use(rehypeSanitize, standardSanitizeSchema).freeze();
const stringifier = unified().use(rehypeStringify).freeze();

/**
 * The model's HTML of a version as a sanitised tree, with "new / amended in <version>"
 * badges against the previous version, ready for the site's decorations.
 */
export function toHast(
  doc: ModelDoc,
  options: { lang: string; version: string; previous: ModelDoc | null },
): Root {
  const marks = releaseMarks(options.previous, doc, options.version, { lang: options.lang });
  return sanitizer.runSync(modelToHast(doc, { lang: options.lang, marks }));
}

/** Serialise a (decorated) tree. */
export function toHtmlString(tree: Root): string {
  return stringifier.stringify(tree);
}

/** What changed between consecutive versions, by stable id (the model's release diff). */
export function diffVersions(before: ModelDoc, after: ModelDoc, lang: string): ReleaseDiff {
  return releaseDiff(before, after, { lang });
}
