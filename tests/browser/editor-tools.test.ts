import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE, fixtureStandard } from '../helpers/editor-fixture.ts';
import {
  blockText,
  buildEditorOnce,
  launchChromium,
  makeStandard,
  makeUser,
  openDraft,
  signInThroughPage,
  type TestUser,
} from '../helpers/editor-setup.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const outlineNumbers = (page: Page) =>
  page.$$eval('.outline-item', (items) =>
    items.map(
      (li) =>
        `${li.querySelector('.number')?.textContent ?? ''} ${li.querySelector('.title')?.textContent ?? ''}`,
    ),
  );

/** How many pixels of a screen area are not the page's white background. */
async function inkIn(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
): Promise<number> {
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) return -1;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let ink = 0;
    for (let i = 0; i < pixels.length; i += 4)
      if ((pixels[i] ?? 255) + (pixels[i + 1] ?? 255) + (pixels[i + 2] ?? 255) < 600) ink += 1;
    return ink;
  }, png);
}

describe('editor tools: outline moves, cross-reference picker, links, provision kinds', () => {
  let server: TestServer;
  let browser: Browser;
  let eve: TestUser;
  let page: Page;

  beforeAll(async () => {
    await buildEditorOnce();
    server = await startTestServer();
    browser = await launchChromium();
    eve = await makeUser(server, 'Eve Editor');
    makeStandard(server, 'tools', fixtureStandard(), [{ user: eve, role: 'editor' }]);
    const context = await browser.newContext();
    page = await signInThroughPage(context, server, eve);
    await openDraft(page, server, 'tools');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  // First in this file: nothing has been clicked in the text yet.
  it('waits for the caret: a block button pressed before it changes nothing and says why', async () => {
    const hint = page.locator('.toolbar-hint');
    const firstBlock = () => page.$eval('.standard-text > *', (el) => el.outerHTML);
    const before = await firstBlock();
    const note = page.locator('.toolbar [aria-label^="Note"]');
    expect(await note.getAttribute('aria-disabled')).toBe('true');
    // A tap still reaches a button marked disabled (Playwright would wait for it to enable).
    await note.click({ force: true });
    await expect
      .poll(() => hint.innerText())
      .toBe('First click in the text where the change should go.');
    expect(await firstBlock()).toBe(before);
    // Once the caret is in the text, the buttons work and the hint goes.
    await page.click('[data-id="p-prov0004"]');
    await expect.poll(() => note.getAttribute('aria-disabled')).toBe('false');
    expect(await hint.innerText()).toBe('');
  });

  it('moves a clause down with its content from the outline, and undo puts it back', async () => {
    // The outline is drawn shortly after the draft opens.
    await expect
      .poll(() => outlineNumbers(page))
      .toEqual([
        '1 Scope',
        '2 Normative references',
        '3 Terms and definitions',
        '4 Referral',
        '5 Records',
      ]);
    await page.click('button[aria-label="Move clause 4 Referral down"]');
    await expect
      .poll(() => outlineNumbers(page))
      .toEqual([
        '1 Scope',
        '2 Normative references',
        '3 Terms and definitions',
        '4 Records',
        '5 Referral',
      ]);
    // The provision of the clause moved with it and took its new number.
    expect(await page.getAttribute('[data-id="p-prov0004"]', 'data-number')).toBe('5.1');
    expect(await page.locator(`.cross-ref[data-target="${FIXTURE.clause4}"]`).innerText()).toBe(
      '5',
    );
    await page.click('[data-id="p-prov0005"]');
    await page.keyboard.press('Control+z');
    await expect.poll(() => outlineNumbers(page)).toContain('4 Referral');

    // Moving back and forth leaves nothing behind in the editor's Yjs-to-editor node cache
    // (it holds every block and text of the draft once; deleted copies must leave it).
    const cacheSize = () =>
      page.evaluate(() => {
        const dom = document.querySelector('.standard-text') as unknown as {
          editor: { state: Record<string, { binding: { mapping: Map<unknown, unknown> } }> };
        };
        return dom.editor.state['y-sync$']?.binding.mapping.size ?? -1;
      });
    const downAndUp = async () => {
      await page.click('button[aria-label="Move clause 4 Referral down"]');
      await expect.poll(() => outlineNumbers(page)).toContain('5 Referral');
      await page.click('button[aria-label="Move clause 5 Referral up"]');
      await expect.poll(() => outlineNumbers(page)).toContain('4 Referral');
    };
    // The first round trip fills in what the undo above left out of the cache.
    await downAndUp();
    const settled = await cacheSize();
    expect(settled).toBeGreaterThan(0);
    for (let i = 0; i < 3; i += 1) await downAndUp();
    expect(await cacheSize()).toBe(settled);
  });

  it('inserts a cross-reference picked by searching for a clause title', async () => {
    await page.click(`[data-id="${FIXTURE.provision1}"]`);
    await page.keyboard.press('End');
    await page.keyboard.type(' See ');
    await page.keyboard.press('Control+Alt+r');
    await page.fill('#crossref-search', 'record');
    await page.keyboard.press('Enter');
    await expect.poll(() => blockText(page, FIXTURE.provision1)).toContain('See 5');
    expect(
      await page
        .locator(`[data-id="${FIXTURE.provision1}"] .cross-ref`)
        .getAttribute('data-target'),
    ).toBe('c-clause0005');
  });

  it('refuses a javascript: link and accepts an https one', async () => {
    await page.click(`[data-id="p-prov0002"]`);
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Control+k');
    await page.fill('#link-href', 'javascript:alert(1)');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('dialog .message.error').innerText())
      .toContain('Only http, https and mailto');
    await page.fill('#link-href', 'https://example.org/guidance');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-id="p-prov0002"] a[href]').getAttribute('href'))
      .toBe('https://example.org/guidance');
  });

  it('links text around a cross-reference without putting a link inside the link', async () => {
    // p-prov0001 holds "See 5" from the cross-reference test above.
    await page.click(`[data-id="${FIXTURE.provision1}"]`);
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Control+k');
    await page.fill('#link-href', 'https://example.org/guide');
    await page.keyboard.press('Enter');
    const block = page.locator(`[data-id="${FIXTURE.provision1}"]`);
    await expect.poll(() => block.locator('a[href="https://example.org/guide"]').count()).toBe(1);
    // The cross-reference keeps its number and is not wrapped in the new link.
    expect(await block.locator('a[href] .cross-ref, .cross-ref a[href]').count()).toBe(0);
    expect(await block.locator('.cross-ref').innerText()).toBe('5');
    await page.keyboard.press('Control+z');
    await expect.poll(() => block.locator('a[href]').count()).toBe(0);
  });

  it('changes a provision’s kind with a toolbar button and shows the kind label', async () => {
    await page.click(`[data-id="p-prov0002"]`);
    await page.click('button[aria-label="Requirement (shall)"]');
    await expect
      .poll(() => page.getAttribute('[data-id="p-prov0002"]', 'data-kind'))
      .toBe('requirement');
    expect(await page.getAttribute('[data-id="p-prov0002"]', 'data-kind-label')).toBe('shall');
    await expect
      .poll(() => page.getAttribute('button[aria-label="Requirement (shall)"]', 'aria-pressed'))
      .toBe('true');
  });

  it('paints provision numbers left of the text and kind labels above it', async () => {
    // Each block is painted within a clip (content-visibility): a number drawn left of the
    // text, or a label above it, shows only if it lies inside the provision's own box.
    const text = await page.$eval('[data-id="p-prov0004"]', (el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const first = range.getClientRects()[0];
      const box = el.getBoundingClientRect();
      return { left: first?.left ?? 0, top: first?.top ?? 0, right: box.right };
    });
    const number = { x: text.left - 45, y: text.top, width: 20, height: 16 };
    const label = { x: text.right - 60, y: text.top - 15, width: 60, height: 12 };
    expect(await inkIn(page, number)).toBeGreaterThan(10);
    expect(await inkIn(page, label)).toBeGreaterThan(10);
  });

  it('Ctrl+Alt+P makes a provision a permission; Ctrl+Alt+M is left to comments', async () => {
    const kind = () => page.getAttribute('[data-id="p-prov0005"]', 'data-kind');
    await page.click('[data-id="p-prov0005"]');
    const before = await kind();
    // Ctrl+Alt+M is "comment" (as in common word processors): it must not retype the text.
    await page.keyboard.press('Control+Alt+KeyM');
    await page.waitForTimeout(200);
    expect(await kind()).toBe(before);
    await page.keyboard.press('Control+Alt+KeyP');
    await expect.poll(kind).toBe('permission');
  });

  it('Enter in an empty note leaves the note, as Enter in an empty list item leaves the list', async () => {
    await page.click('[data-id="p-prov0005"]');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Alt+KeyN');
    await page.keyboard.type('Illustrative note written at the keyboard.');
    const kindAtCaret = () =>
      page.evaluate(() => {
        const node = window.getSelection()?.anchorNode;
        const el = node instanceof Element ? node : node?.parentElement;
        return el?.closest('[data-type="provision"]')?.getAttribute('data-kind') ?? null;
      });
    await expect.poll(kindAtCaret).toBe('note');
    // The first Enter makes the next note; the second, in that empty note, leaves notes.
    await page.keyboard.press('Enter');
    expect(await kindAtCaret()).toBe('note');
    await page.keyboard.press('Enter');
    await expect.poll(kindAtCaret).toBe('statement');
    await page.keyboard.type('Back to ordinary text.');
    await expect
      .poll(() => page.locator('.standard-text p', { hasText: 'Back to ordinary text.' }).count())
      .toBe(1);
    // Nothing left behind: no empty note between the note and the new text.
    const kinds = await page.$$eval('.standard-text p[data-type="provision"]', (els) =>
      els.map((el) => `${el.getAttribute('data-kind') ?? ''}:${el.textContent ?? ''}`),
    );
    const at = kinds.findIndex((k) => k.endsWith('Illustrative note written at the keyboard.'));
    expect(kinds[at + 1]).toBe('statement:Back to ordinary text.');
  });

  it('leaves most of a tablet screen to the text: outline and panels folded, every tool in view', async () => {
    const tablet = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    try {
      const small = await signInThroughPage(tablet, server, eve);
      await openDraft(small, server, 'tools');
      const sizes = () =>
        small.evaluate(() => {
          const toolbar = document.querySelector('.toolbar');
          const tools = [...document.querySelectorAll('.toolbar button')];
          return {
            text: document.querySelector('.draft-text-wrap')?.getBoundingClientRect().height ?? 0,
            toolbar: toolbar?.getBoundingClientRect().height ?? 0,
            // No tool hidden off the side: every one lies inside the window.
            toolsOutside: tools.filter((b) => b.getBoundingClientRect().right > innerWidth).length,
            toolbarScrolls: toolbar ? toolbar.scrollWidth > toolbar.clientWidth : true,
            list: document.querySelector('.outline-list')?.getBoundingClientRect().height ?? 0,
            panels: document.querySelector('.side-panel')?.getBoundingClientRect().height ?? 0,
          };
        });
      const folded = await sizes();
      expect(folded.list).toBe(0);
      expect(folded.panels).toBe(0);
      expect(folded.toolsOutside).toBe(0);
      expect(folded.toolbarScrolls).toBe(false);
      expect(folded.toolbar).toBeLessThan(130);
      expect(folded.text).toBeGreaterThan(1024 * 0.5);
      await small.getByRole('button', { name: 'Outline' }).click();
      expect(
        await small.getByRole('button', { name: 'Outline' }).getAttribute('aria-expanded'),
      ).toBe('true');
      expect((await sizes()).list).toBeGreaterThan(0);
      const panelsToggle = small.locator('.panels-toggle');
      await panelsToggle.click();
      expect(await panelsToggle.getAttribute('aria-expanded')).toBe('true');
      expect((await sizes()).panels).toBeGreaterThan(0);
    } finally {
      await tablet.close();
    }
  });

  it('on a phone the draft fits the screen, with the comments fold button in view', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const small = await signInThroughPage(phone, server, eve);
      await openDraft(small, server, 'tools');
      // The header wraps to two rows here; the draft used to assume one (45 px).
      const fit = await small.evaluate(() => ({
        page: document.scrollingElement?.scrollHeight ?? 0,
        toggleBottom: document.querySelector('.panels-toggle')?.getBoundingClientRect().bottom ?? 0,
      }));
      // (A pixel of rounding; before the fix the page was 37 px taller than the screen.)
      expect(fit.page).toBeLessThanOrEqual(846);
      expect(fit.toggleBottom).toBeGreaterThan(0);
      expect(fit.toggleBottom).toBeLessThanOrEqual(844);
    } finally {
      await phone.close();
    }
  });

  it('says in words what the check found in the block at the caret', async () => {
    await page.click(`[data-id="${FIXTURE.provision1}"]`);
    await page.keyboard.press('End');
    const textTop = () =>
      page
        .locator(`[data-id="${FIXTURE.provision1}"]`)
        .evaluate((el) => Math.round(el.getBoundingClientRect().top));
    const before = await textTop();
    await page.keyboard.press('Enter');
    // A new, empty provision: the check runs after a short pause in typing.
    const note = page.locator('.finding-note');
    await expect.poll(() => note.innerText(), { timeout: 10_000 }).toContain('Empty provision');
    // The note's line was there already: the text did not move down.
    expect(await textTop()).toBe(before);
    // Only while writing: with the text unfocused (as when the draft opens) it says nothing.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect.poll(() => note.innerText()).toBe('');
    await page.focus('.ProseMirror');
    await expect.poll(() => note.innerText()).toContain('Empty provision');
    await page.keyboard.type('Practitioners record what the child said, in their words.');
    await expect.poll(() => note.innerText(), { timeout: 10_000 }).toBe('');
  });

  it('gives advice at the caret for a requirement without "shall", without marking the text', async () => {
    const block = page.locator('[data-id="p-prov0005"]');
    await block.click();
    // "Records should be kept securely." made a requirement: its wording does not say so.
    await page.keyboard.press('Control+Alt+KeyS');
    await expect.poll(() => block.getAttribute('data-kind')).toBe('requirement');
    const note = page.locator('.finding-note');
    await expect
      .poll(() => note.innerText(), { timeout: 10_000 })
      .toBe('Advice here: Requirement without "shall"');
    expect((await block.getAttribute('class')) ?? '').not.toMatch(/finding/);
  });

  it('Tab from the text goes on to the panels, not to the cross-references in the text', async () => {
    await page.click(`[data-id="${FIXTURE.provision1}"]`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return {
        inText: el?.closest('.standard-text') !== null,
        crossRef: el?.classList.contains('cross-ref') ?? false,
        tag: el?.tagName.toLowerCase() ?? null,
      };
    });
    expect(focused).toMatchObject({ inText: false, crossRef: false });
    expect(focused.tag).not.toBe('body');
  });

  it('opens the shortcut list at its start, with the comment and second redo keys', async () => {
    await page.click(`[data-id="p-prov0002"]`);
    await page.keyboard.press('Control+/');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain('Keyboard shortcuts');
    const text = await dialog.innerText();
    expect(text).toContain('Ctrl+Alt+M');
    expect(text).toContain('Ctrl+Y');
    // The first rows are in view: nothing scrolled the list to its Close button.
    const scrolled = await page.evaluate(() =>
      [...document.querySelectorAll('dialog, dialog *')].some((el) => el.scrollTop > 0),
    );
    expect(scrolled).toBe(false);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('closes the cross-reference picker with one Escape, even with a search typed', async () => {
    await page.click(`[data-id="p-prov0002"]`);
    await page.keyboard.press('Control+Alt+r');
    await page.fill('#crossref-search', 'rec');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog').count()).toBe(0);
    // Back in the text, where the picker was opened.
    expect(
      await page.evaluate(() => document.activeElement?.closest('.standard-text') !== null),
    ).toBe(true);
  });

  it('shows a term with its alternative terms and its source, as the standard prints them', async () => {
    await page.locator('[data-id="p-prov0002"]').click();
    await page.keyboard.press('Control+Alt+t');
    await page.fill('#term-term', 'child');
    await page.fill('#term-alternatives', 'minor, young person');
    await page.fill('#term-source', 'Illustrative model law, article 1');
    await page.locator('dialog button[type=submit]').click();
    // A provision made a term takes a term's id: find it by its term.
    const block = page.locator('.standard-text div[data-type="term"][data-term="child"]');
    await expect.poll(() => block.count()).toBe(1);
    // Number and preferred term in bold, alternatives in normal weight, the source after the
    // definition: the order and weights of a printed standard.
    await expect
      .poll(() => block.locator('.term-head').innerText())
      .toBe('2.1child\nminor\nyoung person');
    const weight = (selector: string) =>
      block
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).fontWeight);
    expect(await weight('.term-preferred')).toBe('700');
    expect(await weight('.term-alternative')).toBe('400');
    const order = await block.evaluate((el) => [...el.children].map((child) => child.className));
    expect(order).toEqual(['term-head', 'term-definition', 'term-source']);
    expect(await block.locator('.term-source').innerText()).toBe(
      '[SOURCE: Illustrative model law, article 1]',
    );
  });
});
