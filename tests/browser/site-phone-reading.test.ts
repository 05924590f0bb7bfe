// The demo standard read on a 390 × 844 phone, from a user test with a police officer: a
// cross-reference ("see 9") is a link a finger can hit and a screen reader names in full, and
// the provision kinds wear the editor's colours (should blue, may green, shall red).
// Built from the repository's demo release files; real server, real Chromium with touch.
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../server/chromium.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { demoSite } from '../helpers/site-fixture.ts';

const STD = 'child-exploitation-identification';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ ACCORD_SITE_DIR: demoSite().siteDir });
  browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

/** A phone: 390 × 844, touch screen, mobile viewport. */
async function openOnPhone(path: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return page;
}

describe('a cross-reference on a phone', () => {
  it('is at least 24 × 24 px, tappable 44 px wide, and leaves the line’s height alone', async () => {
    const page = await openOnPhone(`/${STD}/`);
    const links = page.locator('.standard-body a.xref');
    const count = await links.count();
    expect(count).toBeGreaterThan(2);
    for (let i = 0; i < count; i += 1) {
      const link = links.nth(i);
      await link.evaluate((a) => a.scrollIntoView({ block: 'center' }));
      const found = await link.evaluate((a) => {
        const box = a.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        // Where a finger lands around the link: 20 px either side, 11 px above and below.
        const hits = [
          [x - 20, y],
          [x + 20, y],
          [x, y - 11],
          [x, y + 11],
        ].map(([px = 0, py = 0]) => document.elementFromPoint(px, py)?.closest('a') === a);
        const line = parseFloat(getComputedStyle(a.parentElement ?? a).lineHeight);
        return { text: a.textContent, width: box.width, height: box.height, hits, line };
      });
      expect(found.width, found.text ?? '').toBeGreaterThanOrEqual(24);
      expect(found.height, found.text ?? '').toBeGreaterThanOrEqual(24);
      expect(found.height, found.text ?? '').toBeLessThanOrEqual(found.line + 0.5);
      expect(found.hits, found.text ?? '').toEqual([true, true, true, true]);
    }

    // "see 9": a one-digit link, tapped beside its digit, goes to clause 9.
    const nine = page.locator('a.xref[href="#c-informationsharing"]').first();
    expect(await nine.textContent()).toBe('9');
    await nine.evaluate((a) => a.scrollIntoView({ block: 'center' }));
    const box = await nine.boundingBox();
    if (!box) throw new Error('no box for the link to clause 9');
    await page.touchscreen.tap(box.x + box.width / 2 + 18, box.y + box.height / 2);
    await expect.poll(() => new URL(page.url()).hash).toBe('#c-informationsharing');
    await page.context().close();
  });

  it('names the clause it points at, and looks like a link', async () => {
    const page = await openOnPhone(`/${STD}/`);
    const nine = page
      .getByRole('link', { name: 'Clause 9 “Information sharing”', exact: true })
      .first();
    expect(await nine.textContent()).toBe('9');
    expect(await nine.getAttribute('title')).toBe('Clause 9 “Information sharing”');
    const annex = page.locator('a.xref[href="#c-annexform"]').first();
    expect(await annex.getAttribute('aria-label')).toMatch(/^Annex A “.+”$/);
    const look = await nine.evaluate((a) => {
      const style = getComputedStyle(a);
      return {
        underline: style.textDecorationLine,
        color: style.color,
        background: style.backgroundColor,
      };
    });
    expect(look.underline).toContain('underline');
    expect(look.color).toBe('rgb(10, 79, 158)');
    expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
    await page.context().close();
  });
});

/** An "#rrggbb" or "rgb(r, g, b)" colour as [r, g, b]. */
function rgb(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (hex) return [1, 2, 3].map((i) => parseInt(hex[i] ?? '0', 16)) as [number, number, number];
  const parts = /rgb\((\d+), (\d+), (\d+)\)/.exec(colour);
  if (!parts) throw new Error(`not a colour: ${colour}`);
  return [1, 2, 3].map((i) => Number(parts[i])) as [number, number, number];
}

/** The hue family of a strong colour: the channel that dominates it. */
function family([r, g, b]: [number, number, number]): 'red' | 'green' | 'blue' {
  if (r > g && r > b) return 'red';
  return g > b ? 'green' : 'blue';
}

/** WCAG contrast ratio of a colour on white. */
function contrastOnWhite(colour: [number, number, number]): number {
  const [r = 0, g = 0, b = 0] = colour.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

describe('provision kinds on the site', () => {
  it('wear the editor’s colours: shall red, should blue, may green, readable on white', async () => {
    // The editor's own colours, read from its style sheet.
    const editorCss = readFileSync('editor/src/styles/app.css', 'utf8');
    const editorColour = (name: string) =>
      rgb(new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(editorCss)?.[1] ?? '');
    const page = await openOnPhone(`/${STD}/`);
    for (const [kind, word] of [
      ['requirement', 'shall'],
      ['recommendation', 'should'],
      ['permission', 'may'],
    ] as const) {
      const label = page.locator(`.provision--${kind} .kind-label`).first();
      const { color, border } = await label.evaluate((el) => ({
        color: getComputedStyle(el).color,
        border: getComputedStyle(el.closest('.provision') ?? el).borderLeftColor,
      }));
      expect(family(rgb(color)), `${kind} label`).toBe(family(editorColour(word)));
      expect(family(rgb(border)), `${kind} bar`).toBe(family(editorColour(word)));
      expect(contrastOnWhite(rgb(color)), kind).toBeGreaterThanOrEqual(4.5);
    }
    expect(family(editorColour('should'))).toBe('blue');
    expect(family(editorColour('may'))).toBe('green');
    await page.context().close();
  });
});
