// The list of keyboard shortcuts, built from the action table.
import { t } from '../i18n/index.ts';
import { openDialog } from '../ui/dialog.ts';
import { h } from '../ui/dom.ts';
import { ACTIONS, formatShortcut } from './actions.ts';

/** Use from the "Shortcuts" button or Mod-/. */
export function openShortcutHelp(onClose: () => void): void {
  const dialog = openDialog(t('shortcuts.title'), onClose);
  const rows = ACTIONS.filter((a) => a.shortcut).map((a) =>
    h(
      'tr',
      {},
      h('td', {}, t(a.label)),
      h('td', {}, h('kbd', {}, formatShortcut(a.shortcut ?? ''))),
    ),
  );
  const row = (label: string, keys: string) =>
    h('tr', {}, h('td', {}, label), h('td', {}, h('kbd', {}, keys)));
  rows.push(
    // Handled by the editor and the review panel, not by toolbar actions.
    row(t('shortcuts.redoAlso'), formatShortcut('Mod-y')),
    row(t('shortcuts.comment'), formatShortcut('Ctrl-Alt-m')),
    row(t('shortcuts.toolbar'), 'Alt+F10'),
    row(t('shortcuts.leaveList'), 'Enter'),
  );
  const close = h('button', { type: 'button', onclick: () => dialog.close() }, t('dialog.close'));
  dialog.body.append(
    h(
      'table',
      { class: 'shortcuts' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('shortcuts.action')),
          h('th', { scope: 'col' }, t('shortcuts.keys')),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
    h('div', { class: 'dialog-actions' }, close),
  );
  // Without scrolling to it: the list is long, and its start is what a reader wants first.
  close.focus({ preventScroll: true });
}
