import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../site/lib/frontmatter.ts';
import { readReleases } from '../../site/lib/read-releases.ts';
import { removedTargets } from '../../site/lib/removed-targets.ts';
import { nestOutline } from '../../site/lib/toc.ts';
import { compareVersions } from '../../site/lib/version-order.ts';
import { fixtureStandardsDir } from '../helpers/site-fixture.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('release files as the site reads them', () => {
  it('splits the frontmatter from the Markdown body and validates it', () => {
    const ok = splitFrontmatter(
      '---\nslug: a-b\ntitle: "Title: with colon"\nversion: "1.10"\nlanguage: en\n---\n\n# Body\n',
    );
    expect(ok).toEqual({
      ok: true,
      frontmatter: { slug: 'a-b', title: 'Title: with colon', version: '1.10', language: 'en' },
      body: '\n# Body\n',
    });
    expect(splitFrontmatter('# no frontmatter\n').ok).toBe(false);
    expect(splitFrontmatter('---\nslug: a\nextra: x\n---\n').ok).toBe(false);
    expect(splitFrontmatter('---\nslug: a\ntitle: t\nversion: 1\nlanguage: en\n---\n').ok).toBe(
      false,
    );
  });

  it('orders versions numerically', () => {
    expect(['1.10', '1.9', '2.0', '1.2'].sort(compareVersions)).toEqual([
      '1.2',
      '1.9',
      '1.10',
      '2.0',
    ]);
  });

  it('reads every standard and version of the fixtures, oldest version first', () => {
    const standards = readReleases(fixtureStandardsDir);
    expect(standards.map((s) => [s.slug, s.versions.map((v) => v.meta.version)])).toEqual([
      ['fixture-first-conversations', ['1.0']],
      ['fixture-identification-referral', ['1.0', '1.1']],
    ]);
    expect(standards[1]?.versions[0]?.meta.supersededBy).toBe('1.1');
  });

  it('names the release that is malformed instead of dropping it', () => {
    const tmp = tempDir();
    dirs.push(tmp);
    cpSync(fixtureStandardsDir, tmp.path, { recursive: true });
    const meta = join(tmp.path, 'fixture-first-conversations/1.0/release.json');
    const json = JSON.parse(readFileSync(meta, 'utf8')) as Record<string, unknown>;
    writeFileSync(meta, JSON.stringify({ ...json, status: 'draft' }));
    expect(() => readReleases(tmp.path)).toThrow(/fixture-first-conversations\/1\.0.*status/);
    expect(readReleases(join(tmp.path, 'missing'))).toEqual([]);
  });
});

describe('site helpers', () => {
  it('lists ids removed since older versions with the version that removed them', () => {
    const v = (version: string, ids: string[]) => ({
      version,
      labels: new Map(ids.map((id) => [id, `label ${id}`])),
    });
    expect(
      removedTargets([v('1.0', ['a', 'b', 'c']), v('1.1', ['a', 'c', 'd']), v('1.2', ['a', 'd'])]),
    ).toEqual([
      { id: 'b', label: 'label b', lastVersion: '1.0', removedIn: '1.1' },
      { id: 'c', label: 'label c', lastVersion: '1.1', removedIn: '1.2' },
    ]);
  });

  it('nests the outline for the contents, up to a level', () => {
    const e = (id: string, level: number) => ({ id, number: id, title: id, level });
    const nested = nestOutline([e('1', 1), e('1.1', 2), e('1.1.1', 3), e('2', 1), e('2.1', 2)]);
    expect(nested.map((n) => [n.entry.id, n.children.map((c) => c.entry.id)])).toEqual([
      ['1', ['1.1']],
      ['2', ['2.1']],
    ]);
  });
});
