import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PUBLIC_URL, fixtureSite, type FixtureSite } from '../helpers/site-fixture.ts';
import { pageWeight } from '../helpers/site-weight.ts';

const STD = 'fixture-identification-referral';
const OTHER = 'fixture-first-conversations';
let site: FixtureSite;
const read = (path: string) => readFileSync(join(site.siteDir, path), 'utf8');

beforeAll(() => {
  site = fixtureSite();
}, 300_000);

describe('the site built from fixture release files', () => {
  it('has every page type: home, current, each version, changes, history, search, 404', () => {
    for (const page of [
      'index.html',
      `${STD}/index.html`,
      `${STD}/1.0/index.html`,
      `${STD}/1.1/index.html`,
      `${STD}/1.0/changes/index.html`,
      `${STD}/1.1/changes/index.html`,
      `${STD}/history/index.html`,
      `${OTHER}/index.html`,
      'search/index.html',
      '404.html',
    ]) {
      expect(existsSync(join(site.siteDir, page)), page).toBe(true);
    }
    expect(existsSync(join(site.siteDir, 'site-manifest.json'))).toBe(false);
  });

  it('lists every standard on the home page with status, version and effective date', () => {
    const home = read('index.html');
    expect(home).toContain(`href="/${STD}/"`);
    expect(home).toContain(`href="/${OTHER}/"`);
    expect(home).toMatch(/Current version: 1\.1/);
    expect(home).toContain('June 15, 2026');
  });

  it('sets the page language from the standard', () => {
    expect(read(`${STD}/index.html`)).toMatch(/^<!DOCTYPE html><html lang="en"/);
  });

  it('marks superseded versions with a banner naming the current version', () => {
    const old = read(`${STD}/1.0/index.html`);
    expect(old).toContain('Version 1.0 has been superseded. The current version is 1.1.');
    expect(old).toContain(`data-current-link="/${STD}/"`);
    expect(read(`${STD}/index.html`)).not.toContain('has been superseded');
  });

  it('keeps a :target note for the clause removed in 1.1 on the current page', () => {
    const current = read(`${STD}/index.html`);
    expect(current).toMatch(
      /<p class="removed-target banner" id="c-paperforms">\s*Clause 6\.5 “Paper forms” of version 1\.0 was removed in version 1\.1\./,
    );
  });

  it('says what changed in 1.1, from the release diff, with the words that changed', () => {
    const changes = read(`${STD}/1.1/changes/index.html`);
    const section = (id: string) =>
      changes.slice(changes.indexOf(`id="changes-${id}"`)).split('</section>')[0] ?? '';
    expect(section('added')).toContain(`href="/${STD}/1.1/#c-onlineind"`);
    expect(section('added')).toContain('Provision 7.6.2');
    expect(section('amended')).toContain('Provision 7.2.1');
    expect(section('amended')).toContain(
      'police <ins><span class="visually-hidden">[added] </span>without delay and in any case </ins>within <del><span class="visually-hidden">[removed] </span>24</del><ins><span class="visually-hidden">[added] </span>four</ins> hours.',
    );
    expect(section('removed')).toContain(`href="/${STD}/1.0/#c-paperforms"`);
    expect(section('renumbered')).toContain('5.3 is now 5.4');
    expect(read(`${STD}/1.0/changes/index.html`)).toContain('This is the first version');
  });

  it('marks provisions new or amended in the current version', () => {
    const current = read(`${STD}/index.html`);
    expect(current).toMatch(
      /id="p-urgent1">.*?<span class="badge badge--amended"[^>]*>amended in 1\.1<\/span>/,
    );
    expect(current).toMatch(
      /id="c-onlineind">.*?<span class="badge badge--new"[^>]*>new in 1\.1<\/span>/,
    );
    expect(read(`${STD}/1.0/index.html`)).not.toContain('badge--');
  });

  it('prints a tagged PDF with an outline per version and lists it with its size', () => {
    const pdf = readFileSync(join(site.siteDir, `${STD}/1.1/${STD}-1.1.pdf`));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdf.toString('latin1');
    expect(text).toContain('/StructTreeRoot');
    expect(text).toContain('/Outlines');
    const kb = Math.round(pdf.length / 1000);
    expect(read(`${STD}/1.1/index.html`)).toContain(`(${kb} KB)`);
    expect(read(`${STD}/history/index.html`)).toContain(`(${kb} KB)`);
  });

  it('links a superseded version’s PDF to the public site, not to the address it was printed from', () => {
    const pdf = readFileSync(join(site.siteDir, `${STD}/1.0/${STD}-1.0.pdf`)).toString('latin1');
    const uris = [...pdf.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
    expect(uris).toContain(`${FIXTURE_PUBLIC_URL}/${STD}/`);
    expect(uris.filter((uri) => uri?.includes('127.0.0.1'))).toEqual([]);
  });

  it('indexes only the current version of each standard for search', () => {
    const fragments = readdirSync(join(site.siteDir, 'pagefind/fragment'));
    const urls = fragments
      .map((f) => readFileSync(join(site.siteDir, 'pagefind/fragment', f)))
      .map((bytes) => gunzipSync(bytes).toString('utf8'))
      .map((text) => (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url)
      .sort();
    expect(urls).toEqual([`/${OTHER}/`, `/${STD}/`]);
  });

  it('loads no script file on reading pages, and Pagefind only on the search page', () => {
    for (const page of [`${STD}/index.html`, `${STD}/1.0/index.html`, 'index.html']) {
      const html = read(page);
      expect(html, page).not.toMatch(/<script[^>]+src=/);
      expect(html, page).not.toContain('pagefind.js');
    }
    expect(read('search/index.html')).toMatch(/<script[^>]+src="\/_astro\/[^"]+\.js"/);
  });

  it('keeps a 40-clause standard within the frontline page-weight budgets', () => {
    const clauses = read(`${STD}/index.html`).match(/<h[2-6][^>]* id="c-/g) ?? [];
    expect(clauses.length).toBeGreaterThanOrEqual(40);
    const first = pageWeight(site.siteDir, `/${STD}/`);
    expect(first.total).toBeLessThanOrEqual(60_000);
    // The next page reuses the cached stylesheet: only its HTML travels.
    for (const next of [`/${STD}/1.0/`, `/${STD}/history/`, `/${OTHER}/`, '/']) {
      expect(pageWeight(site.siteDir, next).html, next).toBeLessThanOrEqual(20_000);
    }
  });
});
