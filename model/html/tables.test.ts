import type { Element } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { captioned, clause, crossRef, doc, provision, table } from '../builders.ts';
import { modelToHtml } from './index.ts';
import { standardSanitizeSchema } from './sanitize-schema.ts';

const rows = (...cells: string[]): string[][] => [cells];

describe('tables in published HTML', () => {
  it('numbers each table, shows its title as the caption and names its scroll region the same', () => {
    const html = modelToHtml(
      doc(
        clause('c-referral00', 1, 'Referral pathway'),
        clause('c-timelines0', 2, 'Referral timelines'),
        provision('p-timelines1', 'statement', 'Table 1 sets out who refers to whom.'),
        captioned(
          'Referral timelines',
          table('tb-timelines', ['Situation', 'Within'], ...rows('Danger', 'At once')),
        ),
      ),
    );
    expect(html).toContain(
      '<div class="table-wrap" role="region" aria-label="Table 1 — Referral timelines" tabindex="0"><table id="tb-timelines"><caption class="table-caption">Table 1 — Referral timelines</caption><thead>',
    );
  });

  it('links a cross-reference to a table by its number, so it never goes stale', () => {
    const html = modelToHtml(
      doc(
        clause('c-referral00', 1, 'Referral pathway'),
        provision('p-timelines1', 'statement', 'The limits are in ', crossRef('tb-timelines'), '.'),
        table('tb-earlier00', ['Contact'], ...rows('Helpline')),
        table('tb-timelines', ['Situation', 'Within'], ...rows('Danger', 'At once')),
      ),
    );
    expect(html).toContain('The limits are in <a href="#tb-timelines" class="xref">Table 2</a>.');
  });

  it('numbers tables through front matter and body, and afresh with the letter in each annex', () => {
    const html = modelToHtml(
      doc(
        table('tb-first0000', ['A']),
        clause('c-foreword00', 1, 'Foreword', 'front'),
        table('tb-front0000', ['B']),
        clause('c-scope00000', 1, 'Scope'),
        clause('c-scope00001', 2, 'Detail'),
        table('tb-body00000', ['C']),
        clause('c-contacts00', 1, 'Contacts', 'annex'),
        table('tb-annex0001', ['D']),
        clause('c-contacts01', 2, 'Regional contacts'),
        table('tb-annex0002', ['E']),
        clause('c-forms0000', 1, 'Forms', 'annex'),
        captioned('Referral form', table('tb-annexb001', ['F'])),
      ),
    );
    const names = [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual([
      'Table 1',
      'Table 2',
      'Table 3',
      'Table A.1',
      'Table A.2',
      'Table B.1 — Referral form',
    ]);
    const captions = [...html.matchAll(/<caption class="table-caption">([^<]*)</g)].map(
      (m) => m[1],
    );
    expect(captions).toEqual(names);
  });

  it('names tables in the standard language and escapes titles', () => {
    const ru = modelToHtml(
      doc(
        clause('c-aaaaaaaaaa', 1, 'Сроки'),
        clause('c-bbbbbbbbbb', 1, 'Контакты', 'annex'),
        captioned('Сроки "направления" <b>', table('tb-aaaaaaaaaa', ['Кто'])),
      ),
      { lang: 'ru' },
    );
    expect(ru).toContain('aria-label="Таблица А.1 — Сроки &#x22;направления&#x22; <b>"');
    expect(ru).toContain(
      '<caption class="table-caption">Таблица А.1 — Сроки "направления" &#x3C;b></caption>',
    );
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
