// The outline sidebar: clauses with live numbers; jump to a clause, move a clause with its content.
// For the keyboard it is one WAI-ARIA tree view with a single tab stop (roving tabindex):
// Up/Down/Home/End go through the clauses, Left/Right to the parent / first sub-clause, Enter
// goes to the clause in the text, Alt+Up/Alt+Down move it. The ↑/↓ buttons are for pointers
// (and screen readers' browse mode); they keep focus on themselves when they move a clause.
import type { Editor } from '@tiptap/core';
import { plural, t } from '../i18n/index.ts';
import { h, patchChildren, replaceChildren } from '../ui/dom.ts';
import { openOnWideScreens } from '../ui/narrow-screen.ts';
import { jumpToIndex, moveSection, selectionTopIndex } from './commands.ts';
import { mayMoveSection } from './move-guard.ts';
import { findBlock } from './panel-slot.ts';
import { topIndexAt } from './structure.ts';
import type { NumberingStore, OutlineItem } from './numbering-store.ts';

/**
 * The outline's new sentences. They belong in i18n/en.ts as 'outline.*' keys (owned by
 * another engineer at the time of writing): move them there and use t() once they exist.
 */
const MOVE_KEYS = 'Alt+ArrowUp Alt+ArrowDown';

export interface OutlineWarnings {
  /** Warning texts per clause id (validation findings in that clause's section). */
  get(clauseId: string): string[] | undefined;
}

/** Which control of a row has the focus: the row (tree item) itself or one of its buttons. */
type Part = 'item' | 'outline-jump' | 'move-up' | 'move-down';

/** Where the focus was in the outline, to put it back after the rows are drawn again. */
interface FocusSpot {
  id: string | null;
  row: number;
  part: Part;
}

/** Use once per draft: renders into the returned element and follows the numbering store. */
export function createOutline(editor: Editor, store: NumberingStore, editable: boolean) {
  const list = h('ol', {
    class: 'outline-list',
    id: 'outline-list',
    'aria-labelledby': 'outline-title',
    'aria-describedby': 'outline-keys',
  });
  // On a tablet the outline sits above the text and starts folded, leaving the screen to the
  // text; the heading is a button that unfolds it (on wider screens it starts unfolded).
  const setOpen = (open: boolean): void => {
    toggle.setAttribute('aria-expanded', String(open));
    element.classList.toggle('folded', !open);
  };
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'outline-toggle',
      'aria-controls': 'outline-list',
      onclick: () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'),
    },
    t('outline.title'),
  );
  // Shown while a keyboard user is in the tree (styles), read as the tree's description.
  const keys = h(
    'p',
    { class: 'outline-keys visually-hidden', id: 'outline-keys' },
    editable ? t('outline.keysMove') : t('outline.keys'),
  );
  // No live region of the draft carries messages like "moved" (the status line is the
  // connection's, the finding note the caret's): the outline has its own, polite one.
  const announcer = h('p', { class: 'visually-hidden', role: 'status' });
  const element = h(
    'nav',
    { class: 'outline', 'aria-labelledby': 'outline-title' },
    h('h2', { id: 'outline-title' }, toggle),
    list,
    keys,
    announcer,
  );
  // Turning a tablet: beside the text the outline opens, above it it folds again.
  const stopFollowingWidth = openOnWideScreens(setOpen);
  let items: OutlineItem[] = [];
  let rows: HTMLElement[] = [];
  /** Each clause's row with what it was drawn from: a redraw rebuilds only rows that changed. */
  let drawn = new Map<string, { key: string; li: HTMLElement }>();
  let warnings: OutlineWarnings = { get: () => undefined };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let currentIndex = -1;
  let currentRow: HTMLElement | null = null;
  let tabStop: HTMLElement | null = null;
  let badgeIds = 0;

  const title = (item: OutlineItem): string => item.title.trim() || t('outline.untitled');
  const nameOf = (item: OutlineItem): string =>
    [item.number, title(item)].filter(Boolean).join(' ');

  const rowOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? target.closest<HTMLElement>('li.outline-item') : null;

  const spotOf = (el: Element | null): FocusSpot | null => {
    const li = rowOf(el);
    if (!el || !li || !list.contains(li)) return null;
    const part: Part =
      el === li
        ? 'item'
        : ((['outline-jump', 'move-up', 'move-down'] as const).find((c) =>
            el.classList.contains(c),
          ) ?? 'item');
    return { id: li.dataset.clauseId || null, row: rows.indexOf(li), part };
  };

  /** Focus the same control of the same clause (found by id), else the row at the same place. */
  const restore = (spot: FocusSpot, scroll: boolean): void => {
    const byId = spot.id ? rows.find((li) => li.dataset.clauseId === spot.id) : undefined;
    const li = byId ?? rows[Math.min(spot.row, rows.length - 1)];
    if (!li) return;
    const control =
      byId && spot.part !== 'item' ? li.querySelector<HTMLElement>(`.${spot.part}`) : null;
    (control ?? li).focus({ preventScroll: !scroll });
  };

  const setTabStop = (li: HTMLElement | null): void => {
    if (li === tabStop) return;
    tabStop?.setAttribute('tabindex', '-1');
    li?.setAttribute('tabindex', '0');
    tabStop = li;
  };

  /** The row's badges (warnings, and others' such as comment counts) describe the tree item. */
  const describe = (li: HTMLElement): void => {
    const ids: string[] = [];
    for (const badge of li.querySelectorAll<HTMLElement>(':scope > [role="img"]')) {
      if (!badge.id) badge.id = `outline-badge-${(badgeIds += 1)}`;
      ids.push(badge.id);
    }
    if (ids.length > 0) li.setAttribute('aria-describedby', ids.join(' '));
    else li.removeAttribute('aria-describedby');
  };

  const announce = (message: string): void => {
    announcer.textContent = message;
  };

  const move = async (item: OutlineItem, direction: 'up' | 'down', part: Part): Promise<void> => {
    const spot: FocusSpot = { id: item.id, row: Math.max(0, items.indexOf(item)), part };
    if (!(await mayMoveSection(editor, item.index, direction))) {
      // The question's dialog gives focus back to its opener, which a redraw may have replaced.
      if (!list.contains(document.activeElement)) restore(spot, false);
      return;
    }
    // Others may have changed the draft while the question was open: find the clause again.
    const pos = item.id ? findBlock(editor, item.id) : null;
    if (item.id && pos === null) return; // deleted meanwhile
    const index = pos === null ? item.index : topIndexAt(editor.state.doc, pos);
    if (!moveSection(editor, index, direction)) return;
    // Keep keyboard users on the same control of the moved clause, at its new place.
    render(spot);
    const moved = items.find((next) => item.id !== null && next.id === item.id);
    if (moved)
      announce(
        t(direction === 'up' ? 'outline.movedUp' : 'outline.movedDown', { clause: nameOf(moved) }),
      );
  };

  /** Which items have a sibling above / below (same level, same parent): one pass, not one per row. */
  const movable = (all: OutlineItem[]): { up: boolean; down: boolean }[] => {
    const out = all.map(() => ({ up: false, down: false }));
    // For each item, the previous item at a level <= its own decides.
    const lastAtLevel: number[] = [];
    all.forEach((item, i) => {
      lastAtLevel.length = Math.min(lastAtLevel.length, item.level + 1);
      const previous = lastAtLevel[item.level];
      if (previous !== undefined) {
        (out[i] as { up: boolean }).up = true;
        (out[previous] as { down: boolean }).down = true;
      }
      lastAtLevel[item.level] = i;
      lastAtLevel.length = item.level + 1;
    });
    return out;
  };

  /** The clause a row's control belongs to now: rows are kept while clauses around them move. */
  const liveItem = (event: Event): OutlineItem | undefined => {
    const li = rowOf(event.currentTarget);
    return li ? items[rows.indexOf(li)] : undefined;
  };

  // A button that cannot act says so with aria-disabled instead of `disabled`: a disabled
  // button drops the focus, and a clause moved to the end must keep it.
  const moveButton = (direction: 'up' | 'down', can: boolean, name: string): HTMLElement => {
    const label = t(direction === 'up' ? 'outline.moveUp' : 'outline.moveDown', { clause: name });
    return h(
      'button',
      {
        type: 'button',
        class: `move-${direction}`,
        tabindex: '-1',
        'aria-label': label,
        title: label,
        'aria-disabled': can ? null : 'true',
        onclick: (event: Event) => {
          const item = liveItem(event);
          if (can && item) void move(item, direction, `move-${direction}`);
        },
      },
      direction === 'up' ? '↑' : '↓',
    );
  };

  /** Everything a row shows: equal keys, the row can stay as it is. */
  const rowKey = (item: OutlineItem, can: { up: boolean; down: boolean }): string =>
    [
      item.level,
      item.kind,
      item.number ?? '',
      item.title,
      can.up,
      can.down,
      ...(item.id ? (warnings.get(item.id) ?? []) : []),
    ].join('\u0000');

  const row = (item: OutlineItem, can: { up: boolean; down: boolean }): HTMLElement => {
    const found = item.id ? warnings.get(item.id) : undefined;
    const name = nameOf(item);
    return h(
      'li',
      {
        class: `outline-item level-${Math.min(item.level, 4)} kind-${item.kind}`,
        role: 'treeitem',
        tabindex: '-1',
        'aria-label': name,
        'aria-level': Math.max(1, item.level),
        'aria-keyshortcuts': editable ? MOVE_KEYS : null,
        'data-clause-id': item.id ?? '',
      },
      h(
        'button',
        {
          type: 'button',
          class: 'outline-jump',
          tabindex: '-1',
          // The whole name on hover: a narrow outline cuts long titles short.
          title: name,
          onclick: (event: Event) => {
            const live = liveItem(event);
            if (live) jumpToIndex(editor, live.index);
          },
        },
        item.number ? h('span', { class: 'number' }, item.number) : null,
        h('span', { class: 'title' }, title(item)),
      ),
      found && found.length > 0
        ? h(
            'span',
            {
              class: 'warning-badge',
              title: found.join('\n'),
              role: 'img',
              'aria-label': plural(found.length, 'outline.warningsOne', 'outline.warnings', {
                text: found.join('; '),
              }),
            },
            String(found.length),
          )
        : null,
      editable
        ? h(
            'span',
            { class: 'move' },
            moveButton('up', can.up, name),
            moveButton('down', can.down, name),
          )
        : null,
    );
  };

  /** Draws the rows again; focus inside the outline stays on the same clause and control. */
  function render(want?: FocusSpot): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (editor.isDestroyed) return;
    const spot = want ?? spotOf(document.activeElement);
    items = store.snapshot?.outline ?? [];
    // Kept rows must not keep the old tab stop or "current" mark: both are set afresh below.
    setTabStop(null);
    currentRow?.removeAttribute('aria-current');
    if (items.length === 0) {
      rows = [];
      drawn = new Map();
      // An empty tree would be an empty widget: the sentence is a plain list item.
      list.removeAttribute('role');
      replaceChildren(list, h('li', { class: 'empty' }, t('outline.empty')));
    } else {
      const can = movable(items);
      const kept = new Map<string, { key: string; li: HTMLElement }>();
      rows = items.map((item, i) => {
        const allowed = can[i] ?? { up: false, down: false };
        const key = rowKey(item, allowed);
        // A second clause with the same id (a copy not yet renumbered) gets a row of its own.
        const id = item.id !== null && !kept.has(item.id) ? item.id : null;
        const before = id !== null ? drawn.get(id) : undefined;
        const li = before?.key === key ? before.li : row(item, allowed);
        if (id !== null) kept.set(id, { key, li });
        return li;
      });
      drawn = kept;
      list.setAttribute('role', 'tree');
      patchChildren(list, rows);
    }
    currentIndex = -1;
    currentRow = null;
    markCurrent();
    // After a move the control may have gone out of view; a redraw must not scroll.
    if (spot) restore(spot, want !== undefined);
  }

  // Outline rebuilds are batched: typing a clause title must not rebuild 600 rows per key.
  const schedule = (): void => {
    timer ??= setTimeout(render, 120);
  };

  function markCurrent(): void {
    if (editor.isDestroyed) return;
    const index = selectionTopIndex(editor);
    let found: OutlineItem | undefined;
    for (const item of items) {
      if (item.index > index) break;
      found = item;
    }
    const next = found?.index ?? -1;
    if (next !== currentIndex) {
      currentIndex = next;
      currentRow?.removeAttribute('aria-current');
      currentRow = found ? (rows[items.indexOf(found)] ?? null) : null;
      currentRow?.setAttribute('aria-current', 'location');
    }
    // Tab enters the tree on the clause at the caret (else the first), unless a keyboard
    // user is already moving through it.
    if (!list.contains(document.activeElement)) setTabStop(currentRow ?? rows[0] ?? null);
  }

  const focusRow = (li: HTMLElement | undefined): void => {
    li?.focus();
  };

  /** The row to go to for a navigation key, or undefined when the key is not one. */
  const target = (key: string, at: number): HTMLElement | undefined => {
    const level = items[at]?.level ?? 1;
    switch (key) {
      case 'ArrowDown':
        return rows[at + 1];
      case 'ArrowUp':
        return rows[at - 1];
      case 'Home':
        return rows[0];
      case 'End':
        return rows[rows.length - 1];
      case 'ArrowRight':
        // The first sub-clause, when there is one.
        return (items[at + 1]?.level ?? 0) > level ? rows[at + 1] : undefined;
      case 'ArrowLeft': {
        // The parent clause: the nearest one above with a lower level.
        for (let i = at - 1; i >= 0; i -= 1) if ((items[i]?.level ?? 0) < level) return rows[i];
        return undefined;
      }
      default:
        return undefined;
    }
  };

  const onKey = (event: KeyboardEvent): void => {
    const li = rowOf(event.target);
    const at = li ? rows.indexOf(li) : -1;
    const item = items[at];
    if (!li || !item) return;
    // Undo and redo where the move was made: focus stays in the outline.
    if (editable && (event.ctrlKey || event.metaKey) && !event.altKey) {
      const key = event.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      event.preventDefault();
      if (key === 'y' || event.shiftKey) editor.commands.redo();
      else editor.commands.undo();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.shiftKey) return;
    const vertical = event.key === 'ArrowUp' || event.key === 'ArrowDown';
    if (event.altKey) {
      if (!editable || !vertical) return;
      event.preventDefault();
      const part = spotOf(event.target as Element)?.part ?? 'item';
      void move(item, event.key === 'ArrowUp' ? 'up' : 'down', part);
      return;
    }
    if (event.key === 'Enter' && event.target === li) {
      event.preventDefault();
      jumpToIndex(editor, item.index);
      return;
    }
    const next = target(event.key, at);
    if (vertical || event.key === 'Home' || event.key === 'End' || next) event.preventDefault();
    focusRow(next);
  };

  const onFocusIn = (event: FocusEvent): void => {
    const li = rowOf(event.target);
    if (!li) return;
    setTabStop(li);
    // After a redraw others put their badges back from a mutation observer, whose callback
    // runs in a microtask queued before this one.
    queueMicrotask(() => describe(li));
  };
  list.addEventListener('keydown', onKey);
  list.addEventListener('focusin', onFocusIn);

  const unsubscribe = store.subscribe(schedule);
  render();
  return {
    element,
    markCurrent,
    setWarnings(next: OutlineWarnings): void {
      warnings = next;
      schedule();
    },
    destroy(): void {
      unsubscribe();
      stopFollowingWidth();
      list.removeEventListener('keydown', onKey);
      list.removeEventListener('focusin', onFocusIn);
      if (timer) clearTimeout(timer);
    },
  };
}
