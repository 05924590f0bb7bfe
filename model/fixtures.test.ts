// Fixture folders: model/fixtures/<name>/input.json (+ options.json) → expected.md, expected.html.
// Run with UPDATE=1 to rewrite the expected outputs after an intended change.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { modelToHtml } from './html/index.ts';
import type { ToHtmlOptions } from './html/to-hast.ts';
import { markdownToModel, modelToMarkdown } from './markdown/index.ts';
import { parseModel } from './parse-model.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const update = process.env.UPDATE === '1';

function check(file: string, actual: string): void {
  if (update || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('fixtures', () => {
  for (const name of readdirSync(root)) {
    it(name, () => {
      const dir = join(root, name);
      const parsed = parseModel(JSON.parse(readFileSync(join(dir, 'input.json'), 'utf8')));
      if (!parsed.ok) throw new Error(parsed.error);
      const optionsFile = join(dir, 'options.json');
      const options = existsSync(optionsFile)
        ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as ToHtmlOptions)
        : {};
      const md = modelToMarkdown(parsed.doc, options);
      check(join(dir, 'expected.md'), md);
      check(join(dir, 'expected.html'), `${modelToHtml(parsed.doc, options)}\n`);
      const back = parseModel(markdownToModel(md));
      expect(back.ok && back.doc).toEqual(parsed.doc);
    });
  }
});
