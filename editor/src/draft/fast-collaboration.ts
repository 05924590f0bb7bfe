// Collaboration (Yjs binding and undo of our own changes) with cheaper selection captures per transaction.
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
  binding?: {
    type: Y.XmlFragment;
    mapping: Map<unknown, unknown>;
    accordLocalChange?: boolean;
  } | null;
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

/**
 * The sync plugin writes our edits to Yjs from its view update, inside a Yjs transaction
 * whose start makes the binding save the selection (walking the document) only to replace
 * it after writing. We flag that write so the binding skips the first capture.
 *
 * It also ends the current undo step ("stop capturing") on every view update while the last
 * document change was not for the history, and a remote change is one: so while someone else
 * types, each caret move or presence update split our own typing into one-letter undo
 * steps. Only an update that changed the document may end the step.
 */
function flagLocalWrites(plugin: Plugin): void {
  const makeView = plugin.spec.view;
  if (!makeView) return;
  plugin.spec.view = (view) => {
    const inner = makeView(view);
    return {
      update: (updated, prevState) => {
        const binding = (ySyncPluginKey.getState(updated.state) as SyncState | undefined)?.binding;
        const undo = (yUndoPluginKey.getState(updated.state) as UndoState | undefined)?.undoManager;
        const keepStep = undo !== undefined && updated.state.doc === prevState.doc;
        // An own property hides UndoManager's method for this update only.
        if (keepStep) undo.stopCapturing = () => undefined;
        if (binding) binding.accordLocalChange = true;
        try {
          inner.update?.(updated, prevState);
        } finally {
          if (binding) binding.accordLocalChange = false;
          if (keepStep) delete (undo as Partial<Y.UndoManager>).stopCapturing;
        }
      },
      destroy: () => inner.destroy?.(),
    };
  };
}

/** Use before an edit that should be undone on its own (a new block): ends the current undo step. */
export function endUndoStep(state: EditorState): void {
  (yUndoPluginKey.getState(state) as UndoState | undefined)?.undoManager.stopCapturing();
}

/** Use in place of Collaboration (same options). */
export const FastCollaboration = Collaboration.extend({
  addProseMirrorPlugins() {
    const plugins = this.parent?.() ?? [];
    for (const plugin of plugins) {
      if (plugin.spec.key === yUndoPluginKey) captureSelectionCheaply(plugin);
      if (plugin.spec.key === ySyncPluginKey) flagLocalWrites(plugin);
    }
    return plugins;
  },
});
