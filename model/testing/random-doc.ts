// Seeded random documents for property tests (no dependency: a tiny PRNG).
import { mergeText } from '../markdown/marks.ts';
import type { ModelDoc, ModelMark, ModelNode } from '../types.ts';

/** Use to get a deterministic PRNG (mulberry32) returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words chosen to trip Markdown: emphasis and link syntax, directives, escapes, HTML, Cyrillic.
const WORDS = [
  'shall',
  'should',
  'may',
  'child',
  'referral',
  'the',
  'a',
  '4.2',
  'x*y',
  '_u_',
  '[b]',
  '(c)',
  '<d>',
  '`e`',
  '#f',
  'a:b',
  ':ref',
  '{g}',
  '\\',
  '~~h~~',
  '|',
  '1.',
  '-',
  '+',
  '!',
  '&amp;',
  'é',
  'Приложение',
  'ш',
  '*',
  '**',
  '_',
  '__',
  ']',
  '[',
  '>',
  '<',
  'www',
  '@',
  '"',
  "'",
  '=',
  '.',
  ',',
  ';',
  '?',
  '1)',
  '#',
  '&',
  '&#x20;',
  ':',
  '::',
  ':::',
  '~',
  '^',
  '[^1]',
];
const HREFS = [
  'https://example.org/a',
  'http://example.org/b?c=d&e=f',
  'mailto:lead@example.org',
  'https://example.org/(x)',
];

/** Options of the generator. */
export interface RandomDocOptions {
  maxBlocks?: number;
}

/** Use in property tests: a random, schema-valid document using every node type. */
export function randomDoc(rand: () => number, options: RandomDocOptions = {}): ModelDoc {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const chance = (p: number): boolean => rand() < p;
  let counter = 0;
  const id = (prefix: string): string | null =>
    chance(0.1) ? null : `${prefix}-${(counter++).toString(36).padStart(10, '0')}`;
  const clauseIds: string[] = [];

  const words = (min: number, max: number): string =>
    Array.from({ length: int(min, max) }, () => pick(WORDS)).join(' ');

  const inline = (max: number): ModelNode[] => {
    const nodes: ModelNode[] = [];
    for (let i = int(0, max); i > 0; i -= 1) {
      const marks: ModelMark[] = [];
      if (chance(0.15)) marks.push({ type: 'link', attrs: { href: pick(HREFS) } });
      if (chance(0.25)) marks.push({ type: 'bold' });
      if (chance(0.25)) marks.push({ type: 'italic' });
      const node: ModelNode = chance(0.15)
        ? {
            type: 'crossRef',
            attrs: { target: chance(0.8) && clauseIds.length ? pick(clauseIds) : 'c-missing000' },
          }
        : { type: 'text', text: words(1, 4) };
      if (marks.length) node.marks = marks;
      nodes.push(node);
    }
    return mergeText(nodes);
  };
  const withContent = (node: ModelNode, content: ModelNode[]): ModelNode =>
    content.length ? { ...node, content } : node;
  const paragraph = (allowEmpty: boolean): ModelNode => {
    const content = inline(4);
    return content.length || allowEmpty
      ? withContent({ type: 'paragraph' }, content)
      : { type: 'paragraph', content: [{ type: 'text', text: 'item' }] };
  };

  const list = (depth: number): ModelNode => {
    const type = pick(['bulletList', 'orderedList', 'taskList'] as const);
    const items = Array.from({ length: int(1, 3) }, () => {
      const content = [paragraph(false)];
      if (chance(0.2)) content.push(paragraph(false));
      if (depth < 2 && chance(0.25)) content.push(list(depth + 1));
      return type === 'taskList'
        ? { type: 'taskItem', attrs: { checked: chance(0.5) }, content }
        : { type: 'listItem', content };
    });
    const attrs: Record<string, unknown> = { id: id('l') };
    if (type === 'orderedList') attrs.start = chance(0.7) ? 1 : int(0, 20);
    return { type, attrs, content: items };
  };

  const table = (): ModelNode => {
    const cols = int(1, 3);
    const align = Array.from({ length: cols }, () => pick([null, 'left', 'center', 'right']));
    const rows = Array.from({ length: int(1, 3) }, (_, r) => ({
      type: 'tableRow',
      content: align.map((a) => ({
        type: r === 0 ? 'tableHeader' : 'tableCell',
        attrs: { align: a },
        content: [paragraph(true)],
      })),
    }));
    return {
      type: 'table',
      attrs: { id: id('tb'), caption: chance(0.5) ? null : words(1, 4) },
      content: rows,
    };
  };

  const blocks: ModelNode[] = [];
  for (let i = int(1, options.maxBlocks ?? 12); i > 0; i -= 1) {
    const r = rand();
    if (r < 0.25) {
      const clauseId = id('c');
      if (clauseId) clauseIds.push(clauseId);
      const kind = pick(['clause', 'clause', 'front', 'annex'] as const);
      blocks.push(
        withContent(
          {
            type: 'clause',
            attrs: {
              id: clauseId,
              level: int(1, 6),
              kind,
              annexType:
                kind === 'annex' || chance(0.1) ? pick(['normative', 'informative', null]) : null,
            },
          },
          inline(3),
        ),
      );
    } else if (r < 0.6) {
      const kind = pick([
        'requirement',
        'recommendation',
        'permission',
        'statement',
        'note',
        'example',
      ]);
      blocks.push(withContent({ type: 'provision', attrs: { id: id('p'), kind } }, inline(5)));
    } else if (r < 0.72) {
      blocks.push(
        withContent(
          {
            type: 'term',
            attrs: {
              id: id('t'),
              term: words(0, 3),
              alternatives: Array.from({ length: int(0, 2) }, () => words(1, 2)),
              source: chance(0.5) ? null : words(0, 3),
            },
          },
          inline(4),
        ),
      );
    } else if (r < 0.9) blocks.push(list(0));
    else blocks.push(table());
  }
  return { type: 'doc', content: blocks };
}
