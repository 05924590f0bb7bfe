import { describe, expect, it } from 'vitest';
import { clause, crossRef, doc, link, provision, table, taskList, text } from '../builders.ts';
import { sampleDocument } from '../sample.ts';
import { modelToHtml } from './index.ts';

describe('modelToHtml', () => {
  const html = modelToHtml(sampleDocument(), {
    marks: { 'p-indic00001': { status: 'new', version: '1.1' } },
  });

  it('gives clause headings and provisions their stable id, number and kind class', () => {
    expect(html).toContain(
      '<h3 class="clause clause--clause" id="c-indic00001"><span class="num">3.1</span> <span class="title">Indicators</span></h3>',
    );
    expect(html).toContain(
      '<p class="provision provision--requirement" id="p-indic00001"><span class="num">3.1.1</span>',
    );
    expect(html).toContain(
      '<p class="provision provision--note" id="p-indic00002"><span class="label">NOTE</span>',
    );
    expect(html).not.toContain('user-content-');
  });

  it('never nests a cross-reference link inside a link: the outer link skips it', () => {
    const guide = link('https://example.org/guide');
    const out = modelToHtml(
      doc(
        clause('c-aaaaaaaaaa', 1, 'Scope'),
        provision(
          'p-aaaaaaaaaa',
          'statement',
          text('see clause ', guide),
          { ...crossRef('c-aaaaaaaaaa'), marks: [guide] },
          text(' now.', guide),
        ),
      ),
    );
    expect(out).toContain(
      '<a href="https://example.org/guide">see clause </a><a href="#c-aaaaaaaaaa" class="xref">1</a><a href="https://example.org/guide"> now.</a>',
    );
  });

  it('shows change badges, cross-reference numbers, terms, checklists and header rows', () => {
    expect(html).toContain('<span class="badge badge--new">new in 1.1</span>');
    expect(html).toContain('<a href="#c-indic00001" class="xref">3.1</a>');
    expect(html).toContain(
      '<dt class="term-name"><span class="num">2.1</span> <dfn>child</dfn></dt><dt class="term-alt">minor</dt>',
    );
    expect(html).toContain(
      '<li class="checklist-item"><span class="checkbox" aria-hidden="true">☐</span>',
    );
    expect(html).toContain('<thead><tr><th scope="col">Role</th>');
    expect(html).toContain(
      '<span class="num">Annex A</span> <span class="annex-type">(informative)</span>',
    );
  });

  it('letters annexes and labels notes in the standard language', () => {
    const ru = modelToHtml(
      doc(
        clause('c-aaaaaaaaaa', 1, 'Контакты', 'annex'),
        provision('p-aaaaaaaaa1', 'note', 'Раз'),
        provision('p-aaaaaaaaa2', 'note', 'Два'),
      ),
      { lang: 'ru' },
    );
    expect(ru).toContain(
      '<span class="num">Приложение А</span> <span class="annex-type">(обязательное)</span>',
    );
    expect(ru).toContain('<span class="label">Примечание 2</span>');
  });

  it('drops unsafe links and escapes text', () => {
    const evil = modelToHtml(
      doc(
        provision(
          'p-aaaaaaaaaa',
          'statement',
          text('click', link('javascript:alert(1)')),
          ' <script>alert(1)</script> ',
          text('ok', link('mailto:lead@example.org')),
          crossRef('c-nowhere000'),
        ),
        table('tb-aaaaaaaaaa', ['<img src=x onerror=alert(1)>']),
        taskList('l-aaaaaaaaaa', 'x'),
      ),
    );
    expect(evil).not.toContain('javascript:');
    expect(evil).not.toContain('<script>');
    expect(evil).not.toContain('<img');
    expect(evil).toContain('&#x3C;script>');
    expect(evil).toContain('<a href="mailto:lead@example.org">ok</a>');
    expect(evil).toContain('<span class="xref xref--broken">?</span>');
  });

  it('can render flat, without sections, with another heading offset', () => {
    const flat = modelToHtml(doc(clause('c-aaaaaaaaaa', 1, 'X')), {
      sections: false,
      headingOffset: 0,
    });
    expect(flat).toBe(
      '<h1 class="clause clause--clause" id="c-aaaaaaaaaa"><span class="num">1</span> <span class="title">X</span></h1>',
    );
  });
});
