// Reviewers and observers read a text they cannot change, and browsers give such text no
// caret: words to comment on could be selected with the mouse only. Here the keyboard moves
// ProseMirror's selection (the browser's Selection.modify wandered out of the text, into the
// side panels, at some headings): arrows by character, Ctrl+arrows by word, Up and Down by
// paragraph, Home and End to the paragraph's ends (with Ctrl, the text's), Shift to extend.
// The caret is drawn as a widget while the text has the focus.
import { Extension } from '@tiptap/core';
import type { ResolvedPos } from '@tiptap/pm/model';
import { Plugin, PluginKey, Selection, TextSelection, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';

const WORD = /[\p{L}\p{N}_'’-]/u;

/**
 * The first caret position in the next (or previous) textblock after the one at `$pos`, at
 * any depth: list items and table cells are paragraphs of their own.
 */
function nextBlock(state: EditorState, $pos: ResolvedPos, dir: 1 | -1): number | null {
  if ($pos.depth === 0) return null;
  const edge = state.doc.resolve(dir > 0 ? $pos.after() : $pos.before());
  const found = Selection.findFrom(edge, dir, true);
  return found ? found.head : null;
}

/** The end of the word after (or start of the word before) the caret, in its textblock. */
function wordEdge($head: ResolvedPos, dir: 1 | -1): number | null {
  const text = $head.parent.textBetween(0, $head.parent.content.size, undefined, '\ufffc');
  let i = $head.parentOffset;
  const at = (k: number) => WORD.test(text.charAt(k));
  if (dir > 0) {
    while (i < text.length && !at(i)) i += 1;
    while (i < text.length && at(i)) i += 1;
  } else {
    while (i > 0 && !at(i - 1)) i -= 1;
    while (i > 0 && at(i - 1)) i -= 1;
  }
  return i === $head.parentOffset ? null : $head.start() + i;
}

/** Where a key sends the caret, or null when it is not ours or goes nowhere. */
export function caretTarget(state: EditorState, key: string, ctrl: boolean): number | null {
  const $head = state.doc.resolve(state.selection.head);
  const inText = $head.parent.inlineContent;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowRight': {
      const dir = key === 'ArrowLeft' ? -1 : 1;
      if (inText) {
        const within = ctrl ? wordEdge($head, dir) : $head.pos + dir;
        if (within !== null && within >= $head.start() && within <= $head.end()) return within;
      }
      const next = nextBlock(state, $head, dir);
      if (next === null) return null;
      return dir > 0 ? next : state.doc.resolve(next).end();
    }
    case 'ArrowDown':
    case 'ArrowUp':
      return nextBlock(state, $head, key === 'ArrowDown' ? 1 : -1);
    case 'Home':
      return ctrl || !inText ? Selection.atStart(state.doc).head : $head.start();
    case 'End':
      return ctrl || !inText ? Selection.atEnd(state.doc).head : $head.end();
    default:
      return null;
  }
}

function moveCaret(view: EditorView, event: KeyboardEvent): boolean {
  if (event.altKey || event.metaKey) return false;
  const head = caretTarget(view.state, event.key, event.ctrlKey);
  if (head === null) return ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(event.key);
  const anchor = event.shiftKey ? view.state.selection.anchor : head;
  view.dispatch(
    view.state.tr.setSelection(TextSelection.create(view.state.doc, anchor, head)).scrollIntoView(),
  );
  return true;
}

/**
 * ProseMirror writes its selection to the page only once the browser's selection is in the
 * text; a text focused with Tab (or again after a comment form) has none: put ProseMirror's
 * selection there, the range included.
 */
function placeBrowserSelection(view: EditorView): void {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection || (selection.rangeCount > 0 && view.dom.contains(selection.anchorNode))) return;
  const anchor = view.domAtPos(view.state.selection.anchor);
  const head = view.domAtPos(view.state.selection.head);
  selection.setBaseAndExtent(anchor.node, anchor.offset, head.node, head.offset);
}

function caretElement(): HTMLElement {
  const caret = document.createElement('span');
  caret.className = 'read-only-caret';
  caret.setAttribute('aria-hidden', 'true');
  return caret;
}

const key = new PluginKey<boolean>('accordReadOnlyCaret');

/** Use in the draft editor: keyboard selection for those who may not edit. */
export const ReadOnlyCaret = Extension.create({
  name: 'accordReadOnlyCaret',
  addProseMirrorPlugins() {
    const editor = this.editor;
    const focusChanged = (view: EditorView, focused: boolean): boolean => {
      if (editor.isEditable) return false;
      if (focused) placeBrowserSelection(view);
      view.dispatch(view.state.tr.setMeta(key, focused));
      return false;
    };
    return [
      new Plugin<boolean>({
        key,
        // Whether the text has the focus: the caret shows only then, as a real caret does.
        state: {
          init: () => false,
          apply: (tr, focused) => (tr.getMeta(key) as boolean | undefined) ?? focused,
        },
        props: {
          handleDOMEvents: {
            // Not handleKeyDown: ProseMirror runs that for editable views only.
            keydown: (view, event) => {
              if (editor.isEditable || !moveCaret(view, event)) return false;
              event.preventDefault();
              return true;
            },
            focus: (view) => focusChanged(view, true),
            blur: (view) => focusChanged(view, false),
          },
          decorations: (state: EditorState) => {
            if (editor.isEditable || !key.getState(state) || !state.selection.empty) return null;
            return DecorationSet.create(state.doc, [
              Decoration.widget(state.selection.head, caretElement, { key: 'read-only-caret' }),
            ]);
          },
        },
      }),
    ];
  },
});
