// Everything model/ exports. Pure: no DOM globals, no node:*, no database.
export * from './types.ts';
export { SCHEMA_VERSION, standardExtensions, getStandardSchema } from './schema.ts';
export { StandardDocument } from './extensions/document.ts';
export { Clause } from './extensions/clause.ts';
export { Provision } from './extensions/provision.ts';
export { Term } from './extensions/term.ts';
export { CrossRef } from './extensions/cross-ref.ts';
export { Link } from './extensions/link.ts';
export {
  StandardBulletList,
  StandardOrderedList,
  StandardListItem,
  StandardTaskList,
  StandardTaskItem,
} from './extensions/lists.ts';
export {
  StandardTable,
  StandardTableRow,
  StandardTableHeader,
  StandardTableCell,
} from './extensions/table.ts';
export {
  UniqueIds,
  createUniqueIdsPlugin,
  findIdProblems,
  fixIds,
  uniqueIdsKey,
  type LeaveAlone,
} from './extensions/unique-ids.ts';
export { ID_PATTERN, isValidId, newId, newIdFor, hasIdAttr } from './ids.ts';
export { assignMissingIds, dedupeIds, withFreshIds } from './assign-ids.ts';
export { isSafeHref, normalizeHref } from './href.ts';
export { parseModel, type ParseModelResult } from './parse-model.ts';
export { YJS_FIELD, yDocToModel, modelToYDoc, modelToYUpdate } from './ydoc.ts';
export {
  computeNumbering,
  numberOf,
  referenceText,
  type BlockNumber,
  type ClauseNumber,
  type Numbering,
  type NumberingOptions,
  type TableNumber,
} from './numbering.ts';
export { tableCaption, tableHeading } from './table-numbers.ts';
export { annexLetter, annexAlphabet } from './annex-letters.ts';
export { baseLanguage, labelsFor, type ModelLabels } from './labels.ts';
export { buildOutline, type OutlineEntry } from './outline.ts';
export { plainText } from './text.ts';
export * from './builders.ts';
export { sampleDocument } from './sample.ts';
export { prng, randomDoc, type RandomDocOptions } from './testing/random-doc.ts';
export {
  modelToMarkdown,
  markdownToModel,
  splitFrontMatter,
  type ToMarkdownOptions,
} from './markdown/index.ts';
export { modelToHtml } from './html/index.ts';
export { modelToHast, type ToHtmlOptions, type ChangeMark } from './html/to-hast.ts';
export { standardSanitizeSchema } from './html/sanitize-schema.ts';
export { HTML_CLASSES } from './html/classes.ts';
export {
  releaseDiff,
  releaseMarks,
  type NodeChange,
  type ReleaseDiff,
  type WordChange,
} from './release-diff.ts';
export {
  localDay,
  releaseStanding,
  type Standing,
  type StandardStanding,
  type VersionStanding,
} from './release-standing.ts';
export { canonicalize, canonicalString, canonicalHash, stableStringify } from './canonical.ts';
export {
  validateDocument,
  containsRequirement,
  type Finding,
  type FindingCode,
  type Severity,
} from './validate.ts';
export { buildGlossary, termKey, type GlossaryEntry } from './glossary.ts';
export { modelDocSchema, modelNodeSchema, modelMarkSchema, modelIdSchema } from './zod.ts';
