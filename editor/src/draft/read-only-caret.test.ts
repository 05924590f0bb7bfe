import { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { bulletList, clause, doc, getStandardSchema, provision } from '../../../model/index.ts';
import { caretTarget } from './read-only-caret.ts';

const schema = getStandardSchema();

/** A clause, an introduction, a list of three signs and a closing provision (illustrative). */
function draft(): EditorState {
  const json = doc(
    clause('c-signs1', 1, 'Signs'),
    provision('p-intro1', 'statement', 'Look out for:'),
    bulletList('l-signs1', 'First sign', 'Second sign', 'Third sign'),
    provision('p-after1', 'statement', 'Then refer.'),
  );
  return EditorState.create({ doc: PMNode.fromJSON(schema, json), schema });
}

/** The text of the textblock holding `pos`. */
const blockAt = (state: EditorState, pos: number) => state.doc.resolve(pos).parent.textContent;

describe('the keyboard caret of read-only text', () => {
  it('goes down and up through every paragraph, list items included', () => {
    let state = draft();
    const seen: string[] = [blockAt(state, state.selection.head)];
    for (let i = 0; i < 5; i += 1) {
      const next = caretTarget(state, 'ArrowDown', false);
      if (next === null) break;
      state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, next)));
      seen.push(blockAt(state, next));
    }
    expect(seen).toEqual([
      'Signs',
      'Look out for:',
      'First sign',
      'Second sign',
      'Third sign',
      'Then refer.',
    ]);
    expect(caretTarget(state, 'ArrowDown', false)).toBeNull();
    const up = caretTarget(state, 'ArrowUp', false);
    expect(up === null ? '' : blockAt(state, up)).toBe('Third sign');
  });

  it('moves by word with Ctrl, and to the paragraph ends with Home and End', () => {
    const start = draft();
    const intro = caretTarget(start, 'ArrowDown', false) ?? 0;
    const state = start.apply(start.tr.setSelection(TextSelection.create(start.doc, intro)));
    const word = caretTarget(state, 'ArrowRight', true) ?? 0;
    expect(state.doc.textBetween(intro, word)).toBe('Look');
    const end = caretTarget(state, 'End', false) ?? 0;
    expect(state.doc.textBetween(intro, end)).toBe('Look out for:');
    expect(caretTarget(state, 'Home', false)).toBe(intro);
  });
});
