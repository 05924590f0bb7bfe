// Before the first version of a standard takes effect, the home page and the standard's own
// page agree: no version is in force yet, and the first one takes effect on its date (the
// home page said "Current version: 1.0"). The fixture release files built for a day before
// every effective date (ACCORD_SITE_TODAY); real build, real server, real Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { fixtureSiteOn } from '../helpers/site-fixture.ts';

// 1.0 takes effect on 15 January 2026 and 1.1 on 15 June 2026 (the fixture's release.json);
// the other fixture standard's only version on 1 March 2026.
const TODAY = '2025-12-01';
const STD = 'fixture-identification-referral';
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  const { siteDir } = fixtureSiteOn(TODAY);
  server = await startTestServer({ ACCORD_SITE_DIR: siteDir });
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.dispose();
  await server?.dispose();
});

describe('a standard whose first version has not taken effect yet', () => {
  it('has no current version on the home page, as on its own page', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/`);
    const entry = page.locator('.standard-list > li', {
      has: page.locator(`a[href="/${STD}/"]`),
    });
    const facts = (await entry.locator('.facts').innerText()).replace(/\s+/g, ' ');
    expect(facts).toContain('Upcoming');
    expect(facts).toContain('No version in force yet');
    expect(facts).toContain('Version 1.0 takes effect on January 15, 2026');
    expect(facts).not.toContain('Current version');
    // The next version is announced as before.
    expect(await entry.innerText()).toContain(
      'Version 1.1 has been published and comes into effect on June 15, 2026.',
    );
    // No standard on the home page claims a current version.
    expect(await page.locator('main').innerText()).not.toContain('Current version');

    await entry.getByRole('link', { name: /Identifying and referring children/ }).click();
    expect(new URL(page.url()).pathname).toBe(`/${STD}/`);
    expect(await page.locator('main').innerText()).toContain(
      'No version of this standard is in effect yet.',
    );
    await page.close();
  });
});
