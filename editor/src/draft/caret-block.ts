// The top-level block holding the caret is always rendered, never skipped by content-visibility.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

interface CaretBlock {
  from: number;
  set: DecorationSet;
}

const key = new PluginKey<CaretBlock>('accordCaretBlock');
const none: CaretBlock = { from: -1, set: DecorationSet.empty };

/** Where the top-level block holding the caret starts; -1 between blocks. */
function caretBlockStart(state: EditorState): number {
  const { $head } = state.selection;
  return $head.depth === 0 ? -1 : $head.before(1);
}

function caretBlock(state: EditorState): CaretBlock {
  const from = caretBlockStart(state);
  if (from < 0) return none;
  const node = state.doc.nodeAt(from);
  if (!node) return none;
  return {
    from,
    set: DecorationSet.create(state.doc, [
      Decoration.node(from, from + node.nodeSize, { class: 'caret-block' }),
    ]),
  };
}

/**
 * Blocks out of view skip rendering (`content-visibility: auto` in app.css), and a block
 * made a moment ago by Enter is skipped until the next frame. Chromium then put the caret
 * before the first letter typed into it, so the next letters went in front: quick typing
 * after Enter scrambled the text. The caret's block carries a class that keeps it rendered.
 */
export const CaretBlockRendered = Extension.create({
  name: 'accordCaretBlock',
  addProseMirrorPlugins() {
    return [
      new Plugin<CaretBlock>({
        key,
        state: {
          init: (_config, state) => caretBlock(state),
          apply: (tr, value, _old, state) => {
            if (!tr.docChanged && !tr.selectionSet) return value;
            // A caret move within the same block keeps the set; an edit rebuilds it (the
            // block's size and the positions after it may have changed).
            if (!tr.docChanged && caretBlockStart(state) === value.from) return value;
            return caretBlock(state);
          },
        },
        props: { decorations: (state) => key.getState(state)?.set ?? DecorationSet.empty },
      }),
    ];
  },
});
