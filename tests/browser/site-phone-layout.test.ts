// The published demo standard on a 360 px phone, at 100 % and at 200 % text (both as page
// zoom, a 180 px wide layout, and as the browser's own text size, a 32 px default font), and
// on paper: checklist boxes sit on the line of their item, nothing runs past the screen's edge,
// and the searches of the user test find the clause asked for first.
// Built from the repository's demo release files; real server, real Chromium.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { demoSite } from '../helpers/site-fixture.ts';

const STD = 'child-exploitation-identification';

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

type Zoom = '100%' | '200% page' | '200% text';

/** A phone 360 × 740 at a zoom: page zoom halves the CSS width, text zoom doubles fonts. */
async function openOnPhone(path: string, zoom: Zoom): Promise<Page> {
  const page = await browser.newPage();
  const half = zoom === '200% page';
  await page.setViewportSize({ width: half ? 180 : 360, height: half ? 370 : 740 });
  if (zoom === '200% text') {
    // Chromium's own font-size setting (what a reader changes), not a style sheet override.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  }
  await page.goto(`${server.url}${path}`);
  return page;
}

/** Checklist items whose box is not on the line of the item's first line of text. */
function misplacedBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.checklist-item')].flatMap((item) => {
      const box = item.querySelector('.checkbox')?.getBoundingClientRect();
      const textNode = document
        .createTreeWalker(item, NodeFilter.SHOW_TEXT, {
          acceptNode: (n) =>
            n.parentElement?.closest('.checkbox') || !n.textContent?.trim()
              ? NodeFilter.FILTER_REJECT
              : NodeFilter.FILTER_ACCEPT,
        })
        .nextNode();
      if (!box || !textNode) return [`${item.textContent ?? ''}: no box or no text`];
      const range = document.createRange();
      range.selectNodeContents(textNode);
      const line = range.getClientRects()[0];
      if (!line) return [`${item.textContent ?? ''}: text not laid out`];
      const middle = (box.top + box.bottom) / 2;
      const onLine = middle > line.top && middle < line.bottom;
      const before = box.right <= line.left + 1;
      return onLine && before ? [] : [item.textContent?.trim() ?? ''];
    }),
  );
}

/** Elements whose right edge is past the viewport's, and the page's scroll width. */
function overflow(page: Page): Promise<{ scrollWidth: number; width: number; past: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const past = [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.right <= width + 0.5) return false;
        // Inside a sideways-scrolling table wrapper is the one place wide content belongs.
        return !el.closest('.table-wrap > *');
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.trim().slice(0, 40) ?? ''}`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, width, past };
  });
}

/**
 * Each terms-and-definitions entry with admitted terms: how its preferred term is set, and for
 * each admitted term how far its text starts from the preferred term's (px), whether it is on a
 * line below the term before it, and its weight.
 */
function termEntries(page: Page) {
  return page.evaluate(() => {
    const firstLine = (el: Element): DOMRect => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const line = range.getClientRects()[0];
      if (!line) throw new Error(`not laid out: ${el.textContent ?? ''}`);
      return line;
    };
    return [...document.querySelectorAll('.standard-body dl.term')]
      .filter((dl) => dl.querySelector('.term-alt'))
      .map((dl) => {
        const name = dl.querySelector('.term-name dfn');
        if (!name) throw new Error('no preferred term');
        const term = firstLine(name);
        let above = term.bottom;
        const alternatives = [...dl.querySelectorAll('dt.term-alt')].map((alt) => {
          const line = firstLine(alt);
          const ownLine = line.top >= above - 1;
          above = alt.getBoundingClientRect().bottom;
          return {
            offset: Math.round(line.left - term.left),
            ownLine,
            weight: getComputedStyle(alt).fontWeight,
          };
        });
        const style = getComputedStyle(name);
        return { weight: style.fontWeight, italic: style.fontStyle !== 'normal', alternatives };
      });
  });
}

describe('the demo standard on a phone', () => {
  it('sets admitted terms under the preferred term: own line, normal weight, same left edge', async () => {
    for (const zoom of ['100%', '200% text'] as const) {
      const page = await openOnPhone(`/${STD}/`, zoom);
      for (const media of ['screen', 'print'] as const) {
        await page.emulateMedia({ media });
        const entries = await termEntries(page);
        // 3.4 and 3.9 of the demo standard have an admitted term each.
        expect(entries.length, `${zoom} ${media}`).toBeGreaterThanOrEqual(2);
        for (const entry of entries) {
          expect(entry, `${zoom} ${media}`).toEqual({
            weight: '700',
            italic: false,
            alternatives: entry.alternatives.map(() => ({
              offset: 0,
              ownLine: true,
              weight: '400',
            })),
          });
        }
      }
      await page.close();
    }
  });

  it('puts each checklist box on the first line of its item, on screen and on paper', async () => {
    for (const zoom of ['100%', '200% page', '200% text'] as const) {
      const page = await openOnPhone(`/${STD}/`, zoom);
      expect(await page.locator('.checklist-item').count()).toBeGreaterThan(10);
      expect(await misplacedBoxes(page), zoom).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      expect(await misplacedBoxes(page), `${zoom} print`).toEqual([]);
      await page.close();
    }
  });

  it('lets nothing run past the right edge at 360 px, at 100 % and 200 % text', async () => {
    const paths = ['/', `/${STD}/`, `/${STD}/1.0/`, `/${STD}/history/`, '/search/?q=referral'];
    for (const zoom of ['100%', '200% page', '200% text'] as const) {
      for (const path of paths) {
        const page = await openOnPhone(path, zoom);
        // Contents open, as a reader opens it to pick a clause.
        await page.evaluate(() => {
          for (const d of document.querySelectorAll('details')) d.open = true;
        });
        const found = await overflow(page);
        expect(found.past, `${zoom} ${path}`).toEqual([]);
        expect(found.scrollWidth, `${zoom} ${path}`).toBeLessThanOrEqual(found.width);
        await page.close();
      }
    }
  });

  it('finds what the user test searched for, the clause asked for first', async () => {
    const page = await openOnPhone('/search/', '100%');
    const firstClauses = async (query: string): Promise<string[]> => {
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
      // A wait, not a speed check: Pagefind loads on the first search.
      await expect
        .poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
        .toMatch(/match|Nothing/);
      return page.locator('#search-results ul a').allTextContents();
    };
    expect((await firstClauses('7.2'))[0]).toBe('7.2 Referral timelines');
    expect((await firstClauses('6.2'))[0]).toBe('6.2 Responding to a disclosure');
    expect((await firstClauses('Annex A'))[0]).toBe('Annex A Referral form fields');
    expect((await firstClauses('child discloses online abuse'))[0]).toBe(
      '6.2 Responding to a disclosure',
    );
    await page.close();
  });
});
