// Opens the draft's dialogs for actions and shortcuts, and returns focus to the text afterwards.
import type { Editor } from '@tiptap/core';
import type { ActionHost } from './actions.ts';
import { currentTerm, insertCrossRef, setLink, setTerm } from './commands.ts';
import { openCrossRefPicker } from './cross-ref-picker.ts';
import { openLinkDialog } from './link-dialog.ts';
import type { NumberingStore } from './numbering-store.ts';
import { openShortcutHelp } from './shortcut-help.ts';
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
    openShortcutHelp() {
      openShortcutHelp(refocus);
    },
  };
}
