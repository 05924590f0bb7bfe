// Opens the draft's dialogs for actions and shortcuts, and returns focus to the text afterwards.
import type { Editor } from '@tiptap/core';
import { referenceText } from '../../../model/index.ts';
import type { ActionHost } from './actions.ts';
import { currentTerm, insertCrossRef, setLink, setTerm } from './commands.ts';
import { openCrossRefPicker } from './cross-ref-picker.ts';
import { openLinkDialog } from './link-dialog.ts';
import type { NumberingStore, OutlineItem } from './numbering-store.ts';
import { openShortcutHelp } from './shortcut-help.ts';
import { openTableTitleDialog, setTableTitle, tableAt } from './table-title.ts';
import { tableName } from './table-view.ts';
import { openTermDialog } from './term-dialog.ts';

/** The draft's tables as cross-reference targets: "Table 2" with its title, in text order. */
function tableTargets(editor: Editor, store: NumberingStore): OutlineItem[] {
  const snapshot = store.snapshot;
  if (!snapshot) return [];
  const items: OutlineItem[] = [];
  editor.state.doc.forEach((node, pos, index) => {
    const id = node.attrs.id as unknown;
    if (node.type.name !== 'table' || typeof id !== 'string' || id === '') return;
    const number = referenceText(snapshot.numbering, id, snapshot.lang);
    const title = typeof node.attrs.caption === 'string' ? node.attrs.caption : '';
    items.push({ id, index, pos, level: 1, kind: 'table', number, title });
  });
  return items;
}

/** Use once per draft; `editor()` is read late because the editor needs the host to be built. */
export function createDialogHost(editor: () => Editor | null, store: NumberingStore): ActionHost {
  const refocus = (): void => {
    editor()?.commands.focus();
  };
  return {
    openCrossRefPicker() {
      const ed = editor();
      if (!ed) return;
      const targets = [...(store.snapshot?.outline ?? []), ...tableTargets(ed, store)].sort(
        (a, b) => a.index - b.index,
      );
      openCrossRefPicker(targets, (id) => insertCrossRef(ed, id), refocus);
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
