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

/** Paste `html` as the clipboard's HTML where the caret is. */
const pasteHtml = (page: Page, html: string) =>
  page.evaluate((data) => {
    const clipboard = new DataTransfer();
    clipboard.setData('text/html', data);
    clipboard.setData('text/plain', 'x');
    document
      .querySelector('.ProseMirror')
      ?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }),
      );
  }, html);

/** Cut the whole block `id` (selected as a node) and return the clipboard's HTML. */
const cutBlock = (page: Page, id: string) =>
  page.evaluate((blockId) => {
    const root = document.querySelector('.ProseMirror') as unknown as {
      editor: {
        state: { doc: { forEach(f: (n: { attrs: { id?: string } }, pos: number) => void): void } };
        commands: { setNodeSelection(pos: number): boolean };
      };
    } & HTMLElement;
    let at = -1;
    root.editor.state.doc.forEach((node, pos) => {
      if (node.attrs.id === blockId) at = pos;
    });
    if (at < 0) throw new Error(`no block ${blockId}`);
    root.editor.commands.setNodeSelection(at);
    const clipboard = new DataTransfer();
    root.dispatchEvent(
      new ClipboardEvent('cut', { clipboardData: clipboard, bubbles: true, cancelable: true }),
    );
    return clipboard.getData('text/html');
  }, id);

const ids = (page: Page) =>
  page.$$eval('.standard-text > [data-id]', (els) => els.map((el) => el.getAttribute('data-id')));

describe('editor: pasted blocks keep their ids only when they come from this draft', () => {
  let editor: OneEditor;
  let page: Page;

  beforeAll(async () => {
    editor = await openOneEditor('paste-ids', fixtureStandard());
    page = editor.page;
  });
  afterAll(() => editor?.close());

  it('a cut and paste inside the draft moves the block with its id (its comments follow)', async () => {
    const html = await cutBlock(page, 'p-prov0005');
    expect(html).toContain('data-id="p-prov0005"');
    await expect.poll(() => ids(page)).not.toContain('p-prov0005');
    await page.click('.standard-text [data-id="p-prov0001"]');
    await page.keyboard.press('End');
    await pasteHtml(page, html);
    await expect.poll(() => ids(page)).toContain('p-prov0005');
  });

  it('blocks pasted from another draft or page get new ids', async () => {
    const foreign =
      '<h2 data-type="clause" data-level="2" data-id="c-aaaaaaaaaa">Pasted heading</h2>' +
      '<p data-type="provision" data-kind="requirement" data-id="p-bbbbbbbbbb">Pasted text.</p>';
    await page.click('.standard-text [data-id="p-prov0002"]');
    await page.keyboard.press('End');
    await pasteHtml(page, foreign);
    await expect.poll(async () => (await draftBlocks(page)).join('|')).toContain('Pasted text.');
    const now = await ids(page);
    expect(now).not.toContain('c-aaaaaaaaaa');
    expect(now).not.toContain('p-bbbbbbbbbb');
    // The pasted blocks did get ids of their own.
    const pasted = await page.$$eval('.standard-text > [data-id]', (els) =>
      els
        .filter((el) => (el as HTMLElement).innerText.includes('Pasted'))
        .map((el) => el.getAttribute('data-id')),
    );
    expect(pasted).toHaveLength(2);
  });
});

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

  it('undoes quickly typed lines one at a time: each Enter starts a new undo step', async () => {
    const before = await draftBlocks(page);
    await page.click('.standard-text [data-id="p-prov0002"]');
    await page.keyboard.press('End');
    // Typed without a pause, so the words and both new blocks fall within one capture window.
    await page.keyboard.type(' One.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Two.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Three.');
    await expect.poll(async () => (await draftBlocks(page)).length).toBe(before.length + 2);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await draftBlocks(page)).length).toBe(before.length + 1);
    expect((await draftBlocks(page)).join('|')).toContain('Two.');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
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
