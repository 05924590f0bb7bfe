// Small constructors for model JSON: demo content, tests and server seeding.
import type {
  AnnexType,
  ClauseKind,
  ModelDoc,
  ModelMark,
  ModelNode,
  ProvisionKind,
} from './types.ts';

type Inline = string | ModelNode;

function inline(parts: Inline[]): ModelNode[] {
  return parts
    .filter((p) => p !== '')
    .map((p) => (typeof p === 'string' ? { type: 'text', text: p } : p));
}

/** Use to build a document from top-level blocks. */
export function doc(...content: ModelNode[]): ModelDoc {
  return { type: 'doc', content };
}

/** Use to build a clause heading. */
export function clause(
  id: string | null,
  level: number,
  title: Inline | Inline[],
  kind: ClauseKind = 'clause',
  annexType: AnnexType | null = null,
): ModelNode {
  return {
    type: 'clause',
    attrs: { id, level, kind, annexType: kind === 'annex' ? (annexType ?? 'normative') : null },
    content: inline(Array.isArray(title) ? title : [title]),
  };
}

/** Use to build a provision of a given kind. */
export function provision(id: string | null, kind: ProvisionKind, ...text: Inline[]): ModelNode {
  return { type: 'provision', attrs: { id, kind }, content: inline(text) };
}

/** Use to build a term entry; `definition` is the content. */
export function term(
  id: string | null,
  name: string,
  definition: Inline | Inline[],
  alternatives: string[] = [],
  source: string | null = null,
): ModelNode {
  return {
    type: 'term',
    attrs: { id, term: name, alternatives, source },
    content: inline(Array.isArray(definition) ? definition : [definition]),
  };
}

/** Use to build a cross-reference to a clause id. */
export function crossRef(target: string): ModelNode {
  return { type: 'crossRef', attrs: { target } };
}

/** Use to build marked text. */
export function text(value: string, ...marks: Array<'bold' | 'italic' | ModelMark>): ModelNode {
  return {
    type: 'text',
    text: value,
    marks: marks.map((m) => (typeof m === 'string' ? { type: m } : m)),
  };
}

/** Use to build a link mark for `text()`. */
export function link(href: string): ModelMark {
  return { type: 'link', attrs: { href } };
}

/** Use to build a paragraph (inside list items and table cells). */
export function paragraph(...parts: Inline[]): ModelNode {
  return { type: 'paragraph', content: inline(parts) };
}

function items(type: string, entries: Array<Inline | ModelNode[]>): ModelNode[] {
  return entries.map((e) => ({
    type,
    ...(type === 'taskItem' ? { attrs: { checked: false } } : {}),
    content: Array.isArray(e) ? e : [paragraph(e)],
  }));
}

/** Use to build a bullet list; an entry is inline text or the item's blocks. */
export function bulletList(id: string | null, ...entries: Array<Inline | ModelNode[]>): ModelNode {
  return { type: 'bulletList', attrs: { id }, content: items('listItem', entries) };
}

/** Use to build an ordered list. */
export function orderedList(id: string | null, ...entries: Array<Inline | ModelNode[]>): ModelNode {
  return {
    type: 'orderedList',
    attrs: { id, start: 1, type: null },
    content: items('listItem', entries),
  };
}

/** Use to build a checklist (all items unchecked). */
export function taskList(id: string | null, ...entries: Array<Inline | ModelNode[]>): ModelNode {
  return { type: 'taskList', attrs: { id }, content: items('taskItem', entries) };
}

/** Use to build a table whose first row is a header row. */
export function table(id: string | null, header: Inline[], ...rows: Inline[][]): ModelNode {
  const row = (cells: Inline[], cellType: string): ModelNode => ({
    type: 'tableRow',
    content: cells.map((c) => ({ type: cellType, content: [paragraph(c)] })),
  });
  return {
    type: 'table',
    attrs: { id },
    content: [row(header, 'tableHeader'), ...rows.map((r) => row(r, 'tableCell'))],
  };
}

/** Use to give a table built with `table()` its title ("Table 3 — {caption}" when rendered). */
export function captioned(caption: string, tableNode: ModelNode): ModelNode {
  return { ...tableNode, attrs: { ...tableNode.attrs, caption } };
}
