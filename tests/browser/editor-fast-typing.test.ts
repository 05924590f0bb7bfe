// Typing fast: keys that arrive right after Enter or Ctrl+End, before the browser has drawn
// a frame, land where the caret shows. Content is illustrative.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clause, doc, provision } from '../../model/builders.ts';
import { draftBlocks, openDraft, openOneEditor, type OneEditor } from '../helpers/editor-setup.ts';

const SLUG = 'fast-typing';
const content = () =>
  doc(
    clause('c-fast000001', 1, 'Recording a concern'),
    provision('p-fast000001', 'statement', 'Write down what was seen and heard.'),
  );

/** From a fresh page (nothing drawn yet beyond the first frame): Ctrl+End, then lines. */
async function typeLines(page: Page, round: number, lines: number): Promise<string[]> {
  await openDraft(page, editor.server, SLUG);
  await page.click('.standard-text [data-id="p-fast000001"]');
  await page.keyboard.press('Control+End');
  const typed: string[] = [];
  for (let i = 0; i < lines; i++) {
    const line = `Round ${round} line ${i}.`;
    // No pause between Enter and the first letter: they arrive in consecutive tasks.
    await page.keyboard.press('Enter');
    await page.keyboard.type(line, { delay: 20 });
    typed.push(line);
  }
  return typed;
}

let editor: OneEditor;

beforeAll(async () => {
  editor = await openOneEditor(SLUG, content());
});
afterAll(() => editor?.close());

describe('editor: fast typing', () => {
  it('keeps every letter typed right after Enter in order, in its own block', async () => {
    // Chromium misplaced the caret in a block not drawn yet (content-visibility) in about half
    // of these rounds: the first letter stayed behind and later lines went in front of it.
    for (let round = 0; round < 5; round++) {
      const typed = await typeLines(editor.page, round, 8);
      await expect
        .poll(async () => (await draftBlocks(editor.page)).slice(-typed.length))
        .toEqual(typed);
    }
  });
});
