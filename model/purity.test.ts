import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('model/ purity', () => {
  it('imports in Node without DOM globals', async () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const model = await import('./index.ts');
    expect(model.getStandardSchema().nodes.clause).toBeDefined();
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  });

  it('has no node:* imports and no DOM globals in non-test sources', () => {
    for (const file of sources(here)) {
      const text = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(text, file).not.toMatch(/from ['"]node:/);
      expect(text, file).not.toMatch(/(?<![\w/.-])(window|document|localStorage|navigator)\.\w/);
    }
  });
});
