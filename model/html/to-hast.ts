// Model JSON → hast (HTML syntax tree) for the published site and exports.
import type { Element, ElementContent, Root, Properties } from 'hast';
import { isSafeHref } from '../href.ts';
import { labelsFor, type ModelLabels } from '../labels.ts';
import { nestMarks } from '../markdown/marks.ts';
import {
  computeNumbering,
  referenceText,
  type BlockNumber,
  type ClauseNumber,
  type Numbering,
} from '../numbering.ts';
import type { ModelDoc, ModelNode } from '../types.ts';
import { tableCaption, tableHeading } from '../table-numbers.ts';
import { tableHeadings } from './table-labels.ts';

/** A per-node change badge: "new in 1.1" / "amended in 1.1". */
export interface ChangeMark {
  status: 'new' | 'amended';
  version: string;
}

export interface ToHtmlOptions {
  /** BCP 47 language of the standard (annex letters, labels). */
  lang?: string;
  /** Badges by node id (see releaseMarks). */
  marks?: Readonly<Record<string, ChangeMark>>;
  /** Added to clause levels: 1 (default) makes level-1 clauses <h2> under the page's <h1>. */
  headingOffset?: number;
  /** Wrap each clause and what belongs to it in nested <section>s (default true). */
  sections?: boolean;
}

interface Ctx {
  numbering: Numbering;
  labels: ModelLabels;
  options: ToHtmlOptions;
  /** Headings of top-level tables by index in `doc.content` ("Table 3 — …"). */
  tableNames: Map<number, string>;
}

function h(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}
function t(value: string): ElementContent {
  return { type: 'text', value };
}
function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

// A cross-reference is a link of its own: inside a link it would nest <a> in <a>, which
// browsers split apart. A link around one skips it (before and after stay linked).
function unlinkCrossRefs(nodes: ModelNode[]): ModelNode[] {
  return nodes.map((node) =>
    node.type === 'crossRef' && node.marks?.some((m) => m.type === 'link')
      ? { ...node, marks: node.marks.filter((m) => m.type !== 'link') }
      : node,
  );
}

function inline(nodes: ModelNode[], ctx: Ctx): ElementContent[] {
  return nestMarks<ElementContent>(
    unlinkCrossRefs(nodes),
    (node) => {
      if (node.type !== 'crossRef') return t(node.text ?? '');
      const target = str(node.attrs?.target) ?? '';
      const text = referenceText(ctx.numbering, target, ctx.options.lang);
      return text === null
        ? h('span', { className: ['xref', 'xref--broken'] }, [t('?')])
        : h('a', { href: `#${target}`, className: ['xref'] }, [t(text)]);
    },
    (mark, children) => {
      if (mark.type === 'bold') return h('strong', {}, children);
      if (mark.type === 'italic') return h('em', {}, children);
      const href = str(mark.attrs?.href) ?? '';
      return isSafeHref(href) ? h('a', { href }, children) : h('span', {}, children);
    },
  );
}

function badge(id: string | null, ctx: Ctx): ElementContent[] {
  const mark = id ? ctx.options.marks?.[id] : undefined;
  if (!mark) return [];
  const word = mark.status === 'new' ? ctx.labels.newIn : ctx.labels.amendedIn;
  return [
    t(' '),
    h('span', { className: ['badge', `badge--${mark.status}`] }, [t(`${word} ${mark.version}`)]),
  ];
}

function clause(node: ModelNode, n: ClauseNumber, ctx: Ctx): Element {
  const level = Math.min(6, n.level + (ctx.options.headingOffset ?? 1));
  const head: ElementContent[] = [];
  if (n.kind === 'annex' && n.number) {
    head.push(h('span', { className: ['num'] }, [t(`${ctx.labels.annex} ${n.number}`)]), t(' '));
    const type = n.annexType === 'informative' ? ctx.labels.informative : ctx.labels.normative;
    head.push(h('span', { className: ['annex-type'] }, [t(`(${type})`)]), t(' '));
  } else if (n.number) {
    head.push(h('span', { className: ['num'] }, [t(n.number)]), t(' '));
  }
  head.push(h('span', { className: ['title'] }, inline(node.content ?? [], ctx)));
  head.push(...badge(n.id, ctx));
  const props: Properties = { className: ['clause', `clause--${n.kind}`] };
  if (n.id) props.id = n.id;
  return h(`h${level}`, props, head);
}

function provision(node: ModelNode, n: BlockNumber, ctx: Ctx): Element {
  const kind = n.kind;
  const lead: ElementContent[] = [];
  if (n.number) lead.push(h('span', { className: ['num'] }, [t(n.number)]), t(' '));
  if (kind === 'note' || kind === 'example') {
    const word = kind === 'note' ? ctx.labels.note : ctx.labels.example;
    const label = (n.kindCount ?? 1) > 1 ? `${word} ${n.kindIndex}` : word;
    lead.push(h('span', { className: ['label'] }, [t(label)]), t(' '));
  }
  lead.push(...badge(n.id, ctx).reverse());
  const props: Properties = { className: ['provision', `provision--${kind}`] };
  if (n.id) props.id = n.id;
  return h('p', props, [...lead, ...inline(node.content ?? [], ctx)]);
}

function term(node: ModelNode, n: BlockNumber, ctx: Ctx): Element {
  const attrs = node.attrs ?? {};
  const name: ElementContent[] = [];
  if (n.number) name.push(h('span', { className: ['num'] }, [t(n.number)]), t(' '));
  name.push(h('dfn', {}, [t(str(attrs.term) ?? '')]), ...badge(n.id, ctx));
  const children: ElementContent[] = [h('dt', { className: ['term-name'] }, name)];
  const alternatives = Array.isArray(attrs.alternatives) ? (attrs.alternatives as string[]) : [];
  for (const alt of alternatives) children.push(h('dt', { className: ['term-alt'] }, [t(alt)]));
  children.push(h('dd', { className: ['term-definition'] }, inline(node.content ?? [], ctx)));
  const source = str(attrs.source);
  if (source) {
    children.push(
      h('dd', { className: ['term-source'] }, [t(`[${ctx.labels.source}: ${source}]`)]),
    );
  }
  const props: Properties = { className: ['term'] };
  if (n.id) props.id = n.id;
  return h('dl', props, children);
}

function block(node: ModelNode, ctx: Ctx): Element {
  const id = str(node.attrs?.id);
  const idProp: Properties = id ? { id } : {};
  switch (node.type) {
    case 'paragraph':
      return h('p', {}, inline(node.content ?? [], ctx));
    case 'bulletList':
      return h('ul', idProp, listItems(node, ctx));
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1);
      return h('ol', start !== 1 ? { ...idProp, start } : idProp, listItems(node, ctx));
    }
    case 'taskList':
      return h('ul', { ...idProp, className: ['checklist'] }, listItems(node, ctx));
    case 'table':
      return table(node, tableHeading(null, tableCaption(node), ctx.options.lang), ctx);
    default:
      // Provisions, clauses and terms appear only at top level (handled by the caller).
      return h('p', {}, inline(node.content ?? [], ctx));
  }
}

/**
 * A table under its heading ("Table 3 — Referral timelines"), in a wrapper that scrolls
 * sideways when the table is wider than the screen. The wrapper is a focusable region named
 * like the heading, so keyboard users can scroll it with the arrow keys.
 */
function table(node: ModelNode, heading: string, ctx: Ctx): Element {
  const id = str(node.attrs?.id);
  return h('div', { className: ['table-wrap'], role: 'region', ariaLabel: heading, tabIndex: 0 }, [
    h('table', id ? { id } : {}, [
      h('caption', { className: ['table-caption'] }, [t(heading)]),
      ...tableRows(node, ctx),
    ]),
  ]);
}

function listItems(node: ModelNode, ctx: Ctx): ElementContent[] {
  return (node.content ?? []).map((item) => {
    const content = (item.content ?? []).map((b) => block(b, ctx));
    if (item.type !== 'taskItem') return h('li', {}, content);
    // A visual box, not a form control: nothing to fill in on a published page.
    const checked = item.attrs?.checked === true;
    const box = h(
      'span',
      { className: checked ? ['checkbox', 'checkbox--checked'] : ['checkbox'], ariaHidden: 'true' },
      [t(checked ? '☑' : '☐')],
    );
    return h('li', { className: ['checklist-item'] }, [box, t(' '), ...content]);
  });
}

function tableRows(node: ModelNode, ctx: Ctx): ElementContent[] {
  const rows = node.content ?? [];
  const isHeader = (row: ModelNode): boolean =>
    (row.content ?? []).length > 0 && (row.content ?? []).every((c) => c.type === 'tableHeader');
  let headCount = 0;
  while (headCount < rows.length && isHeader(rows[headCount] as ModelNode)) headCount += 1;
  const row = (r: ModelNode, inHead: boolean): Element =>
    h(
      'tr',
      {},
      (r.content ?? []).map((cell) => {
        const props: Properties = {};
        const align = str(cell.attrs?.align);
        if (align === 'left' || align === 'center' || align === 'right') {
          props.className = [`align-${align}`];
        }
        const colspan = Number(cell.attrs?.colspan ?? 1);
        const rowspan = Number(cell.attrs?.rowspan ?? 1);
        if (colspan > 1) props.colSpan = colspan;
        if (rowspan > 1) props.rowSpan = rowspan;
        if (cell.type === 'tableHeader') props.scope = inHead ? 'col' : 'row';
        const content = (cell.content ?? []).flatMap((p) => inline(p.content ?? [], ctx));
        return h(cell.type === 'tableHeader' ? 'th' : 'td', props, content);
      }),
    );
  const out: ElementContent[] = [];
  if (headCount > 0)
    out.push(
      h(
        'thead',
        {},
        rows.slice(0, headCount).map((r) => row(r, true)),
      ),
    );
  if (rows.length > headCount) {
    out.push(
      h(
        'tbody',
        {},
        rows.slice(headCount).map((r) => row(r, false)),
      ),
    );
  }
  return out;
}

/** Use to build the (unsanitised) hast tree of a document; prefer modelToHtml for strings. */
export function modelToHast(doc: ModelDoc, options: ToHtmlOptions = {}): Root {
  const numbering = computeNumbering(doc, options);
  const ctx: Ctx = {
    numbering,
    labels: labelsFor(options.lang),
    options,
    tableNames: tableHeadings(doc, numbering, options.lang),
  };
  const root: Root = { type: 'root', children: [] };
  // Open sections by clause level; blocks go into the innermost one.
  const stack: Array<{ level: number; el: Element }> = [];
  const append = (el: Element): void => {
    const top = stack.at(-1);
    if (top) top.el.children.push(el);
    else root.children.push(el);
  };
  doc.content.forEach((node, index) => {
    const n = ctx.numbering.byIndex[index];
    if (n?.type === 'clause') {
      const heading = clause(node, n, ctx);
      if (options.sections === false) return append(heading);
      while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= n.level) stack.pop();
      const section = h('section', { className: ['clause-section', `clause-section--${n.kind}`] }, [
        heading,
      ]);
      append(section);
      stack.push({ level: n.level, el: section });
    } else if (n?.type === 'provision') append(provision(node, n, ctx));
    else if (n?.type === 'term') append(term(node, n, ctx));
    else if (node.type === 'table') {
      append(table(node, ctx.tableNames.get(index) ?? tableHeading(null, '', options.lang), ctx));
    } else append(block(node, ctx));
  });
  return root;
}
