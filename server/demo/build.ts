/**
 * A tiny builder for model JSON, so demo content reads like an outline of the standard.
 * Ids are fixed and readable: the demo's release files stay deterministic.
 */
import type { JSONContent } from '@tiptap/core';

type Inline = string | JSONContent;

/** Inline content from strings and inline nodes; `**bold**` is not parsed, use strong(). */
function inline(parts: Inline[]): JSONContent[] {
  return parts
    .filter((part) => part !== '')
    .map((part) => (typeof part === 'string' ? { type: 'text', text: part } : part));
}

/** A numbered clause heading (level 1 = "4", level 2 = "4.2"). */
export function clause(id: string, level: number, title: string): JSONContent {
  return {
    type: 'clause',
    attrs: { id, level, kind: 'clause', annexType: null },
    content: inline([title]),
  };
}

/** An unnumbered front-matter heading (Foreword, Introduction). */
export function front(id: string, title: string): JSONContent {
  return {
    type: 'clause',
    attrs: { id, level: 1, kind: 'front', annexType: null },
    content: inline([title]),
  };
}

/** An annex heading ("Annex A (normative)"). */
export function annex(
  id: string,
  title: string,
  annexType: 'normative' | 'informative',
): JSONContent {
  return {
    type: 'clause',
    attrs: { id, level: 1, kind: 'annex', annexType },
    content: inline([title]),
  };
}

export type ProvisionKind =
  'requirement' | 'recommendation' | 'permission' | 'statement' | 'note' | 'example';

/** A provision: a paragraph-level block with a kind. */
export function provision(id: string, kind: ProvisionKind, ...parts: Inline[]): JSONContent {
  return { type: 'provision', attrs: { id, kind }, content: inline(parts) };
}

export const shall = (id: string, ...parts: Inline[]) => provision(id, 'requirement', ...parts);
export const should = (id: string, ...parts: Inline[]) => provision(id, 'recommendation', ...parts);
export const may = (id: string, ...parts: Inline[]) => provision(id, 'permission', ...parts);
export const text = (id: string, ...parts: Inline[]) => provision(id, 'statement', ...parts);
export const note = (id: string, ...parts: Inline[]) => provision(id, 'note', ...parts);
export const example = (id: string, ...parts: Inline[]) => provision(id, 'example', ...parts);

/** A term entry of the glossary. */
export function term(
  id: string,
  name: string,
  definition: string,
  options: { alternatives?: string[]; source?: string } = {},
): JSONContent {
  return {
    type: 'term',
    attrs: {
      id,
      term: name,
      alternatives: options.alternatives ?? [],
      source: options.source ?? null,
    },
    content: inline([definition]),
  };
}

/** A cross-reference to a clause; shows the clause's current number. */
export function ref(target: string): JSONContent {
  return { type: 'crossRef', attrs: { target } };
}

/** Bold text. */
export function strong(value: string): JSONContent {
  return { type: 'text', text: value, marks: [{ type: 'bold' }] };
}

function paragraph(parts: Inline[]): JSONContent {
  return { type: 'paragraph', content: inline(parts) };
}

/** A checklist (identification indicators); items start unchecked. */
export function checklist(id: string, items: string[]): JSONContent {
  return {
    type: 'taskList',
    attrs: { id },
    content: items.map((item) => ({
      type: 'taskItem',
      attrs: { checked: false },
      content: [paragraph([item])],
    })),
  };
}

/** A bullet list. */
export function bullets(id: string, items: Inline[][]): JSONContent {
  return {
    type: 'bulletList',
    attrs: { id },
    content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
  };
}

/** A table whose first row is a header row. */
export function table(id: string, header: string[], rows: string[][]): JSONContent {
  const row = (cells: string[], cellType: 'tableHeader' | 'tableCell'): JSONContent => ({
    type: 'tableRow',
    content: cells.map((cell) => ({ type: cellType, content: [paragraph([cell])] })),
  });
  return {
    type: 'table',
    attrs: { id },
    content: [row(header, 'tableHeader'), ...rows.map((cells) => row(cells, 'tableCell'))],
  };
}

/** The whole document. */
export function doc(...blocks: JSONContent[]): JSONContent {
  return { type: 'doc', content: blocks };
}
