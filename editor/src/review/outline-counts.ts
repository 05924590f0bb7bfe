// Comment counts beside clauses in the outline. The outline re-renders its rows on its own
// schedule, so the badges are put back whenever its list changes.
import { plural } from '../i18n/index.ts';

/** Use once per draft: returns a setter for counts by clause id, and a destroy function. */
export function outlineCounts(findList: () => HTMLElement | null) {
  let counts = new Map<string, number>();
  let observer: MutationObserver | null = null;
  let observed: HTMLElement | null = null;

  const apply = (list: HTMLElement): void => {
    // No comments and no badge left: nothing to walk (the outline has ~2,000 rows at 300 pages).
    if (counts.size === 0 && !list.querySelector('.comment-count')) return;
    for (const item of list.querySelectorAll<HTMLElement>(':scope > li[data-clause-id]')) {
      const id = item.dataset.clauseId ?? '';
      const n = counts.get(id) ?? 0;
      let badge = item.querySelector<HTMLElement>(':scope > .comment-count');
      if (n === 0) {
        badge?.remove();
        continue;
      }
      if (!badge) {
        badge = document.createElement('span');
        badge.className = 'comment-count';
        badge.setAttribute('role', 'img');
        item.querySelector(':scope > .outline-jump')?.after(badge);
      }
      badge.textContent = String(n);
      const words = plural(n, 'review.outlineCountOne', 'review.outlineCount');
      badge.setAttribute('aria-label', words);
      badge.title = words;
    }
  };

  const attach = (): HTMLElement | null => {
    const list = findList();
    if (list && list !== observed) {
      observer?.disconnect();
      observer = new MutationObserver(() => apply(list));
      // Rows are direct children: our badges inside rows do not trigger it again.
      observer.observe(list, { childList: true });
      observed = list;
    }
    return list;
  };

  return {
    set(next: Map<string, number>): void {
      const same = next.size === counts.size && [...next].every(([id, n]) => counts.get(id) === n);
      counts = next;
      const watched = observed;
      const list = attach();
      // Called on every renumbering: with the same counts on the list already watched, the
      // observer has kept the badges on redrawn rows and there is nothing to do.
      if (list && !(same && list === watched)) apply(list);
    },
    destroy(): void {
      observer?.disconnect();
    },
  };
}
