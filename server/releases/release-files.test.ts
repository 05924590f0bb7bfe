import { describe, expect, it } from 'vitest';
import { renderReleaseJson, renderStandardMarkdown, yamlScalar } from './release-files.ts';
import type { ReleaseRecord } from './release-rows.ts';

const release: ReleaseRecord = {
  id: 'r1',
  standardId: 's1',
  slug: 'child-exploitation-identification',
  version: '1.10',
  title: 'Identification and referral of children, including online',
  language: 'en',
  summary: 'What the standard covers.',
  changeNote: 'What changed.',
  effectiveDate: '2026-12-01',
  agencies: [{ code: 'MOI', name: 'Ministry (illustrative)', kind: 'government' }],
  contentHash: `sha256:${'a'.repeat(64)}`,
  status: 'published',
  createdAt: Date.UTC(2026, 10, 1),
  createdBy: 'u1',
  approvedAt: Date.UTC(2026, 10, 20, 10),
  approvedBy: 'u2',
  approvers: [{ name: 'Admin', agency: 'Ministry (illustrative)' }],
  publishedAt: Date.UTC(2026, 10, 21, 10),
  publishedBy: 'u2',
  previousVersion: '1.9',
  supersededBy: null,
  supersededAt: null,
  withdrawnAt: null,
  withdrawnBy: null,
  withdrawnReason: null,
};

describe('release.json', () => {
  it('has the documented keys in the documented order, pretty-printed with a newline', () => {
    const text = renderReleaseJson(release);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'slug',
      'title',
      'version',
      'language',
      'status',
      'summary',
      'changeNote',
      'effectiveDate',
      'approvedAt',
      'approvedBy',
      'publishedAt',
      'agencies',
      'previousVersion',
      'supersededBy',
      'supersededAt',
      'withdrawnAt',
      'withdrawnReason',
      'contentHash',
    ]);
    expect(text).toContain('\n  "approvedAt": "2026-11-20T10:00:00.000Z",\n');
  });

  it('is the same text for the same release, whatever order its fields were built in', () => {
    const shuffled = Object.fromEntries(Object.entries(release).reverse()) as ReleaseRecord;
    expect(renderReleaseJson(shuffled)).toBe(renderReleaseJson(release));
  });

  it('shows status facts as they change', () => {
    const withdrawn = renderReleaseJson({
      ...release,
      status: 'withdrawn',
      withdrawnAt: Date.UTC(2027, 0, 2),
      withdrawnReason: 'Replaced by law.',
    });
    expect(JSON.parse(withdrawn)).toMatchObject({
      status: 'withdrawn',
      withdrawnAt: '2027-01-02T00:00:00.000Z',
      withdrawnReason: 'Replaced by law.',
    });
  });

  it('refuses a release that was never published', () => {
    expect(() =>
      renderReleaseJson({ ...release, status: 'candidate', publishedAt: null }),
    ).toThrow();
  });
});

describe('the standard’s name and a version’s own title', () => {
  const standardTitle = 'Identification and referral of children, including online';

  it('names the standard by its title; a release titled otherwise keeps that as versionTitle', () => {
    const titled = { ...release, title: 'Online indicators update (illustrative)' };
    const json = JSON.parse(renderReleaseJson(titled, standardTitle)) as Record<string, unknown>;
    expect(json.title).toBe(standardTitle);
    expect(json.versionTitle).toBe('Online indicators update (illustrative)');
    expect(Object.keys(json).slice(0, 3)).toEqual(['slug', 'title', 'versionTitle']);
    expect(renderStandardMarkdown(titled, '# Scope\n', standardTitle)).toContain(
      `\ntitle: ${standardTitle}\n`,
    );
  });

  it('writes no versionTitle when the release carries the standard’s title', () => {
    expect(renderReleaseJson(release, standardTitle)).toBe(renderReleaseJson(release));
    expect(renderReleaseJson(release, standardTitle)).not.toContain('versionTitle');
  });
});

describe('standard.md frontmatter', () => {
  it('writes slug, title, version (quoted) and language, then the body', () => {
    expect(renderStandardMarkdown(release, '# Scope\n')).toBe(
      [
        '---',
        'slug: child-exploitation-identification',
        'title: Identification and referral of children, including online',
        'version: "1.10"',
        'language: en',
        '---',
        '',
        '# Scope',
        '',
      ].join('\n'),
    );
  });

  it('quotes titles YAML would misread', () => {
    for (const title of [
      'Scope: a title',
      'yes',
      '1.5',
      '"quoted"',
      '# not a comment',
      "it's",
      'x ',
    ]) {
      expect(yamlScalar(title)).toBe(JSON.stringify(title));
    }
    expect(yamlScalar('Идентификация детей, пострадавших от эксплуатации')).toBe(
      'Идентификация детей, пострадавших от эксплуатации',
    );
  });
});
