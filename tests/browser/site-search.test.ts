// Search results read as words: a term, its alternative terms and its definition are separate
// words, and UI text hidden from the reader ("#", "Link to Clause …", "new in 1.1" badges)
// stays out of result titles and snippets. Real site build, real server, real Chromium.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { fixtureSite } from '../helpers/site-fixture.ts';

let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

beforeAll(async () => {
  const site = fixtureSite();
  server = await startTestServer({ ACCORD_SITE_DIR: site.siteDir });
  browser = await launchBrowser();
  page = await browser.newPage();
}, 300_000);
afterAll(async () => {
  await browser?.dispose();
  await server?.dispose();
});

/** Search from the search page; the text of every result and sub-result as a reader sees it. */
async function search(query: string): Promise<{ titles: string[]; snippets: string[] }> {
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
  // A wait, not a speed check: the first search loads Pagefind, which is slow on a busy machine.
  await expect
    .poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
    .toMatch(/match|Nothing/);
  const titles = await page.locator('#search-results a').allTextContents();
  const snippets = await page.locator('#search-results p').allTextContents();
  return { titles, snippets };
}

describe('site search results', () => {
  it('finds an alternative term, with the term, alternative and definition as separate words', async () => {
    const { snippets } = await search('minor');
    expect(snippets.join('\n')).toContain('child minor any person under the age of 18 years');
  });

  it('separates a term from its definition in snippets', async () => {
    const { snippets } = await search('facilitated');
    expect(snippets.join('\n')).toContain(
      'online sexual exploitation sexual exploitation of a child that takes place',
    );
  });

  it('shows each snippet once: not again as the page’s own excerpt', async () => {
    for (const query of ['minor', 'referral', 'online', 'designated lead']) {
      const { snippets } = await search(query);
      expect(snippets.length, query).toBeGreaterThan(0);
      expect(new Set(snippets).size, query).toBe(snippets.length);
    }
  });

  it('keeps permalink names and change badges out of titles and snippets', async () => {
    const { titles, snippets } = await search('online');
    expect(titles.length).toBeGreaterThan(2);
    expect(titles).toContain('5.3 Online indicators');
    for (const text of [...titles, ...snippets]) {
      expect(text).not.toMatch(/#|Link to|new in 1\.1|amended in 1\.1/);
    }
  });

  it('says nothing matches rather than listing a fragment of the word asked', async () => {
    // Not in the standard; Pagefind alone falls back to prefixes and marks "in" or "safe".
    for (const query of ['interpreter', 'intercom', 'safegaurding']) {
      const { titles } = await search(query);
      expect(titles, query).toEqual([]);
      expect(await page.locator('#search-status').textContent()).toMatch(/Nothing/);
    }
    // A real word still finds its clauses.
    expect((await search('referral')).titles.length).toBeGreaterThan(0);
  });

  it('proposes the nearest words of the standard for a misspelled search, and follows it', async () => {
    const { titles } = await search('refferal exploitaton');
    expect(titles).toEqual([]);
    const suggestion = page.locator('#search-suggestion');
    await expect.poll(() => suggestion.textContent()).toBe('Did you mean referral exploitation?');
    await suggestion.getByRole('link').click();
    await page.waitForURL(/\?q=referral%20exploitation$/);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/match/);
    expect(await page.locator('#search-results a').count()).toBeGreaterThan(0);
    // A word far from every word of the text gets no guess.
    await search('interpreter');
    await page.waitForTimeout(300);
    expect(await suggestion.textContent()).toBe('');
  });

  it('links each hit to the provision, note or term with the words, titled by its clause', async () => {
    const STD = '/fixture-identification-referral/';
    for (const [query, clause, target] of [
      // 4.2.2, the second provision of 4.2: not the top of the clause.
      ['trusted adult', '4.2 Listening to the child', 'p-listen2'],
      // The NOTE after provision 4.1.1.
      ['blame', '4.1 The child’s best interests', 'p-best2'],
      // The admitted term of entry 3.2.
      ['minor', '3 Terms and definitions', 't-child'],
    ] as const) {
      await search(query);
      const hit = page.locator('#search-results ul a').first();
      expect(await hit.textContent(), query).toBe(clause);
      expect(await hit.getAttribute('href'), query).toBe(`${STD}#${target}`);
    }
    // Following the last one lands on the words, in sight.
    await search('trusted adult');
    await page.locator('#search-results ul a').first().click();
    await page.waitForURL(new RegExp(`${STD}#p-listen2$`));
    const target = page.locator(':target');
    expect(await target.getAttribute('id')).toBe('p-listen2');
    expect(await target.textContent()).toContain('trusted adult');
    await expect
      .poll(() => target.evaluate((el) => el.getBoundingClientRect().top))
      .toBeLessThan(page.viewportSize()?.height ?? 0);
  });

  it('finds a clause or provision by its number, first', async () => {
    const STD = '/fixture-identification-referral/';
    const first = () => page.locator('#search-results ul a').first();
    await search('7.2');
    expect(await page.locator('#search-status').textContent()).not.toMatch(/Nothing/);
    expect(await first().textContent()).toBe('7.2 Urgent referral');
    expect(await first().getAttribute('href')).toBe(`${STD}#c-urgent`);
    // The clause's provision follows, with the start of its text.
    const { titles, snippets } = await search('6.2');
    expect(titles.slice(1, 3)).toEqual(['6.2 Talking with the child', 'Provision 6.2.1']);
    expect(snippets.join('\n')).toMatch(/child/);
    await search('7.2.1');
    expect(await first().textContent()).toBe('Provision 7.2.1');
    expect(await first().getAttribute('href')).toBe(`${STD}#p-urgent1`);
    for (const query of ['Annex A', 'annex a']) {
      await search(query);
      expect(await first().textContent(), query).toBe('Annex A Indicator checklist');
    }
  });

  it('lists the clauses that answer the search best first, and shows all on request', async () => {
    // "child" is in nearly every clause: in document order 7.6 came far past the first eight.
    const { titles } = await search('child consent');
    expect(titles[1]).toBe('7.6 The child’s views and consent');

    await search('child');
    const standard = page.locator('#search-results > li', {
      has: page.locator('a[href="/fixture-identification-referral/"]'),
    });
    const items = standard.locator('ul li');
    const total = await items.count();
    expect(total).toBeGreaterThan(8);
    expect(await standard.locator('ul li:visible').count()).toBe(8);
    const more = standard.getByRole('button', { name: `Show all ${total} matching clauses` });
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await standard.locator('ul li:visible').count()).toBe(total);
    expect(await more.count()).toBe(0);
    // The focus goes to the first clause that was hidden, not back to the top.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      await items.nth(8).locator('a').textContent(),
    );
  });
});
