// A version published with a future effective date: the built site keeps the version in force
// as current until that date, then shows the new one current and the old one superseded as of
// the new one's effective date. Real server, real SQLite, real site builds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayBefore, localDay } from '../../model/release-standing.ts';
import { createLogger } from '../../server/logger.ts';
import { replaceDraftContent } from '../../server/releases/restore-draft.ts';
import { rebuildSite } from '../../server/site/index.ts';
import type { Standard } from '../../server/accounts/standards.ts';
import { createWorld, fixture, type World } from '../fixtures/releases/world.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const SLUG = 'effective';
const base = `/standards/${SLUG}/releases`;
const tmp = tempDir('accord-site-effective-');
let world: World;
let standard: Standard;
let readToday: (path: string) => string;

// Dates relative to the real today, so the test means the same thing on any day.
const addDays = (days: number) => localDay(new Date(Date.now() + days * 86_400_000));
const past = addDays(-300);
const future = addDays(400);
const longDate = (day: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(day));

async function publish(version: string, body: Record<string, unknown>): Promise<void> {
  const created = await world.api('editor', 'POST', base, { version, ...body });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect((await world.api('admin', 'POST', `${base}/${version}/approve`)).status).toBe(200);
  expect((await world.api('admin', 'POST', `${base}/${version}/publish`)).status).toBe(200);
}

/** Build the site from the server's release files, for a given day (null: real today). */
async function build(name: string, today: string | null): Promise<(path: string) => string> {
  const siteDir = join(tmp.path, name);
  const before = process.env.ACCORD_SITE_TODAY;
  if (today) process.env.ACCORD_SITE_TODAY = today;
  try {
    const options = { standardsDir: world.standardsDir, siteDir, pdf: false };
    const result = await rebuildSite({ ...options, logger: createLogger('silent') });
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
  } finally {
    if (before === undefined) delete process.env.ACCORD_SITE_TODAY;
    else process.env.ACCORD_SITE_TODAY = before;
  }
  return (path) => readFileSync(join(siteDir, path), 'utf8');
}

beforeAll(async () => {
  world = await createWorld();
  standard = world.addStandard(SLUG, fixture('base'));
  await publish('1.0', {
    summary: 'How practitioners identify and refer children who may need protection.',
    changeNote: 'First version.',
    effectiveDate: past,
  });
  replaceDraftContent(world.server.store, standard.document, fixture('renumber'), null);
  await publish('1.1', {
    changeNote: 'Indicators reordered (illustrative).',
    effectiveDate: future,
    title: 'Online indicators update (illustrative)',
  });
}, 60_000);
afterAll(async () => {
  await world.dispose();
  tmp.remove();
});

describe('a version published before its effective date', () => {
  it('leaves the version in force current on every page; the new one is upcoming', async () => {
    const read = await build('today', null);
    readToday = read;
    const home = read('index.html');
    expect(home).toContain('Current version: 1.0');
    expect(home).toContain(
      `Version 1.1 has been published and comes into effect on ${longDate(future)}.`,
    );
    expect(home).toContain(`href="/${SLUG}/1.1/"`);

    const current = read(`${SLUG}/index.html`);
    expect(current).toContain('data-pagefind-meta="version:1.0"');
    expect(current).toMatch(/class="status status-in-force">\s*Current/);
    expect(current).not.toContain('superseded');
    expect(read(`${SLUG}/1.0/index.html`)).not.toContain('superseded');

    const upcoming = read(`${SLUG}/1.1/index.html`);
    expect(upcoming).toContain(
      `Version 1.1 has been published and comes into effect on ${longDate(future)}.`,
    );
    expect(upcoming).toContain('Until then, version 1.0 is in force.');
    expect(upcoming).toContain(`Comes into effect on ${longDate(future)}`);
    expect(upcoming).not.toContain('has been superseded');

    const history = read(`${SLUG}/history/index.html`);
    expect(history).toMatch(/Version 1\.1\s*<\/a>\s*<span class="status status-upcoming">Upcoming/);
    expect(history).toMatch(/Version 1\.0\s*<\/a>\s*<span class="status status-in-force">Current/);
    expect(history).not.toContain('Superseded');
  }, 240_000);

  it('once the date has come: 1.1 is current and 1.0 superseded as of 1.1’s effective date', async () => {
    const read = await build('later', future);
    expect(read('index.html')).toContain('Current version: 1.1');
    expect(read(`${SLUG}/index.html`)).toContain('data-pagefind-meta="version:1.1"');
    const old = read(`${SLUG}/1.0/index.html`);
    expect(old).toContain('Version 1.0 has been superseded. The current version is 1.1.');
    expect(old).toContain(`Superseded by version 1.1 with effect from ${longDate(future)}.`);
    // Wherever a permalink lands, and on every page of its PDF (the title is the footer).
    expect(old).toMatch(/class="stale-bar"[^>]*>\s*<strong>Superseded: version 1\.0<\/strong>/);
    expect(old).toMatch(/<title>[^<]+ — Version 1\.0 \(Superseded\)<\/title>/);
    // Up to the day before 1.1 took effect: the two ranges do not share a day.
    expect(old).toContain(`In effect from ${longDate(past)} to ${longDate(dayBefore(future))}`);
    expect(old).toContain(`Status as of ${longDate(future)}`);
    expect(read(`${SLUG}/index.html`)).not.toContain('stale-bar');
    expect(read(`${SLUG}/history/index.html`)).toMatch(
      /Version 1\.0\s*<\/a>\s*<span class="status status-superseded">Superseded/,
    );
  }, 240_000);

  it('the version in force says that a newer one was withdrawn, and why', async () => {
    const reason = 'Published before the consultation had closed (illustrative).';
    const withdrawn = await world.api('admin', 'POST', `${base}/1.1/withdraw`, { reason });
    expect(withdrawn.status).toBe(200);
    const current = (await build('later-withdrawn', null))(`${SLUG}/index.html`);
    expect(current).toContain(
      `Version 1.1 was withdrawn on ${longDate(localDay())}. Version 1.0 applies.`,
    );
    expect(current).toContain(`Reason: ${reason}`);
    // The link to the withdrawn version reads as words.
    expect(current).toMatch(/>Version 1\.1<\/a>/);
  }, 240_000);

  it('a withdrawn version says why and since when, where readers land', async () => {
    const reason = 'A referral step conflicts with new guidance (illustrative).';
    const withdrawn = await world.api('admin', 'POST', `${base}/1.0/withdraw`, { reason });
    expect(withdrawn.status).toBe(200);
    const read = await build('withdrawn', future);
    const old = read(`${SLUG}/1.0/index.html`);
    expect(old).toContain('Version 1.0 has been withdrawn.');
    expect(old).toContain(`Reason: ${reason}`);
    expect(old).toContain(`Withdrawn on ${longDate(localDay())}`);
    expect(old).not.toContain('In effect from');
    expect(old).toMatch(/<title>[^<]+ — Version 1\.0 \(Withdrawn\)<\/title>/);
    expect(old).toMatch(/class="stale-bar"[^>]*>\s*<strong>Withdrawn: version 1\.0<\/strong>/);
  }, 240_000);

  it('names the standard by its own title; the version title is only a subtitle of 1.1', () => {
    const meta = JSON.parse(
      readFileSync(join(world.standardsDir, SLUG, '1.1', 'release.json'), 'utf8'),
    ) as Record<string, unknown>;
    const title = standard.title;
    expect(meta.title).toBe(title);
    expect(meta.versionTitle).toBe('Online indicators update (illustrative)');
    const read = readToday;
    const home = read('index.html');
    expect(home).toContain(`>${title}</a>`);
    expect(home).not.toContain('Online indicators update');
    const v11 = read(`${SLUG}/1.1/index.html`);
    expect(v11).toContain(`<h1>${title}</h1>`);
    expect(v11).toMatch(/class="version-title"[^>]*>.*Online indicators update \(illustrative\)/s);
    expect(v11).toContain(`<title>${title} — Version 1.1</title>`);
    expect(read(`${SLUG}/history/index.html`)).toContain(
      `<title>Version history — ${title}</title>`,
    );
  });
});
