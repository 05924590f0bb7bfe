// Other people's carets as CollaborationCaret draws them; our own caret is published after typing.
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { Plugin, type PluginView } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import {
  relativePositionToAbsolutePosition,
  yCursorPluginKey,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { relativePositionAt } from './relative-selection.ts';

// Long enough to batch a burst of keys, short enough that others see the caret move live.
const PUBLISH_MS = 80;

interface Awareness {
  getLocalState(): Record<string, unknown> | null;
  setLocalStateField(field: string, value: unknown): void;
}

interface SyncState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding?: { mapping: Map<unknown, unknown> };
}

interface CursorField {
  anchor: unknown;
  head: unknown;
}

/** y-tiptap's `updateCursorInfo`, with our relative positions (no walk over every block). */
function publishCaret(view: EditorView, awareness: Awareness): void {
  const sync = ySyncPluginKey.getState(view.state) as SyncState | undefined;
  if (!sync?.binding) return;
  const mapping = sync.binding.mapping;
  const current = (awareness.getLocalState()?.cursor ?? null) as CursorField | null;
  if (view.hasFocus()) {
    const { anchor: a, head: h } = view.state.selection;
    const anchor = relativePositionAt(a, sync.type, mapping, view.state.doc);
    const head = relativePositionAt(h, sync.type, mapping, view.state.doc);
    if (
      current === null ||
      !Y.compareRelativePositions(Y.createRelativePositionFromJSON(current.anchor), anchor) ||
      !Y.compareRelativePositions(Y.createRelativePositionFromJSON(current.head), head)
    )
      awareness.setLocalStateField('cursor', { anchor, head });
  } else if (
    current !== null &&
    relativePositionToAbsolutePosition(
      sync.doc,
      sync.type,
      Y.createRelativePositionFromJSON(current.anchor),
      mapping as never,
    ) !== null
  ) {
    // Our caret left the text: others stop drawing it.
    awareness.setLocalStateField('cursor', null);
  }
}

/**
 * y-tiptap's cursor plugin publishes our caret on every view update: two walks of the
 * document to relative positions, an awareness message and, through its own awareness
 * listener, a second editor transaction — all inside the keystroke. We publish once per
 * pause instead, after the keystroke has been drawn. Drawing others' carets is unchanged.
 */
function deferCaretPublishing(plugin: Plugin, awareness: Awareness): Plugin {
  const makeView = plugin.spec.view;
  if (!makeView) return plugin;
  return new Plugin({
    ...plugin.spec,
    view: (view) => {
      // Kept for its awareness listener (others' carets) and its focus handling.
      const inner: PluginView = makeView(view);
      let timer: ReturnType<typeof setTimeout> | null = null;
      return {
        update: () => {
          timer ??= setTimeout(() => {
            timer = null;
            if (!view.isDestroyed) publishCaret(view, awareness);
          }, PUBLISH_MS);
        },
        destroy: () => {
          if (timer) clearTimeout(timer);
          inner.destroy?.();
        },
      };
    },
  });
}

/** Use in place of CollaborationCaret (same options): our caret is published after a pause. */
export const DeferredCollaborationCaret = CollaborationCaret.extend({
  addProseMirrorPlugins() {
    const awareness = (this.options.provider as { awareness: Awareness }).awareness;
    const plugins = this.parent?.() ?? [];
    return plugins.map((plugin) =>
      plugin.spec.key === yCursorPluginKey ? deferCaretPublishing(plugin, awareness) : plugin,
    );
  },
});
