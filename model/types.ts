// The model JSON of a standard: ProseMirror/Tiptap JSON restricted to our schema.
// Numbers are never stored; they are derived (numbering.ts).

/** Kinds of clause heading: numbered body clause, unnumbered front matter, or annex. */
export const CLAUSE_KINDS = ['clause', 'front', 'annex'] as const;
export type ClauseKind = (typeof CLAUSE_KINDS)[number];

/** Whether an annex is normative or informative. */
export const ANNEX_TYPES = ['normative', 'informative'] as const;
export type AnnexType = (typeof ANNEX_TYPES)[number];

/** Kinds of provision (paragraph-level block). 'statement' is the ordinary paragraph. */
export const PROVISION_KINDS = [
  'requirement',
  'recommendation',
  'permission',
  'statement',
  'note',
  'example',
] as const;
export type ProvisionKind = (typeof PROVISION_KINDS)[number];

/** Node type names of the schema. */
export const NODE = {
  doc: 'doc',
  clause: 'clause',
  provision: 'provision',
  term: 'term',
  paragraph: 'paragraph',
  text: 'text',
  crossRef: 'crossRef',
  bulletList: 'bulletList',
  orderedList: 'orderedList',
  listItem: 'listItem',
  taskList: 'taskList',
  taskItem: 'taskItem',
  table: 'table',
  tableRow: 'tableRow',
  tableHeader: 'tableHeader',
  tableCell: 'tableCell',
} as const;
export type NodeName = (typeof NODE)[keyof typeof NODE];

/** Mark type names of the schema. */
export const MARK = { bold: 'bold', italic: 'italic', link: 'link' } as const;
export type MarkName = (typeof MARK)[keyof typeof MARK];

/** Node types that carry a stable `id` attribute, with the prefix of generated ids. */
export const ID_PREFIX: Readonly<Record<string, string>> = {
  clause: 'c',
  provision: 'p',
  term: 't',
  bulletList: 'l',
  orderedList: 'l',
  taskList: 'l',
  table: 'tb',
};

export interface ClauseAttrs {
  id: string | null;
  level: number;
  kind: ClauseKind;
  annexType: AnnexType | null;
}
export interface ProvisionAttrs {
  id: string | null;
  kind: ProvisionKind;
}
export interface TermAttrs {
  id: string | null;
  term: string;
  alternatives: string[];
  source: string | null;
}
export interface CrossRefAttrs {
  target: string;
}
export interface LinkAttrs {
  href: string;
}

/** A mark in model JSON. */
export interface ModelMark {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A node in model JSON (same shape as ProseMirror's `Node.toJSON()`). */
export interface ModelNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ModelNode[];
  marks?: ModelMark[];
  text?: string;
}

/** A whole document in model JSON: `{ type: 'doc', content: [...] }`. */
export interface ModelDoc extends ModelNode {
  type: 'doc';
  content: ModelNode[];
}
