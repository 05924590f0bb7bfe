/**
 * Sugar over the model's builders so the demo standard reads like an outline:
 * `shall(id, …)` for a requirement, `front(id, title)` for front matter, and so on.
 * Ids are fixed and readable, which keeps the demo's release files deterministic.
 */
import {
  bulletList,
  captioned,
  clause as modelClause,
  crossRef,
  doc,
  paragraph,
  provision,
  table as modelTable,
  taskList,
  term as modelTerm,
  type AnnexType,
  type ModelNode,
} from '../../model/index.ts';

type Inline = string | ModelNode;

export { doc, crossRef as ref };

/** A numbered clause heading (level 1 = "4", level 2 = "4.2"). */
export const clause = (id: string, level: number, title: string): ModelNode =>
  modelClause(id, level, title);
/** An unnumbered front-matter heading (Foreword, Introduction). */
export const front = (id: string, title: string): ModelNode => modelClause(id, 1, title, 'front');
/** An annex heading ("Annex A (normative)"). */
export const annex = (id: string, title: string, annexType: AnnexType): ModelNode =>
  modelClause(id, 1, title, 'annex', annexType);

export const shall = (id: string, ...parts: Inline[]) => provision(id, 'requirement', ...parts);
export const should = (id: string, ...parts: Inline[]) => provision(id, 'recommendation', ...parts);
export const may = (id: string, ...parts: Inline[]) => provision(id, 'permission', ...parts);
export const text = (id: string, ...parts: Inline[]) => provision(id, 'statement', ...parts);
export const note = (id: string, ...parts: Inline[]) => provision(id, 'note', ...parts);
export const example = (id: string, ...parts: Inline[]) => provision(id, 'example', ...parts);

/** A term entry of the glossary. */
export const term = (
  id: string,
  name: string,
  definition: string,
  options: { alternatives?: string[]; source?: string } = {},
): ModelNode => modelTerm(id, name, definition, options.alternatives ?? [], options.source ?? null);

/** A checklist of identification indicators. */
export const checklist = (id: string, items: string[]): ModelNode => taskList(id, ...items);

/** A bullet list; each item is a run of inline content. */
export const bullets = (id: string, items: Inline[][]): ModelNode =>
  bulletList(id, ...items.map((item) => [paragraph(...item)]));

/** A table whose first row is a header row, with its title ("Table 1 — {caption}"). */
export const table = (id: string, caption: string, header: string[], rows: string[][]): ModelNode =>
  captioned(caption, modelTable(id, header, ...rows));
