// Numbers derived from position: clauses 4.2, provisions 4.2.3, annexes A / A.1, notes NOTE 1.
import { annexLetter } from './annex-letters.ts';
import { labelsFor } from './labels.ts';
import type { AnnexType, ClauseKind, ModelDoc, ModelNode, ProvisionKind } from './types.ts';

export interface NumberingOptions {
  /** BCP 47 language of the standard: 'ru' and 'be' letter annexes А, Б, В… */
  lang?: string;
}

/** The derived number of one top-level clause. */
export interface ClauseNumber {
  type: 'clause';
  index: number;
  id: string | null;
  kind: ClauseKind;
  annexType: AnnexType | null;
  /** Level after clamping skipped levels (a level-3 heading right under a level-1 one counts as 2). */
  level: number;
  /** '4.2', 'A.1', 'A' for an annex heading; null when unnumbered (front matter). */
  number: string | null;
  /** The annex letter this clause belongs to, if any. */
  annexLetter: string | null;
  /** Id of the enclosing clause (null at level 1). */
  parentId: string | null;
}

/** The derived number of one top-level provision or term. */
export interface BlockNumber {
  type: 'provision' | 'term';
  index: number;
  id: string | null;
  kind: ProvisionKind | 'term';
  /** Id of the clause the block belongs to (null before the first clause). */
  clauseId: string | null;
  /** '4.2.3'; null for notes, examples and blocks in unnumbered clauses. */
  number: string | null;
  /** For notes and examples: 1-based position among blocks of that kind in the clause. */
  kindIndex: number | null;
  /** For notes and examples: how many of that kind the clause has ("NOTE" vs "NOTE 1"). */
  kindCount: number | null;
}

export interface Numbering {
  /** One entry per top-level node, aligned with `doc.content` (null for lists, tables). */
  byIndex: Array<ClauseNumber | BlockNumber | null>;
  /** Entries by id (nodes without an id are only in `byIndex`). */
  byId: Map<string, ClauseNumber | BlockNumber>;
  /**
   * Top-level tables in document order: Table 1, 2, … through the front matter and body,
   * and Table A.1, A.2, … afresh in each annex (independent of clause numbers).
   */
  tables: TableNumber[];
}

/** The derived number of one top-level table. */
export interface TableNumber {
  index: number;
  id: string | null;
  /** '3', or 'A.1' in Annex A. */
  number: string;
}

interface Open {
  entry: ClauseNumber;
  counters: number[];
  blockCount: number;
  kindCounts: Map<string, BlockNumber[]>;
}

function attr<T>(node: ModelNode, key: string, fallback: T): T {
  const value = node.attrs?.[key];
  return value === undefined || value === null ? fallback : (value as T);
}

function idOf(node: ModelNode): string | null {
  const id = node.attrs?.id;
  return typeof id === 'string' && id !== '' ? id : null;
}

/** Use to compute every number of a document at once (O(n)); renderers look numbers up here. */
export function computeNumbering(doc: ModelDoc, options: NumberingOptions = {}): Numbering {
  const byIndex: Numbering['byIndex'] = [];
  const byId = new Map<string, ClauseNumber | BlockNumber>();
  const stack: Open[] = [];
  const main = [0, 0, 0, 0, 0, 0];
  let annexCounters = [0, 0, 0, 0, 0, 0];
  let annexIndex = -1;
  // Notes and examples before the first clause.
  const orphanKinds = new Map<string, BlockNumber[]>();
  const tables: TableNumber[] = [];
  let bodyTables = 0;
  // The annex whose tables are being counted (null in the front matter and body).
  let tableAnnex: { letter: string; count: number } | null = null;

  doc.content.forEach((node, index) => {
    let entry: ClauseNumber | BlockNumber | null = null;
    if (node.type === 'clause') {
      const kind = attr<ClauseKind>(node, 'kind', 'clause');
      const rawLevel = Math.min(6, Math.max(1, Math.trunc(Number(attr(node, 'level', 1))) || 1));
      // Front matter and annexes always open a new top-level context.
      const level = kind === 'clause' ? rawLevel : 1;
      while (stack.length > 0 && (stack.at(-1)?.entry.level ?? 0) >= level) stack.pop();
      const parent = stack.at(-1);
      const effective = parent ? parent.entry.level + 1 : 1;
      const root = stack[0]?.entry;
      let number: string | null = null;
      let letter: string | null = null;
      if (kind === 'annex') {
        annexIndex += 1;
        annexCounters = [0, 0, 0, 0, 0, 0];
        letter = annexLetter(annexIndex, options.lang);
        number = letter;
      } else if (kind === 'clause' && root?.kind === 'annex') {
        letter = root.annexLetter;
        bump(annexCounters, effective);
        number = [letter, ...annexCounters.slice(1, effective)].join('.');
      } else if (kind === 'clause' && root?.kind !== 'front') {
        bump(main, effective);
        number = main.slice(0, effective).join('.');
      }
      const clause: ClauseNumber = {
        type: 'clause',
        index,
        id: idOf(node),
        kind,
        annexType: kind === 'annex' ? attr<AnnexType>(node, 'annexType', 'normative') : null,
        level: effective,
        number,
        annexLetter: letter,
        parentId: parent?.entry.id ?? null,
      };
      stack.push({ entry: clause, counters: [], blockCount: 0, kindCounts: new Map() });
      entry = clause;
      const annexOf = clause.annexLetter;
      if (annexOf === null) tableAnnex = null;
      else if (tableAnnex?.letter !== annexOf) tableAnnex = { letter: annexOf, count: 0 };
    } else if (node.type === 'table') {
      let number: string;
      if (tableAnnex) {
        tableAnnex.count += 1;
        number = `${tableAnnex.letter}.${tableAnnex.count}`;
      } else {
        bodyTables += 1;
        number = String(bodyTables);
      }
      tables.push({ index, id: idOf(node), number });
    } else if (node.type === 'provision' || node.type === 'term') {
      const owner = stack.at(-1);
      const kind = node.type === 'term' ? 'term' : attr<ProvisionKind>(node, 'kind', 'statement');
      const counted = kind !== 'note' && kind !== 'example';
      const block: BlockNumber = {
        type: node.type,
        index,
        id: idOf(node),
        kind,
        clauseId: owner?.entry.id ?? null,
        number: null,
        kindIndex: null,
        kindCount: null,
      };
      if (owner && counted && owner.entry.number !== null) {
        owner.blockCount += 1;
        block.number = `${owner.entry.number}.${owner.blockCount}`;
      }
      if (!counted) {
        const key = `${owner?.entry.index ?? -1}:${kind}`;
        const group = (owner?.kindCounts ?? orphanKinds).get(key) ?? [];
        group.push(block);
        (owner?.kindCounts ?? orphanKinds).set(key, group);
        block.kindIndex = group.length;
        // Every member of the group sees the final count (objects are shared).
        for (const member of group) member.kindCount = group.length;
      }
      entry = block;
    }
    byIndex.push(entry);
    if (entry?.id) byId.set(entry.id, entry);
  });
  return { byIndex, byId, tables };
}

function bump(counters: number[], level: number): void {
  counters[level - 1] = (counters[level - 1] ?? 0) + 1;
  for (let i = level; i < counters.length; i += 1) counters[i] = 0;
}

/** Use to find a top-level table by its id (cross-reference targets); undefined when none has it. */
export function tableById(numbering: Numbering, id: string): TableNumber | undefined {
  return id === '' ? undefined : numbering.tables.find((table) => table.id === id);
}

/** Use for one-off lookups: the number of the node with this id ('4.2', 'A.1', '4.2.3'), or null. */
export function numberOf(numbering: Numbering, id: string): string | null {
  return numbering.byId.get(id)?.number ?? null;
}

/**
 * Use to display a cross-reference to `target`: '4.2', 'Annex A', 'Table 3' (localised), or
 * null when the target is missing or unnumbered (callers show a warning marker).
 */
export function referenceText(numbering: Numbering, target: string, lang?: string): string | null {
  const entry = numbering.byId.get(target);
  if (!entry) {
    const table = tableById(numbering, target);
    return table ? `${labelsFor(lang).table} ${table.number}` : null;
  }
  if (!entry.number) return null;
  if (entry.type === 'clause' && entry.kind === 'annex')
    return `${labelsFor(lang).annex} ${entry.number}`;
  return entry.number;
}
