import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../server/chromium.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { fixtureSite } from '../helpers/site-fixture.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const STD = 'fixture-identification-referral';
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let noScript: Browser;

beforeAll(async () => {
  const site = fixtureSite();
  server = await startTestServer({ ACCORD_SITE_DIR: site.siteDir });
  browser = await launchBrowser();
  noScript = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs],
  });
}, 300_000);
afterAll(async () => {
  await noScript?.close();
  await browser?.dispose();
  await server?.dispose();
});

describe('a frontline reader', () => {
  it('goes home → standard → clause permalink → old version → same clause now → search', async () => {
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: /Identifying and referring children/ }).click();
    expect(new URL(page.url()).pathname).toBe(`/${STD}/`);

    // "Physical and health indicators" became 5.4 in 1.1 (a clause was added before it).
    const heading = page.locator('#c-health');
    expect(await heading.textContent()).toContain('5.4');
    await page.locator('a.permalink[href="#c-health"]').first().click();
    expect(new URL(page.url()).hash).toBe('#c-health');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${server.url}/${STD}/#c-health`,
    );
    expect(await page.locator('#copy-status').textContent()).toBe('Link copied');

    // Someone cited the old version: it says so, and links to the same clause in 1.1.
    await page.goto(`${server.url}/${STD}/1.0/#c-health`);
    expect(await page.locator('#c-health').textContent()).toContain('5.3');
    await expect
      .poll(() => page.getByRole('complementary').first().textContent())
      .toContain('Version 1.0 has been superseded. The current version is 1.1.');
    await page.getByRole('link', { name: 'Read the current version (1.1)' }).click();
    expect(page.url()).toBe(`${server.url}/${STD}/#c-health`);
    expect(await page.locator('#c-health').textContent()).toContain('5.4');

    // Search from the header form of a reading page; results carry clause numbers and land on
    // the words found: "hotel" is in the list of clause 5.7, not in its heading.
    await page.locator('#site-search').fill('hotel');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/search\/\?q=hotel/);
    const hit = page.locator(`#search-results a[href="/${STD}/#l-police"]`);
    await hit.waitFor();
    expect(await hit.textContent()).toContain('5.7');
    await hit.click();
    expect(page.url()).toBe(`${server.url}/${STD}/#l-police`);
    expect(await page.locator(':target').textContent()).toContain('hotel');
    await page.close();
  });

  it('keeps the old-version bar in sight on a phone, but not over a third of a 200 % text screen', async () => {
    // Where the bar is once a permalink has scrolled the page to a clause far down.
    const barAt = async (width: number, height: number) => {
      const page = await browser.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(`${server.url}/${STD}/1.0/#c-health`);
      const at = await page.evaluate(() => {
        const bar = document.querySelector('.stale-bar')?.getBoundingClientRect();
        const clause = document.querySelector('#c-health')?.getBoundingClientRect();
        return { top: bar?.top, bottom: bar?.bottom, clauseTop: clause?.top };
      });
      await page.close();
      return at;
    };
    // A phone at 100 %: the bar is pinned at the top, the clause just below it.
    const phone = await barAt(360, 740);
    expect(phone.top).toBe(0);
    expect(phone.bottom).toBeLessThan(740 / 6);
    expect(phone.clauseTop).toBeGreaterThanOrEqual((phone.bottom ?? 0) - 1);
    // The same phone at 200 % text is 180 × 370 CSS pixels: the bar stays at the top of the
    // page (the banner there says the same) and the clause gets the whole screen.
    const zoomed = await barAt(180, 370);
    expect(zoomed.bottom).toBeLessThanOrEqual(0);
    expect(zoomed.clauseTop).toBeLessThan(10);

    // There, the header's search box keeps the width of the screen: the button goes under it.
    const page = await browser.newPage();
    await page.setViewportSize({ width: 180, height: 370 });
    await page.goto(`${server.url}/`);
    const box = await page.locator('#site-search').boundingBox();
    expect(box?.width).toBeGreaterThan(180 * 0.7);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      180,
    );
    await page.close();
  });

  it('without JavaScript: reads, follows an old clause to 1.1, and learns a clause was removed', async () => {
    const context = await noScript.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/${STD}/1.0/#c-health`);
    // Each clause of an old version links to itself in the current version, with its number now.
    const now = page.locator(`.current-link a[href="/${STD}/#c-health"]`);
    expect(await now.textContent()).toBe('In the current version: 5.4');
    await now.click();
    expect(page.url()).toBe(`${server.url}/${STD}/#c-health`);

    const note = page.locator('#c-paperforms');
    expect(await note.isVisible()).toBe(false);
    await page.goto(`${server.url}/${STD}/#c-paperforms`);
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain(
      'Clause 6.5 “Paper forms” of version 1.0 was removed in version 1.1.',
    );
    await context.close();
  });
});
