// The document node: a flat sequence of top-level blocks (clauses are headings, not wrappers).
import { Node } from '@tiptap/core';

/** Use instead of Tiptap's Document: top-level paragraphs are provisions. */
export const StandardDocument = Node.create({
  name: 'doc',
  topNode: true,
  // provision first: it is what createAndFill puts into an empty document.
  content: '(provision | clause | term | bulletList | orderedList | taskList | table)+',
});
