// Collaboration (Yjs undo of our own changes) with a cheaper selection capture per transaction.
import { Collaboration } from '@tiptap/extension-collaboration';
import type { EditorState, Plugin, StateField } from '@tiptap/pm/state';
import { yUndoPluginKey, ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { relativeSelection } from './relative-selection.ts';

interface UndoState {
  undoManager: Y.UndoManager;
  prevSel: unknown;
  hasUndoOps: boolean;
  hasRedoOps: boolean;
}

interface SyncState {
  binding?: { type: Y.XmlFragment; mapping: Map<unknown, unknown> } | null;
}

/**
 * y-tiptap's undo plugin saves the selection before every transaction (restored on undo) by
 * walking every block before the caret, twice. Same value, from our block-indexed walk.
 */
function captureSelectionCheaply(plugin: Plugin): void {
  const field = plugin.spec.state as StateField<UndoState> | undefined;
  if (!field) return;
  const original = field.apply.bind(field);
  field.apply = (tr, value, oldState: EditorState, newState: EditorState) => {
    const binding = (ySyncPluginKey.getState(newState) as SyncState | undefined)?.binding;
    if (!binding) return original(tr, value, oldState, newState);
    const undoManager = value.undoManager;
    return {
      undoManager,
      prevSel: relativeSelection(binding, oldState),
      hasUndoOps: undoManager.undoStack.length > 0,
      hasRedoOps: undoManager.redoStack.length > 0,
    };
  };
}

/** Use in place of Collaboration (same options). */
export const CheapUndoCollaboration = Collaboration.extend({
  addProseMirrorPlugins() {
    const plugins = this.parent?.() ?? [];
    for (const plugin of plugins)
      if (plugin.spec.key === yUndoPluginKey) captureSelectionCheaply(plugin);
    return plugins;
  },
});
