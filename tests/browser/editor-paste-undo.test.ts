import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureStandard } from '../helpers/editor-fixture.ts';
import { draftBlocks, openOneEditor, type OneEditor } from '../helpers/editor-setup.ts';

/** Each top-level block as "tag.type: text", to tell provisions from list items. */
const blockKinds = (page: Page) =>
  page.$$eval('.standard-text > *', (els) =>
    els.map(
      (el) =>
        `${el.tagName.toLowerCase()}.${el.getAttribute('data-type') ?? ''}: ${(el as HTMLElement).innerText.trim()}`,
    ),
  );

/** Paste `text` as the clipboard's plain text where the caret is. */
const pastePlainText = (page: Page, text: string) =>
  page.evaluate((data) => {
    const clipboard = new DataTransfer();
    clipboard.setData('text/plain', data);
    document
      .querySelector('.ProseMirror')
      ?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }),
      );
  }, text);

describe('editor: a new provision and a paste are undoable, and pasted lines become provisions', () => {
  let editor: OneEditor;
  let page: Page;

  beforeAll(async () => {
    editor = await openOneEditor('paste-undo', fixtureStandard());
    page = editor.page;
  });
  afterAll(() => editor?.close());

  it('undoes the provision that Enter made', async () => {
    const before = await draftBlocks(page);
    await page.click('.standard-text [data-id="p-prov0002"]');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await draftBlocks(page)).length).toBe(before.length + 1);
    await page.keyboard.press('Control+z');
    // Before the fix the id given to the split-off provision took the split out of undo.
    await expect.poll(() => draftBlocks(page)).toEqual(before);
  });

  it('pastes lines as numbered provisions, not as a bulleted list, and undoes the paste', async () => {
    const before = await draftBlocks(page);
    await page.click('.standard-text [data-id="p-prov0002"]');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await pastePlainText(page, 'Plain line one.\nPlain line two.\n\nPlain para three.');
    await expect
      .poll(() => blockKinds(page))
      .toEqual(
        expect.arrayContaining([
          'p.provision: Plain line one.',
          'p.provision: Plain line two.',
          'p.provision: Plain para three.',
        ]),
      );
    expect(await page.$$('.standard-text > ul')).toHaveLength(0);
    // Each pasted line is a provision of clause 2 (after 2.1) with its own number.
    const numbers = await page.$$eval('.standard-text > p[data-type="provision"]', (els) =>
      els
        .filter((el) => (el as HTMLElement).innerText.trim().startsWith('Plain '))
        .map((el) => el.getAttribute('data-number')),
    );
    expect(numbers).toEqual(['2.2', '2.3', '2.4']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => draftBlocks(page)).toEqual(before);
  });
});
