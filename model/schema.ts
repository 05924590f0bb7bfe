// The standard's schema: one extension list shared by editor, server and site.
import { getSchema, type AnyExtension } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { StarterKit } from '@tiptap/starter-kit';
import { Clause } from './extensions/clause.ts';
import { CrossRef } from './extensions/cross-ref.ts';
import { StandardDocument } from './extensions/document.ts';
import { Link } from './extensions/link.ts';
import {
  StandardBulletList,
  StandardListItem,
  StandardOrderedList,
  StandardTaskItem,
  StandardTaskList,
} from './extensions/lists.ts';
import { Provision } from './extensions/provision.ts';
import {
  StandardTable,
  StandardTableCell,
  StandardTableHeader,
  StandardTableRow,
} from './extensions/table.ts';
import { Term } from './extensions/term.ts';
import { UniqueIds } from './extensions/unique-ids.ts';

/**
 * Bump when the schema changes in any way (node, attribute, content rule): the server refuses
 * editors with another version, because y-tiptap deletes content it cannot parse.
 */
export const SCHEMA_VERSION = 2;

// StarterKit contributes only paragraph, text, bold and italic; everything else is ours.
const Basics = StarterKit.configure({
  document: false,
  blockquote: false,
  bulletList: false,
  code: false,
  codeBlock: false,
  dropcursor: false,
  gapcursor: false,
  hardBreak: false,
  heading: false,
  undoRedo: false,
  horizontalRule: false,
  listItem: false,
  listKeymap: false,
  link: false,
  orderedList: false,
  strike: false,
  underline: false,
  trailingNode: false,
});

/** Use everywhere a Tiptap extension list is needed (editor, server conversions, site). */
export const standardExtensions: AnyExtension[] = [
  StandardDocument,
  Basics,
  Clause,
  Provision,
  Term,
  CrossRef,
  Link,
  StandardBulletList,
  StandardOrderedList,
  StandardListItem,
  StandardTaskList,
  StandardTaskItem,
  StandardTable,
  StandardTableRow,
  StandardTableHeader,
  StandardTableCell,
  UniqueIds,
];

let cached: Schema | null = null;

/** Use to get the ProseMirror schema of a standard (built once, then cached). */
export function getStandardSchema(): Schema {
  cached ??= getSchema(standardExtensions);
  return cached;
}
