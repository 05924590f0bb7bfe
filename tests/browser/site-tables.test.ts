// Tables of the published demo standard on a phone: readable, scrollable with a cue and the
// keyboard, and whole on paper. Built from the repository's demo release files.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { demoSite } from '../helpers/site-fixture.ts';

const STD = 'child-exploitation-identification';
const TABLE = '#tb-timelines';
const WRAP = `.table-wrap:has(> ${TABLE})`;

let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  server = await startTestServer({ ACCORD_SITE_DIR: demoSite().siteDir });
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.dispose();
  await server?.dispose();
});

async function openOnPhone(width: number, height: number): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`${server.url}/${STD}/`);
  await page.locator(TABLE).scrollIntoViewIfNeeded();
  return page;
}

/** Cells whose text does not fit them (letters cut off inside the cell). */
function clippedCells(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.table-wrap th, .table-wrap td')]
      .filter((cell) => cell.scrollWidth > cell.clientWidth)
      .map((cell) => cell.textContent ?? ''),
  );
}

/** A screenshot of a thin strip at one inner edge of the table's wrapper. */
async function edge(page: Page, side: 'left' | 'right'): Promise<Buffer> {
  const box = await page.locator(WRAP).boundingBox();
  if (!box) throw new Error('table wrapper not visible');
  const x = side === 'left' ? box.x + 1 : box.x + box.width - 7;
  return page.screenshot({ clip: { x, y: box.y + 1, width: 6, height: box.height - 2 } });
}

/** The same edge with the wrapper's background (the scroll cue) switched off. */
async function edgeWithoutCue(page: Page, side: 'left' | 'right'): Promise<Buffer> {
  const style = await page.addStyleTag({ content: '.table-wrap { background: none !important }' });
  const shot = await edge(page, side);
  await style.evaluate((el) => (el as Element).remove());
  return shot;
}

describe('Table 1 of the demo standard on a phone', () => {
  it.each([
    [360, 740],
    [390, 844],
  ])(
    'never clips letters in a cell at %i px, and the page itself does not scroll',
    async (w, h) => {
      const page = await openOnPhone(w, h);
      expect(await clippedCells(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        w,
      );
      await page.close();
    },
  );

  it('is a named, focusable region that the arrow keys scroll, with a shadow where more is', async () => {
    const page = await openOnPhone(360, 740);
    const wrap = page.locator(WRAP);
    // The precondition of this test: at 360 px the table is wider than the screen.
    const overflow = await wrap.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeGreaterThan(0);

    const region = page.getByRole('region', { name: 'Table 1 — Referral timelines' });
    expect(await region.locator(TABLE).count()).toBe(1);

    // More to the right: a shadow there, none on the left.
    expect((await edge(page, 'right')).equals(await edgeWithoutCue(page, 'right'))).toBe(false);
    expect((await edge(page, 'left')).equals(await edgeWithoutCue(page, 'left'))).toBe(true);

    // Keyboard users reach it with Tab from the sentence before it, and scroll it.
    await page.locator('a.permalink[href="#p-timelines1"]').focus();
    await page.keyboard.press('Tab');
    expect(await wrap.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await wrap.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    for (let i = 0; i < 20; i += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(() => wrap.evaluate((el) => el.scrollLeft)).toBe(overflow);

    // At the right end the shadow moves to the left edge.
    expect((await edge(page, 'right')).equals(await edgeWithoutCue(page, 'right'))).toBe(true);
    expect((await edge(page, 'left')).equals(await edgeWithoutCue(page, 'left'))).toBe(false);
    await page.close();
  });

  it('says “Scroll sideways to see all columns” above a table only while it is wider than the screen', async () => {
    const page = await openOnPhone(390, 844);
    const hintOf = (table: string) => page.locator(`.scroll-hint:has(+ .table-wrap > ${table})`);
    const hint = hintOf(TABLE);
    // At 390 px Table 1 is wider than the screen: the hint shows, right above it.
    expect(
      await page.locator(WRAP).evaluate((el) => el.scrollWidth - el.clientWidth),
    ).toBeGreaterThan(0);
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect(await hint.innerText()).toBe('Scroll sideways to see all columns →');
    const [hintBox, wrapBox] = await Promise.all([
      hint.boundingBox(),
      page.locator(WRAP).boundingBox(),
    ]);
    expect((wrapBox?.y ?? 0) - ((hintBox?.y ?? 0) + (hintBox?.height ?? 0))).toBeLessThan(12);
    // Table A.1 fits the same screen: no hint.
    const fits = hintOf('#tb-formfields');
    expect(
      await page
        .locator('.table-wrap:has(> #tb-formfields)')
        .evaluate((el) => el.scrollWidth - el.clientWidth),
    ).toBe(0);
    expect(await fits.count()).toBe(1);
    expect(await fits.isVisible()).toBe(false);
    // Turned sideways (or on a wider screen) Table 1 fits, and the hint goes; back, it returns.
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(() => hint.isVisible()).toBe(false);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => hint.isVisible()).toBe(true);
    // Paper does not scroll: no hint there.
    await page.emulateMedia({ media: 'print' });
    expect(await hint.isVisible()).toBe(false);
    await page.close();
  });

  it('prints the whole table, even on a page narrower than the table', async () => {
    const page = await openOnPhone(360, 740);
    await page.emulateMedia({ media: 'print' });
    const wrap = page.locator(WRAP);
    expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await wrap.evaluate((el) => getComputedStyle(el).backgroundImage)).toBe('none');
    const text = await wrap.evaluate((el) => (el as HTMLElement).innerText);
    expect(text).toContain('Within');
    expect(text).toContain('The same working day');
    await page.close();
  });
});
