import type { Element } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { clause, doc, provision, table } from '../builders.ts';
import { modelToHtml } from './index.ts';
import { standardSanitizeSchema } from './sanitize-schema.ts';

const rows = (...cells: string[]): string[][] => [cells];

describe('tables in published HTML', () => {
  it('wraps each table in a focusable region named after its clause, kept by the sanitiser', () => {
    const html = modelToHtml(
      doc(
        clause('c-referral00', 1, 'Referral pathway'),
        clause('c-timelines0', 2, 'Referral timelines'),
        provision('p-timelines1', 'statement', 'Table 1 sets out who refers to whom.'),
        table('tb-timelines', ['Situation', 'Within'], ...rows('Danger', 'At once')),
      ),
    );
    expect(html).toContain(
      '<div class="table-wrap" role="region" aria-label="Table, 1.1 Referral timelines" tabindex="0"><table id="tb-timelines"><thead>',
    );
  });

  it('counts several tables in one clause, names annexes, front matter and early tables', () => {
    const html = modelToHtml(
      doc(
        table('tb-first0000', ['A']),
        clause('c-foreword00', 1, 'Foreword', 'front'),
        table('tb-front0000', ['B']),
        clause('c-contacts00', 1, 'Contacts', 'annex'),
        table('tb-annex0001', ['C']),
        table('tb-annex0002', ['D']),
      ),
    );
    const names = [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual([
      'Table',
      'Table, Foreword',
      'Table 1 of 2, Annex A Contacts',
      'Table 2 of 2, Annex A Contacts',
    ]);
  });

  it('names tables in the standard language and escapes clause titles', () => {
    const ru = modelToHtml(
      doc(clause('c-aaaaaaaaaa', 1, 'Сроки "направления"'), table('tb-aaaaaaaaaa', ['Кто'])),
      { lang: 'ru' },
    );
    expect(ru).toContain('aria-label="Таблица, 1 Сроки &#x22;направления&#x22;"');
  });

  it('the sanitiser keeps a region role and name on a div, and no other role', () => {
    const sanitize = unified().use(rehypeSanitize, standardSanitizeSchema).use(rehypeStringify);
    const div = (role: string): Element => ({
      type: 'element',
      tagName: 'div',
      properties: { role, ariaLabel: 'Table', tabIndex: 0, onFocus: 'alert(1)' },
      children: [],
    });
    const out = sanitize.stringify(
      sanitize.runSync({ type: 'root', children: [div('region'), div('button')] }),
    );
    expect(out).toBe(
      '<div role="region" aria-label="Table" tabindex="0"></div><div aria-label="Table" tabindex="0"></div>',
    );
  });
});
