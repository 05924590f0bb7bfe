// Renders the release diff (model/release-diff.ts) as a list of clause and provision changes.
import { t, type MessageKey } from '../i18n/index.ts';
import { h } from '../ui/dom.ts';
import type { NodeChange } from './api.ts';

/** Use to drop nodes that did not change at all; the rest is what a reader needs to see. */
export function visibleChanges(changes: NodeChange[]): NodeChange[] {
  return changes.filter((c) => c.status !== 'kept' || c.moved || c.renumbered || c.changed);
}

/** Use for the one-line summary: how many nodes were added, removed, moved, renumbered, changed. */
export function countChanges(changes: NodeChange[]): Record<string, number> {
  const kept = changes.filter((c) => c.status === 'kept');
  return {
    added: changes.filter((c) => c.status === 'added').length,
    removed: changes.filter((c) => c.status === 'removed').length,
    moved: kept.filter((c) => c.moved).length,
    renumbered: kept.filter((c) => c.renumbered).length,
    changed: kept.filter((c) => c.changed).length,
  };
}

/** Clauses of either version by id: what an unnumbered paragraph is placed by. */
export type ClausesById = Map<string, NodeChange>;

/** Use to index the clauses among `changes` (all of them, not only the visible ones). */
export function clausesById(changes: NodeChange[]): ClausesById {
  return new Map(changes.filter((c) => c.nodeType === 'clause').map((c) => [c.id, c]));
}

/** Use to head a change: "Provision 4.2.3", or for an unnumbered paragraph the clause it is in. */
export function changeLabel(change: NodeChange, clauses: ClausesById): string {
  const known = ['clause', 'provision', 'term'];
  const kind = known.includes(change.nodeType) ? change.nodeType : 'other';
  const number = change.newNumber ?? change.oldNumber;
  if (number) return `${t(`compare.node.${kind}` as MessageKey)} ${number}`;
  // A foreword paragraph, a note or an example has no number: name the clause it is in.
  const owner = clauses.get(change.newClauseId ?? change.oldClauseId ?? '');
  const ownerNumber = owner?.newNumber ?? owner?.oldNumber;
  const ownerTitle = owner?.newText ?? owner?.oldText;
  if (kind !== 'clause' && ownerNumber)
    return t('compare.paragraphInClause', { number: ownerNumber });
  if (kind !== 'clause' && ownerTitle) return t('compare.paragraphIn', { title: ownerTitle });
  const title = change.newText ?? change.oldText;
  if (kind === 'clause' && title) return t('compare.heading', { title });
  return `${t(`compare.node.${kind}` as MessageKey)} ${t('compare.unnumbered')}`;
}

function badges(change: NodeChange): HTMLElement[] {
  const out: HTMLElement[] = [];
  const badge = (cls: string, text: string) => h('span', { class: `badge ${cls}` }, text);
  if (change.status === 'added') out.push(badge('added', t('compare.added')));
  if (change.status === 'removed') out.push(badge('removed', t('compare.removed')));
  if (change.moved) out.push(badge('moved', t('compare.moved')));
  if (change.renumbered)
    out.push(
      badge(
        'renumbered',
        t('compare.renumbered', { from: change.oldNumber ?? '–', to: change.newNumber ?? '–' }),
      ),
    );
  if (change.changed) out.push(badge('changed', t('compare.changed')));
  return out;
}

/** The text of a change: word-level insertions (<ins>) and deletions (<del>) when it changed. */
function changeText(change: NodeChange): HTMLElement {
  const p = h('p', { class: 'change-text' });
  if (change.words) {
    for (const part of change.words) {
      if (part.added) p.append(h('ins', { title: t('compare.inserted') }, part.value));
      else if (part.removed) p.append(h('del', { title: t('compare.deleted') }, part.value));
      else p.append(part.value);
    }
  } else if (change.status === 'removed') {
    p.append(h('del', {}, change.oldText ?? ''));
  } else if (change.status === 'added') {
    p.append(h('ins', {}, change.newText ?? ''));
  } else {
    p.append(change.newText ?? '');
  }
  return p;
}

/** Use to render one change as an article headed by its number and kind. */
export function changeItem(change: NodeChange, clauses: ClausesById): HTMLElement {
  const headingId = `change-${change.id}`;
  const attrs = change.changedAttrs.length
    ? h(
        'p',
        { class: 'hint' },
        t('compare.changedAttrs', { attrs: change.changedAttrs.join(', ') }),
      )
    : null;
  return h(
    'li',
    {
      class: `change status-${change.status}`,
      'data-id': change.id,
      'aria-labelledby': headingId,
    },
    h('h3', { id: headingId }, changeLabel(change, clauses)),
    h('div', {}, ...badges(change)),
    attrs,
    changeText(change),
  );
}
