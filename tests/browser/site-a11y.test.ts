import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/site-axe.ts';
import { fixtureSite } from '../helpers/site-fixture.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const STD = 'fixture-identification-referral';
const PAGES: [string, string][] = [
  ['home', '/'],
  ['current version', `/${STD}/`],
  ['superseded version', `/${STD}/1.0/`],
  ['removed-clause note', `/${STD}/#c-paperforms`],
  ['what changed', `/${STD}/1.1/changes/`],
  ['first version changes', `/${STD}/1.0/changes/`],
  ['history', `/${STD}/history/`],
  ['search with results', '/search/?q=referral'],
  ['not found', '/no-such-page/'],
];

let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  const site = fixtureSite();
  server = await startTestServer({ ACCORD_SITE_DIR: site.siteDir });
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.dispose();
  await server?.dispose();
});

describe('every page type, on a 320 px phone', () => {
  it('has no axe-core WCAG 2.2 AA violations and no sideways scrolling', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    for (const [name, path] of PAGES) {
      await page.goto(`${server.url}${path}`);
      if (path.startsWith('/search/')) await page.locator('#search-results li').first().waitFor();
      expect(await axeViolations(page), name).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(overflow, name).toBeLessThanOrEqual(320);
    }
    await page.close();
  });

  it('reads without any script file, and fetches Pagefind only on the search page', async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().includes('/pagefind/')) scripts.push(r.url());
    });
    for (const path of ['/', `/${STD}/`, `/${STD}/1.0/`, `/${STD}/history/`]) {
      await page.goto(`${server.url}${path}`);
    }
    expect(scripts).toEqual([]);
    await page.goto(`${server.url}/search/?q=referral`);
    await page.locator('#search-results li').first().waitFor();
    expect(scripts.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });
});
