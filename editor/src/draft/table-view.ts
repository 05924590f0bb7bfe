// Tables in the draft under their live heading, "Table 3 — title", with a button to edit the title.
import type { AnyExtension, NodeViewRenderer } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { StandardTable, tableCaption, tableHeading } from '../../../model/index.ts';
import { t } from '../i18n/index.ts';
import type { DraftSnapshot, NumberingStore } from './numbering-store.ts';

function numberOf(node: PMNode, snapshot: DraftSnapshot | null): string | null {
  const id = node.attrs.id as string | null;
  return id ? (snapshot?.tables.get(id) ?? null) : null;
}

/** The table's name without its title ("Table 3"), as the draft numbers it now. */
export function tableName(node: PMNode, snapshot: DraftSnapshot | null): string {
  return tableHeading(numberOf(node, snapshot), '', snapshot?.lang);
}

function renderer(
  store: NumberingStore,
  editTitle: (pos: number | undefined) => void,
): NodeViewRenderer {
  return ({ node: initial, getPos }) => {
    let node = initial;
    const dom = document.createElement('div');
    dom.className = 'table-block';
    // Not text of the draft: ProseMirror must neither edit nor read it.
    const heading = document.createElement('div');
    heading.className = 'table-heading';
    heading.contentEditable = 'false';
    const text = document.createElement('span');
    text.className = 'table-heading-text';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'table-title-edit';
    // Out of the Tab order: Tab from the text would otherwise land on the next table's button,
    // pages away. Keyboard users have the toolbar's "Table title" action at the caret.
    button.tabIndex = -1;
    button.textContent = t('tableTitle.edit');
    button.addEventListener('click', () => editTitle(getPos()));
    heading.append(text, button);
    const scroller = document.createElement('div');
    scroller.className = 'tableWrapper';
    const table = document.createElement('table');
    const body = document.createElement('tbody');
    table.append(body);
    scroller.append(table);
    dom.append(heading, scroller);

    const paint = (snapshot: DraftSnapshot | null): void => {
      const id = node.attrs.id as string | null;
      const caption = tableCaption({ type: 'table', attrs: node.attrs });
      const headingText = tableHeading(numberOf(node, snapshot), caption, snapshot?.lang);
      if (text.textContent !== headingText) text.textContent = headingText;
      const name = t('tableTitle.editNamed', { table: tableName(node, snapshot) });
      if (button.getAttribute('aria-label') !== name) button.setAttribute('aria-label', name);
      if (id) table.setAttribute('data-id', id);
      else table.removeAttribute('data-id');
      // The table's accessible name while editing: its heading.
      table.setAttribute('aria-label', headingText);
    };
    paint(store.snapshot);
    const unsubscribe = store.subscribe(paint);
    return {
      dom,
      contentDOM: body,
      update: (updated) => {
        if (updated.type !== node.type) return false;
        node = updated;
        paint(store.snapshot);
        return true;
      },
      // Only the rows are ProseMirror's; our heading and attributes change on their own.
      ignoreMutation: (mutation) =>
        !body.contains(mutation.target) ||
        (mutation.target === body && mutation.type === 'attributes'),
      stopEvent: (event) => heading.contains(event.target as Node),
      destroy: unsubscribe,
    };
  };
}

/** Use in place of the model's table in the draft editor: same schema, with a live heading. */
export function tableWithHeading(
  store: NumberingStore,
  editTitle: (pos: number | undefined) => void,
): AnyExtension {
  return StandardTable.extend({
    addNodeView() {
      return renderer(store, editTitle);
    },
  });
}
