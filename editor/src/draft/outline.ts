// The outline sidebar: clauses with live numbers; click to jump, move a clause with its content.
import type { Editor } from '@tiptap/core';
import { t } from '../i18n/index.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { jumpToIndex, moveSection, selectionTopIndex } from './commands.ts';
import { mayMoveSection } from './move-guard.ts';
import { findBlock } from './panel-slot.ts';
import { topIndexAt } from './structure.ts';
import type { NumberingStore, OutlineItem } from './numbering-store.ts';

/** Where the outline folds above the text (the same width as the stylesheet's). */
const NARROW = '(max-width: 980px)';

export interface OutlineWarnings {
  /** Warning texts per clause id (validation findings in that clause's section). */
  get(clauseId: string): string[] | undefined;
}

/** Use once per draft: renders into the returned element and follows the numbering store. */
export function createOutline(editor: Editor, store: NumberingStore, editable: boolean) {
  const list = h('ol', { class: 'outline-list', id: 'outline-list' });
  // On a tablet the outline sits above the text and starts folded, leaving the screen to the
  // text; the heading is a button that unfolds it (on wider screens it starts unfolded).
  const narrow = window.matchMedia(NARROW);
  const folded = narrow.matches;
  const setOpen = (open: boolean): void => {
    toggle.setAttribute('aria-expanded', String(open));
    element.classList.toggle('folded', !open);
  };
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'outline-toggle',
      'aria-expanded': String(!folded),
      'aria-controls': 'outline-list',
      onclick: () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'),
    },
    t('outline.title'),
  );
  // Turning a tablet: beside the text the outline opens, above it it folds again.
  const onWidth = (event: MediaQueryListEvent): void => setOpen(!event.matches);
  narrow.addEventListener('change', onWidth);
  const element = h(
    'nav',
    { class: `outline${folded ? ' folded' : ''}`, 'aria-labelledby': 'outline-title' },
    h('h2', { id: 'outline-title' }, toggle),
    list,
  );
  let items: OutlineItem[] = [];
  let warnings: OutlineWarnings = { get: () => undefined };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let currentIndex = -1;

  const title = (item: OutlineItem): string => item.title.trim() || t('outline.untitled');

  const move = async (item: OutlineItem, direction: 'up' | 'down'): Promise<void> => {
    if (!(await mayMoveSection(editor, item.index, direction))) return;
    // Others may have changed the draft while the question was open: find the clause again.
    const pos = item.id ? findBlock(editor, item.id) : null;
    if (item.id && pos === null) return; // deleted meanwhile
    const index = pos === null ? item.index : topIndexAt(editor.state.doc, pos);
    if (moveSection(editor, index, direction)) {
      // Keep keyboard users on the same control after the re-render.
      render();
      const row = list.querySelector<HTMLElement>(
        `[data-clause-id="${item.id ?? ''}"] .move-${direction}`,
      );
      row?.focus();
    }
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

  const row = (item: OutlineItem, can: { up: boolean; down: boolean }): HTMLElement => {
    const found = item.id ? warnings.get(item.id) : undefined;
    const name = [item.number, title(item)].filter(Boolean).join(' ');
    return h(
      'li',
      {
        class: `outline-item level-${Math.min(item.level, 4)} kind-${item.kind}`,
        'data-clause-id': item.id ?? '',
        'data-index': item.index,
      },
      h(
        'button',
        {
          type: 'button',
          class: 'outline-jump',
          onclick: () => jumpToIndex(editor, item.index),
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
              'aria-label': t('outline.warnings', { count: found.length, text: found.join('; ') }),
            },
            String(found.length),
          )
        : null,
      editable
        ? h(
            'span',
            { class: 'move' },
            h(
              'button',
              {
                type: 'button',
                class: 'move-up',
                'aria-label': t('outline.moveUp', { clause: name }),
                title: t('outline.moveUp', { clause: name }),
                disabled: !can.up,
                onclick: () => void move(item, 'up'),
              },
              '↑',
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'move-down',
                'aria-label': t('outline.moveDown', { clause: name }),
                title: t('outline.moveDown', { clause: name }),
                disabled: !can.down,
                onclick: () => void move(item, 'down'),
              },
              '↓',
            ),
          )
        : null,
    );
  };

  function render(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (editor.isDestroyed) return;
    items = store.snapshot?.outline ?? [];
    if (items.length === 0) replaceChildren(list, h('li', { class: 'empty' }, t('outline.empty')));
    else {
      const can = movable(items);
      replaceChildren(
        list,
        ...items.map((item, i) => row(item, can[i] ?? { up: false, down: false })),
      );
    }
    currentIndex = -1;
    markCurrent();
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
    if (next === currentIndex) return;
    currentIndex = next;
    for (const el of list.querySelectorAll('[aria-current]')) el.removeAttribute('aria-current');
    list
      .querySelector(`[data-index="${next}"] .outline-jump`)
      ?.setAttribute('aria-current', 'location');
  }

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
      narrow.removeEventListener('change', onWidth);
      if (timer) clearTimeout(timer);
    },
  };
}
