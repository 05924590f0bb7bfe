// Builds the Tiptap editor of a draft: the model's schema bound to the shared Y.Doc.
import { Editor, type AnyExtension } from '@tiptap/core';
import { Gapcursor } from '@tiptap/extensions';
import { standardExtensions, YJS_FIELD } from '../../../model/index.ts';
import type { Connection } from './connection.ts';
import { crossRefWithLiveNumber } from './cross-ref-view.ts';
import { TaskItemOutOfTabOrder } from './task-item-view.ts';
import { DeferredCollaborationCaret } from './deferred-caret.ts';
import { FastCollaboration } from './fast-collaboration.ts';
import type { ActionHost } from './actions.ts';
import { patchBindingForLargeDrafts } from './binding-patch.ts';
import { trackOthersFor } from './block-reorder.ts';
import { blocksWithLiveNumbers } from './block-views.ts';
import { CaretBlockRendered } from './caret-block.ts';
import { watchForDuplicateCopies } from './duplicate-copies.ts';
import { EditingKeys } from './keys.ts';
import { LiveNumbering } from './numbering-plugin.ts';
import { PasteIds } from './paste-ids.ts';
import { ReadOnlyCaret } from './read-only-caret.ts';
import { RemoteCaret } from './remote-caret.ts';
import { tableWithHeading } from './table-view.ts';
import { IncrementalUniqueIds } from './unique-ids.ts';
import { ValidationDecorations } from './validation.ts';
import type { FindingsStore } from './findings-store.ts';
import type { NumberingStore } from './numbering-store.ts';

export interface DraftEditorOptions {
  element: HTMLElement;
  connection: Connection;
  store: NumberingStore;
  findings: FindingsStore;
  user: { name: string; color: string };
  editable: boolean;
  label: string;
  host: ActionHost;
}

function caret(user: Record<string, unknown>): HTMLElement {
  const name = typeof user.name === 'string' ? user.name : '';
  const color = typeof user.color === 'string' ? user.color : '#4d5b7c';
  const caretEl = document.createElement('span');
  caretEl.className = 'collab-caret';
  caretEl.style.borderColor = color;
  const label = document.createElement('span');
  label.className = 'collab-caret-label';
  label.style.backgroundColor = color;
  label.textContent = name;
  caretEl.append(label);
  return caretEl;
}

/** Use once per open draft; destroy the editor before the connection. */
export function createDraftEditor(options: DraftEditorOptions): Editor {
  patchBindingForLargeDrafts();
  const { connection, store } = options;
  if (connection.provider.awareness) trackOthersFor(connection.provider.awareness);
  const views: Record<string, AnyExtension> = {
    ...blocksWithLiveNumbers(store, options.findings),
    crossRef: crossRefWithLiveNumber(store),
    taskItem: TaskItemOutOfTabOrder,
    table: tableWithHeading(store, (pos) => options.host.openTableTitleDialog(pos)),
    uniqueIds: IncrementalUniqueIds,
  };
  const extensions: AnyExtension[] = [
    // Same schema as the model; blocks, tables and cross-references gain views with live numbers.
    ...standardExtensions.map((ext) => views[ext.name] ?? ext),
    // Collaboration brings Yjs undo: only this user's own changes are undone.
    FastCollaboration.configure({ document: connection.ydoc, field: YJS_FIELD }),
    DeferredCollaborationCaret.configure({
      provider: connection.provider,
      user: options.user,
      render: caret,
    }),
    LiveNumbering.configure({ store }),
    RemoteCaret,
    ValidationDecorations,
    CaretBlockRendered,
    PasteIds.configure({ draft: connection.provider.configuration.name }),
    EditingKeys.configure({ host: options.host }),
    // A caret between blocks without text (after a final table): typing there adds a provision.
    Gapcursor,
    ReadOnlyCaret,
  ];
  const editor = new Editor({
    element: options.element,
    extensions,
    editable: options.editable,
    editorProps: {
      attributes: {
        class: 'standard-text',
        'aria-label': options.label,
        'aria-multiline': 'true',
        role: 'textbox',
        // Read-only text is not focusable by itself; its keyboard caret needs the focus.
        tabindex: '0',
        'aria-readonly': String(!options.editable),
        lang: store.lang,
        spellcheck: 'true',
      },
    },
  });
  // Only writers clean up: the server drops a read-only client's changes.
  if (options.editable) {
    const stop = watchForDuplicateCopies(connection.ydoc.getXmlFragment(YJS_FIELD));
    editor.on('destroy', stop);
  }
  return editor;
}
