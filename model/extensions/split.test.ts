// @vitest-environment happy-dom
// A real Tiptap editor (DOM from happy-dom): what Enter does at the end of a clause heading.
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { clause, doc, provision } from '../builders.ts';
import { standardExtensions } from '../schema.ts';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

describe('splitting a clause heading', () => {
  it('gives the new block a statement provision of its own, with a fresh id', () => {
    editor = new Editor({
      extensions: standardExtensions,
      content: doc(
        clause('c-scope0001', 1, 'Scope'),
        provision('p-body00001', 'requirement', 'Text'),
      ),
    });
    // Caret at the end of the heading "Scope" (position 1 + 5 characters).
    editor.commands.setTextSelection(6);
    editor.commands.splitBlock();
    const [heading, created] = editor.getJSON().content ?? [];
    expect(heading?.attrs).toMatchObject({ id: 'c-scope0001', kind: 'clause' });
    expect(created?.type).toBe('provision');
    expect(created?.attrs?.kind).toBe('statement');
    expect(created?.attrs?.id).toMatch(/^p-/);
  });
});
