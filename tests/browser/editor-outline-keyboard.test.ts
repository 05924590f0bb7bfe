// The draft outline by keyboard: one tab stop (a tree with a roving tabindex), arrows, Enter,
// Alt+Arrow moves, and focus that stays on the moved clause's control across redraws.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clause, doc, provision } from '../../model/builders.ts';
import type { ModelDoc } from '../../model/index.ts';
import {
  buildEditorOnce,
  launchChromium,
  makeStandard,
  makeUser,
  openDraft,
  signInThroughPage,
  waitSaved,
  type TestUser,
} from '../helpers/editor-setup.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const CLAUSES = 30;
const clauseId = (n: number): string => `c-topic${String(n).padStart(3, '0')}`;

/** Thirty short clauses, each with one provision (illustrative content). */
function longOutline(): ModelDoc {
  const blocks = [];
  for (let n = 1; n <= CLAUSES; n += 1) {
    blocks.push(clause(clauseId(n), 1, `Topic ${n}`));
    blocks.push(
      provision(`p-topic${String(n).padStart(3, '0')}`, 'statement', `Illustrative text ${n}.`),
    );
  }
  return doc(...blocks);
}

/** The outline's clause titles, top to bottom. */
const titles = (page: Page): Promise<string[]> =>
  page.$$eval('.outline-item .title', (els) => els.map((el) => el.textContent ?? ''));

/** Where the focus is: the outline clause it is in and which control, or the element's tag. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const item = el?.closest('.outline-item');
    if (!el || !item) return { clause: null, control: el?.tagName.toLowerCase() ?? null };
    const control = el === item ? 'item' : (el.className.split(' ')[0] ?? '');
    return { clause: item.getAttribute('data-clause-id'), control };
  });

/**
 * Lets the draft's deferred work run after a change: saving, then the check of the draft
 * (0.7 s after the last edit), which redraws the outline. Focus was lost at that redraw.
 */
async function settle(page: Page): Promise<void> {
  await waitSaved(page);
  await page.waitForTimeout(1500);
}

describe('the draft outline by keyboard', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let eve: TestUser;
  let page: Page;

  beforeAll(async () => {
    await buildEditorOnce();
    server = await startTestServer();
    browser = await launchChromium();
    eve = await makeUser(server, 'Eve Editor');
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await signInThroughPage(context, server, eve);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  const open = async (slug: string): Promise<void> => {
    makeStandard(server, slug, longOutline(), [{ user: eve, role: 'editor' }]);
    await openDraft(page, server, slug);
    await expect.poll(() => titles(page).then((list) => list.length)).toBe(CLAUSES);
  };

  it('keeps focus on the move button of the moved clause, and says so politely', async () => {
    await open('outline-focus');
    const button = (n: number, direction: 'up' | 'down') =>
      page.locator(`.outline-item[data-clause-id="${clauseId(n)}"] .move-${direction}`);

    await button(2, 'down').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await titles(page)).indexOf('Topic 2')).toBe(2);
    await settle(page);
    expect(await focused(page)).toEqual({ clause: clauseId(2), control: 'move-down' });
    const status = page.locator('.outline [role="status"]');
    expect(await status.innerText()).toContain('3 Topic 2');

    // Enter again keeps moving the same clause.
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await titles(page)).indexOf('Topic 2')).toBe(3);
    await settle(page);
    expect(await focused(page)).toEqual({ clause: clauseId(2), control: 'move-down' });
    expect(await status.innerText()).toContain('4 Topic 2');

    // A mouse click does the same.
    await button(2, 'up').click();
    await expect.poll(async () => (await titles(page)).indexOf('Topic 2')).toBe(2);
    await settle(page);
    expect(await focused(page)).toEqual({ clause: clauseId(2), control: 'move-up' });

    // Moved to the end, the clause cannot go further down: its button says so and keeps focus.
    await button(29, 'down').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await titles(page)).at(-1)).toBe('Topic 29');
    await settle(page);
    expect(await focused(page)).toEqual({ clause: clauseId(29), control: 'move-down' });
    expect(await button(29, 'down').getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('Enter');
    await settle(page);
    expect((await titles(page)).at(-1)).toBe('Topic 29');
    expect(await focused(page)).toEqual({ clause: clauseId(29), control: 'move-down' });
  });

  it('is one tab stop before the text, and usable with arrows, Enter and Alt+arrows', async () => {
    await open('outline-tabs');
    // From the top of a freshly loaded page to the text, by Tab alone.
    await page.reload();
    await page.waitForSelector('.status[data-state="saved"]', { timeout: 60_000 });
    await expect.poll(() => titles(page).then((list) => list.length)).toBe(CLAUSES);
    const inText = () =>
      page.evaluate(() => document.activeElement?.classList.contains('standard-text') ?? false);
    let presses = 0;
    while (!(await inText()) && presses < 200) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await inText()).toBe(true);
    expect(presses).toBeLessThan(15);

    // The outline is a labelled tree; Shift+Tab from the text lands on its current clause.
    const tree = page.getByRole('tree', { name: 'Outline' });
    expect(await tree.count()).toBe(1);
    expect(await page.getByRole('treeitem').count()).toBe(CLAUSES);
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toEqual({ clause: clauseId(1), control: 'item' });
    expect(await page.locator('.outline [tabindex="0"]').count()).toBe(1);

    // Arrows go through the clauses, Home and End to the ends.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toEqual({ clause: clauseId(3), control: 'item' });
    await page.keyboard.press('End');
    expect(await focused(page)).toEqual({ clause: clauseId(CLAUSES), control: 'item' });
    await page.keyboard.press('Home');
    expect(await focused(page)).toEqual({ clause: clauseId(1), control: 'item' });
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toEqual({ clause: clauseId(1), control: 'item' });

    // Alt+ArrowDown / Alt+ArrowUp move the focused clause; focus stays on it.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => (await titles(page)).indexOf('Topic 3')).toBe(3);
    await settle(page);
    expect(await focused(page)).toEqual({ clause: clauseId(3), control: 'item' });
    expect(await page.locator('.outline [role="status"]').innerText()).toContain('4 Topic 3');
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => (await titles(page)).indexOf('Topic 3')).toBe(1);
    await settle(page);
    expect(await focused(page)).toEqual({ clause: clauseId(3), control: 'item' });

    // Enter jumps: the caret goes to the start of that clause in the text.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(inText).toBe(true);
    const caretBlock = () =>
      page.evaluate(() => {
        const node = window.getSelection()?.anchorNode ?? null;
        const el = node instanceof Element ? node : (node?.parentElement ?? null);
        return el?.closest('[data-id]')?.getAttribute('data-id') ?? null;
      });
    expect(await caretBlock()).toBe(clauseId(2));
    // Back into the outline with Shift+Tab: on the clause where the caret is.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toEqual({ clause: clauseId(2), control: 'item' });
  });

  it('goes to sub-clauses with Right and back with Left; a reader cannot move clauses', async () => {
    const rita = await makeUser(server, 'Rita Reviewer');
    makeStandard(
      server,
      'outline-levels',
      doc(
        clause('c-levels01', 1, 'Scope'),
        provision('p-levels01', 'statement', 'Illustrative scope.'),
        clause('c-levels02', 1, 'Referral'),
        clause('c-levels03', 2, 'Within a day'),
        provision('p-levels03', 'requirement', 'Illustrative requirement.'),
        clause('c-levels04', 2, 'Records'),
        provision('p-levels04', 'recommendation', 'Illustrative recommendation.'),
      ),
      [{ user: rita, role: 'reviewer' }],
    );
    const own = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const reader = await signInThroughPage(own, server, rita);
      await openDraft(reader, server, 'outline-levels');
      await expect
        .poll(() => titles(reader))
        .toEqual(['Scope', 'Referral', 'Within a day', 'Records']);
      expect(await reader.locator('.outline .move-down').count()).toBe(0);
      const sub = reader.getByRole('treeitem', { name: '2.1 Within a day' });
      expect(await sub.getAttribute('aria-level')).toBe('2');

      await reader.focus('.outline-item[tabindex="0"]');
      expect(await focused(reader)).toEqual({ clause: 'c-levels01', control: 'item' });
      await reader.keyboard.press('ArrowRight'); // Scope has no sub-clause: stays
      expect(await focused(reader)).toEqual({ clause: 'c-levels01', control: 'item' });
      await reader.keyboard.press('ArrowDown');
      await reader.keyboard.press('ArrowRight');
      expect(await focused(reader)).toEqual({ clause: 'c-levels03', control: 'item' });
      await reader.keyboard.press('ArrowDown');
      await reader.keyboard.press('ArrowLeft');
      expect(await focused(reader)).toEqual({ clause: 'c-levels02', control: 'item' });
      await reader.keyboard.press('Alt+ArrowDown');
      expect(await titles(reader)).toEqual(['Scope', 'Referral', 'Within a day', 'Records']);
      expect(await focused(reader)).toEqual({ clause: 'c-levels02', control: 'item' });
    } finally {
      await own.close();
    }
  });

  it('undoes and redoes a move with Ctrl+Z and Ctrl+Shift+Z without leaving the outline', async () => {
    await open('outline-undo');
    await page.focus(`.outline-item[data-clause-id="${clauseId(1)}"]`);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => (await titles(page)).indexOf('Topic 1')).toBe(1);
    await settle(page);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await titles(page)).indexOf('Topic 1')).toBe(0);
    expect((await focused(page)).clause).not.toBeNull();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await titles(page)).indexOf('Topic 1')).toBe(1);
  });
});
