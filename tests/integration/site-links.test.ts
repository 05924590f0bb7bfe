// Every link with a fragment on every page of the built site lands on an element with that id
// on its target page. Two builds of the fixture standards: the usual one (1.1 in force, 1.0
// superseded) and one dated before 1.1's effective date (1.0 in force, 1.1 upcoming), where a
// clause new in 1.1 has no place to point at on the current page. Real site builds.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.ts';
import { rebuildSite } from '../../server/site/index.ts';
import { fixtureSite, fixtureStandardsDir } from '../helpers/site-fixture.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const STD = 'fixture-identification-referral';
const tmp = tempDir('accord-site-links-');
afterAll(() => tmp.remove());

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"');

/** Fragment links whose target page lacks the id: "page → href". */
function brokenFragments(siteDir: string): { checked: number; broken: string[] } {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> | null => {
    if (!existsSync(file)) return null;
    let found = ids.get(file);
    if (!found) {
      const html = readFileSync(file, 'utf8');
      found = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1] ?? '')));
      ids.set(file, found);
    }
    return found;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const file of htmlFiles(siteDir)) {
    const page = `/${relative(siteDir, file).replace(/index\.html$/, '')}`;
    const base = new URL(page, 'http://site.test');
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\shref="([^"]*#[^"]*)"/g)) {
      const href = decode(m[1] ?? '');
      const url = new URL(href, base);
      if (url.origin !== base.origin || url.hash.length <= 1) continue;
      const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
      const target = idsOf(join(siteDir, path));
      checked += 1;
      if (!target?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page} → ${href}`);
    }
  }
  return { checked, broken };
}

describe('fragment links of the built site', () => {
  it('all resolve when the newest version is in force', () => {
    const { checked, broken } = brokenFragments(fixtureSite().siteDir);
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  }, 300_000);

  it('all resolve while a newer version is upcoming; its new clauses say so without a link', async () => {
    const siteDir = join(tmp.path, 'upcoming');
    const before = process.env.ACCORD_SITE_TODAY;
    process.env.ACCORD_SITE_TODAY = '2026-06-01';
    try {
      const options = { standardsDir: fixtureStandardsDir, siteDir, pdf: false };
      const result = await rebuildSite({ ...options, logger: createLogger('silent') });
      expect(result.ok, result.ok ? '' : result.message).toBe(true);
    } finally {
      if (before === undefined) delete process.env.ACCORD_SITE_TODAY;
      else process.env.ACCORD_SITE_TODAY = before;
    }
    const { checked, broken } = brokenFragments(siteDir);
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
    // 1.1's new online indicators clause is not in 1.0, the version in force: plain words.
    const upcoming = readFileSync(join(siteDir, STD, '1.1/index.html'), 'utf8');
    expect(upcoming).toMatch(/<p class="current-link"[^>]*>Not in the current version<\/p>/);
  }, 300_000);
});
