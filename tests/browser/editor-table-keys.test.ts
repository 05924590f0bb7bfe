import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doc, provision, table, clause } from '../../model/builders.ts';
import { draftBlocks, openOneEditor, type OneEditor } from '../helpers/editor-setup.ts';

/** A draft that ends with a table, as an annex of contacts or timelines often does (illustrative). */
const endsWithTable = () =>
  doc(
    clause('c-tablekeys01', 1, 'Referral timelines'),
    provision('p-tablekeys01', 'statement', 'Table 1 gives the time limits.'),
    table(
      'tb-tablekeys1',
      ['Who refers', 'To whom'],
      ['Any practitioner', 'Police emergency service'],
      ['Teacher', 'Designated safeguarding lead'],
    ),
  );

const cellTexts = (page: Page) =>
  page.$$eval('.standard-text table td, .standard-text table th', (cells) =>
    cells.map((cell) => (cell as HTMLElement).innerText.trim()),
  );

describe('editor: the keyboard in and after tables', () => {
  let editor: OneEditor;
  let page: Page;

  beforeAll(async () => {
    editor = await openOneEditor('table-keys', endsWithTable());
    page = editor.page;
  });
  afterAll(() => editor?.close());

  it('Enter in a cell leaves the caret in that cell: the next cell is not typed into', async () => {
    await page.click('.standard-text td >> text=Any practitioner');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Q');
    await expect
      .poll(() => cellTexts(page))
      .toEqual([
        'Who refers',
        'To whom',
        'Any practitionerQ',
        'Police emergency service',
        'Teacher',
        'Designated safeguarding lead',
      ]);
  });

  it('offers no block changes inside a cell: those buttons are disabled there', async () => {
    const disabled = (label: string) =>
      page.$eval(`.toolbar [aria-label^="${label}"]`, (el) => el.getAttribute('aria-disabled'));
    await page.click('.standard-text td >> text=Teacher');
    await expect.poll(() => disabled('Requirement (shall)')).toBe('true');
    expect(await disabled('Clause heading, level 1')).toBe('true');
    await page.click('.standard-text [data-id="p-tablekeys01"]');
    await expect.poll(() => disabled('Requirement (shall)')).toBe('false');
  });

  it('Ctrl+End goes after a final table, where typing starts a new provision', async () => {
    await page.click('.standard-text [data-id="p-tablekeys01"]');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Added after the table.');
    await expect.poll(async () => (await draftBlocks(page)).at(-1)).toBe('Added after the table.');
    expect(
      await page.$eval('.standard-text > :last-child', (el) => el.getAttribute('data-type')),
    ).toBe('provision');
    // The table kept its text.
    expect((await cellTexts(page)).at(-1)).toBe('Designated safeguarding lead');
  });

  it('on a tablet, a table wider than the text scrolls sideways, so its last column is reached', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    // Beside the outline and the comments, the text keeps more than half of the screen.
    const textWidth = await page.$eval(
      '.draft-text-wrap',
      (el) => el.getBoundingClientRect().width,
    );
    expect(textWidth).toBeGreaterThan(1024 / 2);
    await page.click('.standard-text th >> text=To whom');
    await page.keyboard.press('End');
    const addColumn = page.locator('.toolbar [aria-label^="Add column to the right"]');
    for (const word of ['Timeframe', 'Recordkeeping', 'Confirmation', 'Reassessment']) {
      await addColumn.click();
      await page.keyboard.press('Tab');
      await page.keyboard.type(word);
    }
    await expect.poll(() => page.locator('.standard-text th').count()).toBe(6);
    const reach = await page.evaluate(() => {
      const wrapper = document.querySelector('.standard-text .tableWrapper');
      const last = [...(wrapper?.querySelectorAll('th') ?? [])].at(-1);
      if (!wrapper || !last) return null;
      last.scrollIntoView({ block: 'center', inline: 'center' });
      const box = last.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return {
        wider: wrapper.scrollWidth > wrapper.clientWidth,
        reached: hit !== null && last.contains(hit),
      };
    });
    expect(reach).toEqual({ wider: true, reached: true });
    await page.setViewportSize({ width: 1280, height: 720 });
  });
});
