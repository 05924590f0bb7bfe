// The formatting toolbar: one button per action, a roving tab stop, and live active/enabled states.
import type { Editor } from '@tiptap/core';
import { t, type MessageKey } from '../i18n/index.ts';
import { h } from '../ui/dom.ts';
import { ACTIONS, ariaShortcut, formatShortcut, type Action, type ActionHost } from './actions.ts';

const GROUP_LABEL: Record<Action['group'], MessageKey> = {
  history: 'toolbar.history',
  clause: 'toolbar.clauses',
  provision: 'toolbar.provisions',
  block: 'toolbar.blocks',
  inline: 'toolbar.inline',
  table: 'toolbar.table',
  help: 'toolbar.help',
};

/**
 * Actions that change the text act at the caret. Before the user first puts it in the text,
 * ProseMirror's caret sits silently at the very start, so a tap on "note" would turn the
 * Foreword into a note: those buttons wait, and say why, until the text has had focus.
 */
const needsCaret = (action: Action): boolean =>
  action.group !== 'help' && action.group !== 'history';

/**
 * Use once per draft: returns the toolbar element, the hint shown when a button is pressed
 * before the caret is placed (put it next to the toolbar), and a refresh to call on changes.
 */
export function createToolbar(editor: Editor, host: ActionHost, readOnly: boolean) {
  const buttons: { action: Action; el: HTMLButtonElement }[] = [];
  const hint = h('p', { class: 'toolbar-hint', role: 'status' });
  let caretPlaced = editor.isFocused;
  const groups = new Map<Action['group'], HTMLElement>();
  const bar = h('div', {
    role: 'toolbar',
    class: 'toolbar',
    'aria-label': t('toolbar.label'),
    'aria-controls': 'draft-text',
  });

  for (const action of ACTIONS) {
    if (readOnly && action.group !== 'help') continue;
    let group = groups.get(action.group);
    if (!group) {
      group = h('div', {
        role: 'group',
        class: `toolbar-group group-${action.group}`,
        'aria-label': t(GROUP_LABEL[action.group]),
      });
      groups.set(action.group, group);
      bar.append(group);
    }
    const shortcut = action.shortcut ? ` (${formatShortcut(action.shortcut)})` : '';
    const el = h(
      'button',
      {
        type: 'button',
        class: `tool tool-${action.id}`,
        'data-action': action.id,
        'aria-label': t(action.label),
        title: t(action.label) + shortcut,
        'aria-keyshortcuts': action.shortcut ? ariaShortcut(action.shortcut) : null,
        tabindex: buttons.length === 0 ? '0' : '-1',
        // Keep the editor's selection: the button acts on it.
        onmousedown: (event: Event) => event.preventDefault(),
        onclick: () => {
          if (!caretPlaced && needsCaret(action)) {
            hint.textContent = t('toolbar.placeCaret');
            return;
          }
          if (!action.enabled || action.enabled(editor)) action.run(editor, host);
        },
      },
      t(action.short),
    );
    if (action.isActive) el.setAttribute('aria-pressed', 'false');
    buttons.push({ action, el });
    group.append(el);
  }

  // Roving tab stop: one Tab into the toolbar, arrows move between buttons.
  bar.addEventListener('keydown', (event) => {
    const index = buttons.findIndex((b) => b.el === document.activeElement);
    if (index < 0) return;
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % buttons.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + buttons.length) % buttons.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    else if (event.key === 'Escape') {
      editor.commands.focus();
      return;
    } else return;
    event.preventDefault();
    buttons[index]?.el.setAttribute('tabindex', '-1');
    buttons[next]?.el.setAttribute('tabindex', '0');
    buttons[next]?.el.focus();
  });

  // Every transaction (each keystroke, each remote one) asks for a refresh; checking every
  // button costs about half a millisecond, so on a busy draft it runs at most every 200 ms,
  // and at the next frame after a quiet spell (a click shows its state at once).
  const REFRESH_GAP_MS = 200;
  let scheduled = false;
  let lastRun = -Infinity;
  const run = (): void => {
    scheduled = false;
    lastRun = performance.now();
    if (editor.isDestroyed) return;
    for (const { action, el } of buttons) {
      const waiting = !caretPlaced && needsCaret(action);
      if (action.isActive)
        el.setAttribute('aria-pressed', String(!waiting && action.isActive(editor)));
      const enabled = !waiting && (!action.enabled || action.enabled(editor));
      el.setAttribute('aria-disabled', String(!enabled));
      el.classList.toggle('disabled', !enabled);
    }
  };
  const refresh = (): void => {
    if (scheduled) return;
    scheduled = true;
    const wait = lastRun + REFRESH_GAP_MS - performance.now();
    if (wait <= 0) requestAnimationFrame(run);
    else setTimeout(() => requestAnimationFrame(run), wait);
  };

  editor.on('focus', () => {
    if (caretPlaced) return;
    caretPlaced = true;
    hint.textContent = '';
    refresh();
  });

  /** Alt+F10 from the text moves focus to the toolbar (the usual rich-text convention). */
  const focusToolbar = (): void => {
    (buttons.find((b) => b.el.getAttribute('tabindex') === '0') ?? buttons[0])?.el.focus();
  };

  return { element: bar, hint, refresh, focusToolbar };
}
