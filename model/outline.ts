// The outline: a tree of clauses with their derived numbers and plain-text titles.
import { computeNumbering, type ClauseNumber, type NumberingOptions } from './numbering.ts';
import { plainText } from './text.ts';
import type { AnnexType, ClauseKind, ModelDoc } from './types.ts';

export interface OutlineEntry {
  id: string | null;
  /** Index of the clause heading in `doc.content`. */
  index: number;
  kind: ClauseKind;
  annexType: AnnexType | null;
  level: number;
  /** '4.2', 'A.1', 'A' for an annex; null when unnumbered. */
  number: string | null;
  title: string;
  children: OutlineEntry[];
}

/** Use for tables of contents and the editor's outline panel. */
export function buildOutline(doc: ModelDoc, options: NumberingOptions = {}): OutlineEntry[] {
  const numbering = computeNumbering(doc, options);
  const refText = (target: string): string => numbering.byId.get(target)?.number ?? '?';
  const roots: OutlineEntry[] = [];
  const stack: OutlineEntry[] = [];
  numbering.byIndex.forEach((entry, index) => {
    if (entry?.type !== 'clause') return;
    const clause: ClauseNumber = entry;
    const node = doc.content[index];
    const item: OutlineEntry = {
      id: clause.id,
      index,
      kind: clause.kind,
      annexType: clause.annexType,
      level: clause.level,
      number: clause.number,
      title: node ? plainText(node, refText).trim() : '',
      children: [],
    };
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= item.level) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.children.push(item);
    else roots.push(item);
    stack.push(item);
  });
  return roots;
}
