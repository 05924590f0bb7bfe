import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.ts';
import { rebuildSite } from '../../server/site/index.ts';
import { fixtureStandardsDir } from '../helpers/site-fixture.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const tmp = tempDir('accord-site-rebuild-');
afterAll(() => tmp.remove());

describe('rebuildSite', () => {
  it('rebuilds after a publish, shares one follow-up build between calls, swaps atomically', async () => {
    const standardsDir = join(tmp.path, 'standards');
    const siteDir = join(tmp.path, 'dist');
    cpSync(fixtureStandardsDir, standardsDir, { recursive: true });
    const options = { standardsDir, siteDir, logger: createLogger('silent'), pdf: false };

    const first = rebuildSite(options);
    // A release is published while the first build runs: version 1.1 of the small standard.
    const from = join(standardsDir, 'fixture-first-conversations/1.0');
    const to = join(standardsDir, 'fixture-first-conversations/1.1');
    cpSync(from, to, { recursive: true });
    const bump = (file: string, edit: (text: string) => string) =>
      writeFileSync(join(to, file), edit(readFileSync(join(to, file), 'utf8')));
    bump('standard.md', (t) => t.replace('version: "1.0"', 'version: "1.1"'));
    bump('release.json', (t) =>
      t
        .replace('"version": "1.0"', '"version": "1.1"')
        .replace('"previousVersion": null', '"previousVersion": "1.0"'),
    );
    const second = rebuildSite(options);
    const third = rebuildSite(options);
    expect(third).toBe(second);

    const [a, b] = await Promise.all([first, second]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(b.buildDir).not.toBe(a.buildDir);
    const page = readFileSync(join(siteDir, 'fixture-first-conversations/1.1/index.html'), 'utf8');
    expect(page).toContain('Version 1.1');
  }, 240_000);

  it('reports a failed build and keeps serving the previous site', async () => {
    const standardsDir = join(tmp.path, 'standards');
    const siteDir = join(tmp.path, 'dist');
    writeFileSync(join(standardsDir, 'fixture-first-conversations/1.1/release.json'), '{}');
    const before = readFileSync(join(siteDir, 'index.html'), 'utf8');
    const result = await rebuildSite({
      standardsDir,
      siteDir,
      logger: createLogger('silent'),
      pdf: false,
    });
    expect(result.ok).toBe(false);
    expect(readFileSync(join(siteDir, 'index.html'), 'utf8')).toBe(before);
  }, 240_000);
});
