// mdast (Accord dialect) → model JSON. Lenient: unknown syntax degrades to text, never throws.
import type {
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
} from 'mdast';
import { isSafeHref } from '../href.ts';
import { PROVISION_KINDS, type ModelMark, type ModelNode } from '../types.ts';
import { splitHeadingAttrs } from './heading-attrs.ts';
import { mergeText, sortMarks } from './marks.ts';

/** Use to read the source text (needed to tell literal autolinks from written links). */
export interface FromMdastContext {
  source: string;
}

function attrString(
  attributes: Record<string, string | null | undefined> | null | undefined,
  key: string,
): string | null {
  const v = attributes?.[key];
  return typeof v === 'string' ? v : null;
}

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/** Use to convert mdast phrasing content to inline model nodes. */
export function fromPhrasing(
  nodes: PhrasingContent[],
  ctx: FromMdastContext,
  marks: ModelMark[] = [],
): ModelNode[] {
  const out: ModelNode[] = [];
  const withMarks = (node: ModelNode): ModelNode =>
    marks.length > 0 ? { ...node, marks: sortMarks(marks) } : node;
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(withMarks({ type: 'text', text: node.value }));
        break;
      case 'strong':
        out.push(...fromPhrasing(node.children, ctx, addMark(marks, { type: 'bold' })));
        break;
      case 'emphasis':
        out.push(...fromPhrasing(node.children, ctx, addMark(marks, { type: 'italic' })));
        break;
      case 'link': {
        const start = node.position?.start.offset;
        // GFM literal autolinks (bare URLs in text) stay text: only written links are links.
        // Literal autolinks made by mdast-util-gfm's transform have no position at all.
        const opener = start === undefined ? '' : ctx.source[start];
        const written = opener === '[' || opener === '<';
        const keep = written && isSafeHref(node.url) && !marks.some((m) => m.type === 'link');
        const next = keep ? addMark(marks, { type: 'link', attrs: { href: node.url } }) : marks;
        out.push(...fromPhrasing(node.children, ctx, next));
        break;
      }
      case 'textDirective': {
        const target = attrString(node.attributes, 'target');
        if (node.name === 'ref' && target !== null) {
          out.push(withMarks({ type: 'crossRef', attrs: { target } }));
        } else {
          // Not ours: `a ::ref` can come back as text plus a bare directive (the writer cannot
          // always escape the second colon), so restore the text.
          out.push(withMarks({ type: 'text', text: `:${node.name}` }));
          if (node.children.length > 0) {
            out.push(withMarks({ type: 'text', text: '[' }));
            out.push(...fromPhrasing(node.children, ctx, marks));
            out.push(withMarks({ type: 'text', text: ']' }));
          }
        }
        break;
      }
      case 'break':
        out.push(withMarks({ type: 'text', text: ' ' }));
        break;
      case 'inlineCode':
      case 'html':
        out.push(withMarks({ type: 'text', text: node.value }));
        break;
      case 'image':
        out.push(withMarks({ type: 'text', text: node.alt ?? '' }));
        break;
      default:
        if ('children' in node) out.push(...fromPhrasing(node.children, ctx, marks));
        else out.push(withMarks({ type: 'text', text: textOf(node) }));
    }
  }
  return mergeText(out);
}

function addMark(marks: ModelMark[], mark: ModelMark): ModelMark[] {
  return marks.some((m) => m.type === mark.type) ? marks : [...marks, mark];
}

function inlineOfBlocks(children: RootContent[], ctx: FromMdastContext): ModelNode[] {
  const parts: ModelNode[] = [];
  children.forEach((child, i) => {
    if (i > 0) parts.push({ type: 'text', text: ' ' });
    if (child.type === 'paragraph' || child.type === 'heading')
      parts.push(...fromPhrasing(child.children, ctx));
    else parts.push({ type: 'text', text: textOf(child) });
  });
  return mergeText(parts);
}

function withContent(node: ModelNode, content: ModelNode[]): ModelNode {
  return content.length > 0 ? { ...node, content } : node;
}

function paragraph(p: Paragraph | undefined, ctx: FromMdastContext): ModelNode {
  return withContent({ type: 'paragraph' }, p ? fromPhrasing(p.children, ctx) : []);
}

function listItem(item: ListItem, task: boolean, ctx: FromMdastContext): ModelNode {
  const content: ModelNode[] = [];
  for (const child of item.children) {
    if (child.type === 'paragraph') content.push(paragraph(child, ctx));
    else if (child.type === 'list') content.push(list(child, null, ctx));
    else if (child.type === 'containerDirective' && child.name === 'list') {
      const inner = child.children.find((c) => c.type === 'list');
      if (inner) content.push(list(inner, attrString(child.attributes, 'id'), ctx));
    } else content.push(withContent({ type: 'paragraph' }, inlineOfBlocks([child], ctx)));
  }
  // A list item starts with a paragraph in our schema.
  if (content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph' });
  return task
    ? { type: 'taskItem', attrs: { checked: item.checked === true }, content }
    : { type: 'listItem', content };
}

function list(node: List, id: string | null, ctx: FromMdastContext): ModelNode {
  const task =
    !node.ordered &&
    node.children.length > 0 &&
    node.children.every((i) => typeof i.checked === 'boolean');
  const items = node.children.map((i) => listItem(i, task, ctx));
  if (task) return { type: 'taskList', attrs: { id }, content: items };
  if (node.ordered)
    return {
      type: 'orderedList',
      attrs: { id, start: node.start ?? 1, type: null },
      content: items,
    };
  return { type: 'bulletList', attrs: { id }, content: items };
}

function table(
  node: Table,
  id: string | null,
  ctx: FromMdastContext,
  caption: string | null = null,
): ModelNode {
  const rows = node.children.map((row, r) => ({
    type: 'tableRow',
    content: row.children.map((cell, c) => ({
      type: r === 0 ? 'tableHeader' : 'tableCell',
      attrs: { colspan: 1, rowspan: 1, colwidth: null, align: node.align?.[c] ?? null },
      content: [withContent({ type: 'paragraph' }, fromPhrasing(cell.children, ctx))],
    })),
  }));
  return { type: 'table', attrs: { id, caption: caption?.trim() || null }, content: rows };
}

function blocks(children: RootContent[], ctx: FromMdastContext): ModelNode[] {
  const out: ModelNode[] = [];
  for (const node of children) {
    switch (node.type) {
      case 'heading': {
        const inline = [...node.children];
        const last = inline.at(-1);
        let attrs = null;
        if (last?.type === 'text') {
          const split = splitHeadingAttrs(last.value);
          attrs = split.attrs;
          if (attrs) {
            if (split.rest === '') inline.pop();
            else inline[inline.length - 1] = { ...last, value: split.rest };
          }
        }
        out.push(
          withContent(
            {
              type: 'clause',
              attrs: {
                id: attrs?.id ?? null,
                level: node.depth,
                kind: attrs?.kind ?? 'clause',
                annexType: attrs?.annexType ?? null,
              },
            },
            fromPhrasing(inline, ctx),
          ),
        );
        break;
      }
      case 'paragraph':
        out.push(
          withContent(
            { type: 'provision', attrs: { id: null, kind: 'statement' } },
            fromPhrasing(node.children, ctx),
          ),
        );
        break;
      case 'list':
        out.push(list(node, null, ctx));
        break;
      case 'table':
        out.push(table(node, null, ctx));
        break;
      case 'containerDirective': {
        const id = attrString(node.attributes, 'id');
        const kind = node.name;
        if ((PROVISION_KINDS as readonly string[]).includes(kind)) {
          out.push(
            withContent(
              { type: 'provision', attrs: { id, kind } },
              inlineOfBlocks(node.children, ctx),
            ),
          );
        } else if (kind === 'term') {
          out.push(
            withContent(
              { type: 'term', attrs: termAttrs(node.attributes, id) },
              inlineOfBlocks(node.children, ctx),
            ),
          );
        } else if (kind === 'list' || kind === 'table') {
          for (const child of node.children) {
            if (child.type === 'list') out.push(list(child, id, ctx));
            else if (child.type === 'table')
              out.push(table(child, id, ctx, attrString(node.attributes, 'caption')));
            else out.push(...blocks([child], ctx));
          }
        } else out.push(...blocks(node.children, ctx));
        break;
      }
      case 'blockquote':
        out.push(...blocks(node.children, ctx));
        break;
      case 'thematicBreak':
      case 'definition':
      case 'yaml':
        break;
      default: {
        const text = textOf(node);
        if (text)
          out.push({
            type: 'provision',
            attrs: { id: null, kind: 'statement' },
            content: [{ type: 'text', text }],
          });
      }
    }
  }
  return out;
}

function termAttrs(
  attributes: Record<string, string | null | undefined> | null | undefined,
  id: string | null,
): Record<string, unknown> {
  const alternatives = Object.keys(attributes ?? {})
    .map((key) => /^alt-(\d+)$/.exec(key))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((m) => attrString(attributes, m[0]) ?? '');
  return {
    id,
    term: attrString(attributes, 'term') ?? '',
    alternatives,
    source: attrString(attributes, 'source'),
  };
}

/** Use to convert an mdast root (parsed with gfm + directive) to a model document. */
export function fromMdast(
  root: Root,
  ctx: FromMdastContext,
): { type: 'doc'; content: ModelNode[] } {
  return { type: 'doc', content: blocks(root.children, ctx) };
}
