// Comment counts beside clauses in the outline. The outline re-renders its rows on its own
// schedule, so the badges are put back whenever its list changes.
import { plural } from '../i18n/index.ts';

/** Use once per draft: returns a setter for counts by clause id, and a destroy function. */
export function outlineCounts(findList: () => HTMLElement | null) {
  let counts = new Map<string, number>();
  let observer: MutationObserver | null = null;
  let observed: HTMLElement | null = null;

  const apply = (list: HTMLElement): void => {
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
      counts = next;
      const list = attach();
      if (list) apply(list);
    },
    destroy(): void {
      observer?.disconnect();
    },
  };
}
