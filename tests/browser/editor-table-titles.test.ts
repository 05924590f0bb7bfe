// Table titles in the draft: "Table 1 — title" above each table, numbered live like the
// published page, edited from the table's own button or the toolbar. Content is illustrative.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captioned, clause, doc, provision, table } from '../../model/builders.ts';
import { openDraft, openOneEditor, waitSaved, type OneEditor } from '../helpers/editor-setup.ts';

const withTables = () =>
  doc(
    clause('c-titles0001', 1, 'Referral'),
    provision('p-titles0001', 'statement', 'Table 1 gives the time limits.'),
    captioned(
      'Referral timelines',
      table('tb-titles0001', ['Situation', 'Within'], ['Immediate danger', 'At once']),
    ),
    clause('c-titles0002', 1, 'Contacts', 'annex'),
    table('tb-titles0002', ['Service', 'Contact'], ['Child helpline', '[to be completed]']),
  );

const headings = (page: Page) =>
  page.$$eval('.standard-text .table-heading-text', (els) =>
    els.map((el) => (el as HTMLElement).innerText.trim()),
  );

describe('editor: table titles', () => {
  let editor: OneEditor;
  let page: Page;

  beforeAll(async () => {
    editor = await openOneEditor('table-titles', withTables());
    page = editor.page;
  });
  afterAll(() => editor?.close());

  it('shows each table under its number and title, body tables 1, 2… and annex tables A.1…', async () => {
    await expect.poll(() => headings(page)).toEqual(['Table 1 — Referral timelines', 'Table A.1']);
    // The heading is not text of the draft: a table's cells are all its content.
    expect(
      await page.$eval('.standard-text .table-heading', (el) => el.getAttribute('contenteditable')),
    ).toBe('false');
  });

  it('gives a table a title from its own button, and keeps it after a reload', async () => {
    await page.getByRole('button', { name: 'Edit the title of Table A.1' }).click();
    const input = page.locator('dialog input#table-title');
    await expect.poll(() => input.inputValue()).toBe('');
    // Pasted text with a line break and a direction override stays one plain line.
    await input.fill('Contacts\u202E of the\tarea ');
    await page.locator('dialog button[type=submit]').click();
    await expect
      .poll(() => headings(page))
      .toEqual(['Table 1 — Referral timelines', 'Table A.1 — Contacts of the area']);
    await waitSaved(page);
    await openDraft(page, editor.server, 'table-titles');
    await expect
      .poll(() => headings(page))
      .toEqual(['Table 1 — Referral timelines', 'Table A.1 — Contacts of the area']);
  });

  it('edits the title of the table holding the caret from the toolbar; empty removes it', async () => {
    await page.click('.standard-text td >> text=At once');
    await page.locator('.toolbar [aria-label="Table title"]').click();
    const input = page.locator('dialog input#table-title');
    await expect.poll(() => input.inputValue()).toBe('Referral timelines');
    await input.fill('');
    await input.press('Enter');
    await expect
      .poll(() => headings(page))
      .toEqual(['Table 1', 'Table A.1 — Contacts of the area']);
    // Focus is back in the text, in the same cell.
    await page.keyboard.type('!');
    await expect
      .poll(() => page.$$eval('.standard-text td', (cells) => cells.map((c) => c.textContent)))
      .toContain('At once!');
  });

  it('keeps the title buttons out of the Tab order of the text', async () => {
    await page.click('.standard-text [data-id="p-titles0001"]');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.className ?? '');
    expect(focused).not.toContain('table-title-edit');
  });

  it('refers to a table by number, found by its number in the picker', async () => {
    await page.click('.standard-text [data-id="p-titles0001"]');
    await page.keyboard.press('End');
    await page.keyboard.type(' See ');
    await page.keyboard.press('Control+Alt+r');
    await page.fill('#crossref-search', 'table 1');
    await page.keyboard.press('Enter');
    const ref = page.locator('.standard-text [data-id="p-titles0001"] .cross-ref');
    await expect.poll(() => ref.innerText()).toBe('Table 1');
    expect(await ref.getAttribute('data-target')).toBe('tb-titles0001');
  });

  it('renumbers tables when one is inserted before them, and references follow', async () => {
    // The caret after the reference typed above, at the end of the provision.
    await page
      .locator('.standard-text [data-id="p-titles0001"]')
      .click({ position: { x: 2, y: 8 } });
    await page.keyboard.press('End');
    await page.locator('.toolbar [aria-label="Insert table"]').click();
    await expect
      .poll(() => headings(page))
      .toEqual(['Table 1', 'Table 2', 'Table A.1 — Contacts of the area']);
    await expect
      .poll(() => page.locator('.standard-text [data-id="p-titles0001"] .cross-ref').innerText())
      .toBe('Table 2');
  });
});
