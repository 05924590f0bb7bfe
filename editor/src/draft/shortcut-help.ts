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
  rows.push(
    h('tr', {}, h('td', {}, t('shortcuts.toolbar')), h('td', {}, h('kbd', {}, 'Alt+F10'))),
    h('tr', {}, h('td', {}, t('shortcuts.leaveList')), h('td', {}, h('kbd', {}, 'Enter'))),
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
  close.focus();
}
