// Turn the model's release diff into the lines of a "what changed" page.
import type { NodeChange, ReleaseDiff } from '../../model/index.ts';
import type { ChangeItem } from './site-model.ts';

export interface ChangeContext {
  /** id → reader's label in the new version and in the old one. */
  newLabels: ReadonlyMap<string, string>;
  oldLabels: ReadonlyMap<string, string>;
  /** Pages of the new and the old version. */
  newUrl: string;
  oldUrl: string;
}

/**
 * One item per change worth telling a reader: added, amended (with the word diff), removed,
 * renumbered or moved. A block renumbered only because its clause was is left out: the
 * clause's line says it.
 */
export function changeItems(diff: ReleaseDiff, ctx: ChangeContext): ChangeItem[] {
  const renumberedClauses = new Set(
    diff.changes.filter((c) => c.nodeType === 'clause' && c.renumbered).map((c) => c.id),
  );
  const items: ChangeItem[] = [];
  for (const c of diff.changes) {
    const label = (c.status === 'removed' ? ctx.oldLabels : ctx.newLabels).get(c.id) ?? c.id;
    const href = c.status === 'removed' ? `${ctx.oldUrl}#${c.id}` : `${ctx.newUrl}#${c.id}`;
    const base = { id: c.id, label, href };
    // Added and removed blocks show their text; a clause's label already has its title.
    const text = c.nodeType === 'clause' ? null : (c.newText ?? c.oldText);
    if (c.status === 'added') items.push({ kind: 'added', ...base, text });
    else if (c.status === 'removed') items.push({ kind: 'removed', ...base, text });
    else if (c.changed) items.push({ kind: 'amended', ...base, words: c.words ?? null });
    else if (c.renumbered && !impliedByClause(c, renumberedClauses)) {
      items.push({ kind: 'renumbered', ...base, from: c.oldNumber ?? '', to: c.newNumber ?? '' });
    } else if (c.moved && !c.renumbered) items.push({ kind: 'moved', ...base });
  }
  return items;
}

function impliedByClause(c: NodeChange, renumberedClauses: ReadonlySet<string>): boolean {
  return c.nodeType !== 'clause' && c.newClauseId !== null && renumberedClauses.has(c.newClauseId);
}
