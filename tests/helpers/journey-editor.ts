// Small steps in the draft editor for the journeys test: find blocks by their text, select words.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Use to find a clause heading or provision of the draft by (part of) its text. */
export function blockWithText(page: Page, kind: 'clause' | 'provision', text: string): Locator {
  // By element, as readers see them: clauses are headings, provisions numbered paragraphs.
  const selector = kind === 'clause' ? ':is(h1, h2, h3, h4, h5, h6)' : 'p[data-number]';
  return page.locator(`.standard-text ${selector}`, { hasText: text });
}

/** Use to put the caret at the end of a block, as a click after its last word would. */
export async function caretAtEndOf(block: Locator): Promise<void> {
  await block.click();
  // A long provision wraps, so End alone would stop at the end of its first visual line.
  await block.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
      // Skip other people's caret labels, which are widgets inside the text.
      acceptNode: (node) =>
        node.parentElement?.closest('.collab-caret')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    let last: Text | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node as Text;
    if (!last) return;
    const range = document.createRange();
    range.setStart(last, last.data.length);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  });
  // Let the editor take the new selection from the page before keys arrive.
  await block.page().waitForTimeout(50);
}

/**
 * Use to select words in the draft as a mouse drag would: the first place they occur, in
 * the whole text or only inside the block with `blockId`.
 */
export async function selectWords(page: Page, words: string, blockId?: string): Promise<void> {
  const found = await page.evaluate(
    ({ words, within }) => {
      const root = document.querySelector(within);
      if (!root) return false;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node as Text;
        const at = text.data.indexOf(words);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + words.length);
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return true;
      }
      return false;
    },
    {
      words,
      within: blockId ? `.standard-text [data-id="${blockId}"]` : '.standard-text',
    },
  );
  expect(found).toBe(true);
}
