// A table's title ("Table 3 — title"): finding the table, setting its caption, and the dialog.
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { t } from '../i18n/index.ts';
import { openDialog } from '../ui/dialog.ts';
import { h } from '../ui/dom.ts';
import { limited } from '../ui/length-guard.ts';

/** Longest title a table may have; a title names the table, it does not explain it. */
export const MAX_TABLE_TITLE = 200;

// Line breaks, other controls and text-direction overrides: a title is one plain line.
const UNWANTED = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/** Use before storing a typed or pasted title: one line, trimmed; null when empty. */
export function cleanTableTitle(value: string): string | null {
  const clean = value.replace(UNWANTED, ' ').replace(/\s+/g, ' ').trim();
  return clean === '' ? null : clean;
}

/** The table at `pos`, or the innermost table holding the selection; null when there is none. */
export function tableAt(editor: Editor, pos?: number): { node: PMNode; pos: number } | null {
  const { state } = editor;
  if (pos !== undefined) {
    const node = state.doc.nodeAt(pos);
    return node?.type.name === 'table' ? { node, pos } : null;
  }
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth);
    if (node.type.name === 'table') return { node, pos: $from.before(depth) };
  }
  return null;
}

/** The top-level table with this id now (others may have edited meanwhile). */
function tableById(editor: Editor, id: string): { node: PMNode; pos: number } | null {
  let found: { node: PMNode; pos: number } | null = null;
  editor.state.doc.forEach((node, pos) => {
    if (!found && node.type.name === 'table' && node.attrs.id === id) found = { node, pos };
  });
  return found;
}

/**
 * Use to set (or, with an empty value, remove) a table's title. The table is found again by
 * its id, because the text may have moved while the dialog was open; `pos` is the fallback.
 */
export function setTableTitle(
  editor: Editor,
  table: { id: string | null; pos: number },
  value: string,
): boolean {
  const found = table.id ? tableById(editor, table.id) : tableAt(editor, table.pos);
  if (!found) return false;
  const pos = found.pos;
  const caption = cleanTableTitle(value);
  if ((found.node.attrs.caption ?? null) === caption) return true;
  editor.view.dispatch(editor.state.tr.setNodeAttribute(pos, 'caption', caption));
  return true;
}

/** Use from the table's title button or the toolbar: `label` is the table's name, "Table 3". */
export function openTableTitleDialog(
  label: string,
  current: string,
  onSubmit: (title: string) => void,
  onClose: () => void,
): void {
  const dialog = openDialog(t('tableTitle.title', { table: label }), onClose);
  const input = h('input', { id: 'table-title', type: 'text', value: current });
  const form = h(
    'form',
    { class: 'form' },
    h('label', { for: 'table-title' }, t('tableTitle.label')),
    ...limited(input, MAX_TABLE_TITLE),
    h('p', { class: 'hint' }, t('tableTitle.hint', { table: label })),
    h(
      'div',
      { class: 'dialog-actions' },
      h('button', { type: 'button', onclick: () => dialog.close() }, t('dialog.cancel')),
      h('button', { type: 'submit' }, t('tableTitle.apply')),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    dialog.close();
    onSubmit(input.value);
  });
  dialog.body.append(form);
  input.focus();
  input.select();
}
