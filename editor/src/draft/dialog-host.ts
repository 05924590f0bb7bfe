// Opens the draft's dialogs for actions and shortcuts, and returns focus to the text afterwards.
import type { Editor } from '@tiptap/core';
import type { ActionHost } from './actions.ts';
import { currentTerm, insertCrossRef, setLink, setTerm } from './commands.ts';
import { openCrossRefPicker } from './cross-ref-picker.ts';
import { openLinkDialog } from './link-dialog.ts';
import type { NumberingStore } from './numbering-store.ts';
import { openShortcutHelp } from './shortcut-help.ts';
import { openTableTitleDialog, setTableTitle, tableAt } from './table-title.ts';
import { tableName } from './table-view.ts';
import { openTermDialog } from './term-dialog.ts';

/** Use once per draft; `editor()` is read late because the editor needs the host to be built. */
export function createDialogHost(editor: () => Editor | null, store: NumberingStore): ActionHost {
  const refocus = (): void => {
    editor()?.commands.focus();
  };
  return {
    openCrossRefPicker() {
      const ed = editor();
      if (!ed) return;
      openCrossRefPicker(store.snapshot?.outline ?? [], (id) => insertCrossRef(ed, id), refocus);
    },
    openLinkDialog() {
      const ed = editor();
      if (!ed) return;
      const current = String(ed.getAttributes('link').href ?? '');
      openLinkDialog(current, (href) => setLink(ed, href) !== 'unsafe', refocus);
    },
    openTermDialog() {
      const ed = editor();
      if (!ed) return;
      openTermDialog(currentTerm(ed), (fields) => setTerm(ed, fields), refocus);
    },
    openTableTitleDialog(pos) {
      const ed = editor();
      const found = ed ? tableAt(ed, pos) : null;
      if (!ed || !found) return;
      const id = (found.node.attrs.id as string | null) ?? null;
      openTableTitleDialog(
        tableName(found.node, store.snapshot),
        (found.node.attrs.caption as string | null) ?? '',
        (title) => setTableTitle(ed, { id, pos: found.pos }, title),
        refocus,
      );
    },
    openShortcutHelp() {
      openShortcutHelp(refocus);
    },
  };
}
