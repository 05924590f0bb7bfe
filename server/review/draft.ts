/**
 * The draft as review needs it: a Y.Doc loaded without garbage collection (so anchors next
 * to deleted text still resolve) and the numbers of its clauses and provisions.
 */
import * as Y from 'yjs';
import {
  computeNumbering,
  YJS_FIELD,
  type BlockNumber,
  type ClauseNumber,
  type ModelDoc,
  type Numbering,
} from '../../model/index.ts';

export interface DraftSnapshot {
  doc: Y.Doc;
  fragment: Y.XmlFragment;
  numbering: Numbering;
}

/** Use to read the draft from stored state (null for a draft never written). */
export function draftFromState(state: Uint8Array | null, lang: string): DraftSnapshot {
  const doc = new Y.Doc({ gc: false });
  if (state) Y.applyUpdate(doc, state);
  const fragment = doc.getXmlFragment(YJS_FIELD);
  // Numbering reads only the top-level nodes' types and attributes: no full conversion needed.
  const shallow: ModelDoc = {
    type: 'doc',
    content: fragment
      .toArray()
      .map((child) =>
        child instanceof Y.XmlElement
          ? { type: child.nodeName, attrs: child.getAttributes() }
          : { type: 'unknown' },
      ),
  };
  return { doc, fragment, numbering: computeNumbering(shallow, { lang }) };
}

/** Where a clause or provision sits now: its kind and the numbers the comment table shows. */
export interface TargetPlace {
  kind: 'clause' | 'provision';
  clauseId: string | null;
  clauseNumber: string | null;
  provisionNumber: string | null;
  /** "Note 2", "Example 1" for unnumbered provisions; null otherwise. */
  paragraph: string | null;
}

const KIND_LABEL: Record<string, string> = { note: 'Note', example: 'Example' };

/** Use to place a target id in the current draft; null when no clause or provision has it. */
export function placeOf(numbering: Numbering, id: string): TargetPlace | null {
  const entry = numbering.byId.get(id);
  if (!entry) return null;
  if (entry.type === 'clause') return clausePlace(entry);
  if (entry.type !== 'provision') return null;
  return blockPlace(numbering, entry);
}

function clausePlace(entry: ClauseNumber): TargetPlace {
  return {
    kind: 'clause',
    clauseId: entry.id,
    clauseNumber: entry.number,
    provisionNumber: null,
    paragraph: null,
  };
}

function blockPlace(numbering: Numbering, entry: BlockNumber): TargetPlace {
  const clause = entry.clauseId ? numbering.byId.get(entry.clauseId) : undefined;
  const label = KIND_LABEL[entry.kind];
  return {
    kind: 'provision',
    clauseId: entry.clauseId,
    clauseNumber: clause?.number ?? null,
    provisionNumber: entry.number,
    paragraph:
      label && entry.kindIndex !== null
        ? entry.kindCount === 1
          ? label
          : `${label} ${entry.kindIndex}`
        : null,
  };
}
