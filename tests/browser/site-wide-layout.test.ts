// The published demo standard on a laptop and a desktop screen: its contents stand open in a
// sticky column beside the text (no click), jump to a clause, and mark the clause being read;
// on a phone and on paper the page is as before (contents folded above the text, no column).
// Built from the repository's demo release files; real server, real Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/site-axe.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { demoSite } from '../helpers/site-fixture.ts';

const STD = 'child-exploitation-identification';

let siteDir: string;
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  siteDir = demoSite().siteDir;
  server = await startTestServer({ ACCORD_SITE_DIR: siteDir });
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.dispose();
  await server?.dispose();
});

async function open(width: number, height: number, path = `/${STD}/`): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`${server.url}${path}`);
  return page;
}

/** The one "Contents" navigation landmark a reader (or a screen reader) finds. */
const contents = (page: Page) => page.getByRole('navigation', { name: 'Contents' });

/** Entries of the side contents marked as the clause being read. */
function currentEntries(page: Page): Promise<string[]> {
  return page
    .locator('#toc-side a[aria-current="true"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** Boxes of the side contents and of the standard's text, in viewport pixels. */
function columns(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const el = document.querySelector(selector);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width };
    };
    return { nav: box('#toc-side'), text: box('.standard-body') };
  });
}

describe('the demo standard on a wide screen', () => {
  it('shows the contents beside the text at 1366 × 768, without any click', async () => {
    const page = await open(1366, 768);
    // One landmark: the side column, open; the folded copy for phones is not displayed.
    await expect.poll(() => contents(page).count()).toBe(1);
    expect(await contents(page).getAttribute('id')).toBe('toc-side');
    expect(await page.locator('details:has(#toc-heading)').isVisible()).toBe(false);
    const link = contents(page).getByRole('link', { name: '7.2 Referral timelines' });
    expect(await link.isVisible()).toBe(true);

    const { nav, text } = await columns(page);
    if (!nav || !text) throw new Error('side contents or text missing');
    // Beside the text, on its left, and the text keeps a reading width (about 75 characters).
    expect(nav.right).toBeLessThanOrEqual(text.left);
    expect(nav.top).toBeLessThan(768);
    expect(text.width).toBeGreaterThanOrEqual(560);
    expect(text.width).toBeLessThanOrEqual(720);
    // Nothing runs past the right edge.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1366,
    );
    await page.close();
  });

  it('jumps to a clause from the contents, and marks the clause being read while scrolling', async () => {
    const page = await open(1366, 768);
    const nav = contents(page);
    await nav.getByRole('link', { name: '7.2 Referral timelines' }).click();
    expect(new URL(page.url()).hash).toBe('#c-referraltimelines');
    const heading = page.locator('#c-referraltimelines');
    await expect
      .poll(() => heading.evaluate((h) => Math.round(h.getBoundingClientRect().top)))
      .toBeLessThanOrEqual(40);
    await expect.poll(() => currentEntries(page)).toEqual(['#c-referraltimelines']);

    // Scrolling on (the wheel, as a reader does) until a later clause's heading reaches the
    // top of the screen: its entry becomes current.
    await page.mouse.move(900, 400); // over the text, not the contents
    const target = page.locator('#c-rolecps');
    const distance = await target.evaluate((h) => h.getBoundingClientRect().top - 20);
    for (let left = distance; left > 0; left -= 400) await page.mouse.wheel(0, Math.min(400, left));
    await expect
      .poll(() => target.evaluate((h) => Math.round(h.getBoundingClientRect().top)))
      .toBeLessThan(40);
    await expect.poll(() => currentEntries(page)).toEqual(['#c-rolecps']);

    // The column stayed in view (sticky), and so did the marked entry inside it.
    const { nav: box } = await columns(page);
    if (!box) throw new Error('side contents missing');
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeLessThanOrEqual(10);
    expect(box.bottom).toBeLessThanOrEqual(768);
    const entry = await nav.locator('a[href="#c-rolecps"]').boundingBox();
    if (!entry) throw new Error('marked entry not laid out');
    expect(entry.y).toBeGreaterThanOrEqual(box.top);
    expect(entry.y + entry.height).toBeLessThanOrEqual(box.bottom);

    // Back up to an earlier clause: the mark follows.
    await page.locator('#c-principles').evaluate((h) => h.scrollIntoView());
    await expect.poll(() => currentEntries(page)).toEqual(['#c-principles']);
    // The column, its marked entry and the text meet WCAG 2.2 AA.
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('keeps the skip link and the keyboard working, and a 1920 × 1080 screen the same', async () => {
    const page = await open(1920, 1080);
    expect(await contents(page).getAttribute('id')).toBe('toc-side');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    // From the main content, the contents come before the text, as on the screen.
    let inContents = false;
    for (let i = 0; i < 10 && !inContents; i++) {
      await page.keyboard.press('Tab');
      inContents = await page.evaluate(() => document.activeElement?.closest('#toc-side') != null);
    }
    expect(inContents).toBe(true);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe(focused);
    await page.close();
  });

  it('prints without the side column', async () => {
    const page = await open(1366, 768);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#toc-side').isVisible()).toBe(false);
    expect(await page.locator('.toc-fold').isVisible()).toBe(false);
    const { text } = await columns(page);
    const main = await page.locator('main').boundingBox();
    if (!text || !main) throw new Error('text missing');
    // The text starts at the page's left edge: no column kept for the contents.
    expect(Math.abs(text.left - main.x)).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('loads no script file and keeps its inline script small', () => {
    const html = readFileSync(join(siteDir, STD, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/);
    const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1] ?? '')
      .join('');
    // Table hints, permalink copying and the side contents' marks, gzip-compressed (was 636 B
    // before the side contents, 1,162 B with them).
    expect(gzipSync(inline).length).toBeLessThanOrEqual(1_200);
  });
});

describe('the demo standard on a phone (390 × 844)', () => {
  it('keeps the contents folded above the text, with no side column', async () => {
    const page = await open(390, 844);
    await expect.poll(() => contents(page).count()).toBe(1);
    expect(await contents(page).locator('summary').textContent()).toBe('Contents');
    expect(await page.locator('details:has(#toc-heading)').getAttribute('open')).toBeNull();
    expect(await page.locator('#toc-side').isVisible()).toBe(false);
    expect(
      await contents(page).getByRole('link', { name: '7.2 Referral timelines' }).isVisible(),
    ).toBe(false);
    // The text uses the screen's width, as before: no column kept for the contents.
    const { text } = await columns(page);
    if (!text) throw new Error('text missing');
    expect(text.left).toBeLessThanOrEqual(16);
    expect(text.width).toBeGreaterThanOrEqual(390 - 32 - 1);
    // Opening the contents and choosing a clause still jumps to it.
    await page.locator('#toc-heading').click();
    await contents(page).getByRole('link', { name: '7.2 Referral timelines' }).click();
    expect(new URL(page.url()).hash).toBe('#c-referraltimelines');
    await page.close();
  });
});
