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
  standardSanitizeSchema,
  type ChangeMark,
  type ModelDoc,
} from '../../model/index.ts';

export type { ChangeMark };

/** What changed between two versions, by id. */
export interface VersionDiff {
  added: string[];
  removed: string[];
  amended: string[];
  renumbered: { id: string; from: string; to: string }[];
  moved: string[];
}

/** Read a release's Markdown body into model JSON; throws if the model rejects it. */
export function toModel(markdown: string): ModelDoc {
  const parsed = parseModel(markdownToModel(markdown));
  if (!parsed.ok) throw new Error(`release text is not a valid standard: ${parsed.error}`);
  return parsed.doc;
}

const sanitizer = unified().use(rehypeSanitize, standardSanitizeSchema).freeze();
const stringifier = unified().use(rehypeStringify).freeze();

/** The model's HTML of a version as a sanitised tree, ready for the site's decorations. */
export function toHast(
  doc: ModelDoc,
  options: { lang: string; marks: Readonly<Record<string, ChangeMark>> },
): Root {
  return sanitizer.runSync(modelToHast(doc, { lang: options.lang, marks: options.marks }));
}

/** Serialise a (decorated) tree. */
export function toHtmlString(tree: Root): string {
  return stringifier.stringify(tree);
}

/**
 * The release diff between consecutive versions (the model's).
 * TEMPORARY: model STEP 3 (release diff) has not landed; until then no change is reported.
 */
export function diffVersions(before: ModelDoc, after: ModelDoc): VersionDiff {
  void before;
  void after;
  return { added: [], removed: [], amended: [], renumbered: [], moved: [] };
}

/** Per-node "new / amended in X" badges from a diff. */
export function changeMarks(diff: VersionDiff | null, version: string): Record<string, ChangeMark> {
  const marks: Record<string, ChangeMark> = {};
  for (const id of diff?.added ?? []) marks[id] = { status: 'new', version };
  for (const id of diff?.amended ?? []) marks[id] = { status: 'amended', version };
  return marks;
}
