// Model JSON → mdast (Markdown syntax tree) in the Accord dialect (see model/README.md).
import type {
  BlockContent,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableRow,
} from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import type { AnnexType, ClauseKind, ModelNode } from '../types.ts';
import { formatHeadingAttrs } from './heading-attrs.ts';
import { nestMarks } from './marks.ts';

/** What the writer needs to label cross-references with their current number. */
export interface ToMdastContext {
  refLabel: (target: string) => string;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Use to convert inline model nodes to mdast phrasing content. */
export function toPhrasing(nodes: ModelNode[], ctx: ToMdastContext): PhrasingContent[] {
  return nestMarks<PhrasingContent>(
    nodes,
    (node) => {
      if (node.type === 'crossRef') {
        const target = str(node.attrs?.target) ?? '';
        const ref: TextDirective = {
          type: 'textDirective',
          name: 'ref',
          attributes: { target },
          children: [{ type: 'text', value: ctx.refLabel(target) }],
        };
        return ref;
      }
      return { type: 'text', value: node.text ?? '' };
    },
    (mark, children) => {
      if (mark.type === 'bold') return { type: 'strong', children };
      if (mark.type === 'italic') return { type: 'emphasis', children };
      return { type: 'link', url: str(mark.attrs?.href) ?? '', children };
    },
  );
}

function paragraph(node: ModelNode, ctx: ToMdastContext): Paragraph {
  return { type: 'paragraph', children: toPhrasing(node.content ?? [], ctx) };
}

function directive(
  name: string,
  attributes: Record<string, string | null>,
  children: BlockContent[],
): ContainerDirective {
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(attributes)) if (v !== null) attrs[k] = v;
  return { type: 'containerDirective', name, attributes: attrs, children };
}

function list(node: ModelNode, ctx: ToMdastContext): List {
  const task = node.type === 'taskList';
  const ordered = node.type === 'orderedList';
  const items: ListItem[] = (node.content ?? []).map((item) => {
    const children = (item.content ?? []).map((b) => block(b, ctx));
    return {
      type: 'listItem',
      spread: children.length > 1,
      checked: task ? item.attrs?.checked === true : null,
      children,
    };
  });
  const start = Number(node.attrs?.start ?? 1);
  return {
    type: 'list',
    ordered,
    start: ordered ? start : null,
    spread: items.some((i) => i.spread),
    children: items,
  };
}

function table(node: ModelNode, ctx: ToMdastContext): Table {
  const rows = node.content ?? [];
  const first = rows[0]?.content ?? [];
  const align = first.map((cell) => {
    const a = cell.attrs?.align;
    return a === 'left' || a === 'right' || a === 'center' ? a : null;
  });
  const children: TableRow[] = rows.map((row) => ({
    type: 'tableRow',
    children: (row.content ?? []).map((cell) => ({
      type: 'tableCell',
      children: toPhrasing(cell.content?.[0]?.content ?? [], ctx),
    })),
  }));
  return { type: 'table', align, children };
}

function block(node: ModelNode, ctx: ToMdastContext): BlockContent {
  const id = str(node.attrs?.id);
  switch (node.type) {
    case 'clause':
      return clauseHeading(node, ctx) as unknown as BlockContent;
    case 'provision': {
      const kind = str(node.attrs?.kind) ?? 'statement';
      // Only an anonymous statement with text can be a bare paragraph.
      if (kind === 'statement' && id === null && node.content?.length) return paragraph(node, ctx);
      const content = node.content?.length ? [paragraph(node, ctx)] : [];
      return directive(kind, { id }, content);
    }
    case 'term': {
      const alternatives = Array.isArray(node.attrs?.alternatives)
        ? (node.attrs.alternatives as string[])
        : [];
      const content = node.content?.length ? [paragraph(node, ctx)] : [];
      const attrs: Record<string, string | null> = {
        id,
        term: typeof node.attrs?.term === 'string' ? node.attrs.term : '',
      };
      // One attribute per alternative term: alt-1="minor" alt-2="juvenile".
      alternatives.forEach((alt, i) => (attrs[`alt-${i + 1}`] = alt));
      attrs.source = typeof node.attrs?.source === 'string' ? node.attrs.source : null;
      return directive('term', attrs, content);
    }
    case 'bulletList':
    case 'orderedList':
    case 'taskList':
      return directive('list', { id }, [list(node, ctx)]);
    case 'table':
      return directive('table', { id, caption: str(node.attrs?.caption) }, [table(node, ctx)]);
    case 'paragraph':
      return paragraph(node, ctx);
    default:
      throw new Error(`toMdast: unexpected block node '${node.type}'`);
  }
}

function clauseHeading(node: ModelNode, ctx: ToMdastContext): RootContent {
  const level = Math.min(6, Math.max(1, Math.trunc(Number(node.attrs?.level ?? 1)) || 1));
  const children = toPhrasing(node.content ?? [], ctx);
  const attrs = formatHeadingAttrs({
    id: str(node.attrs?.id),
    kind: (str(node.attrs?.kind) ?? 'clause') as ClauseKind,
    annexType: str(node.attrs?.annexType) as AnnexType | null,
  });
  children.push({ type: 'text', value: children.length > 0 ? ` ${attrs}` : attrs });
  return { type: 'heading', depth: level as 1 | 2 | 3 | 4 | 5 | 6, children };
}

/** Use to convert a model document to an mdast root. */
export function toMdast(doc: ModelNode, ctx: ToMdastContext): Root {
  return {
    type: 'root',
    children: (doc.content ?? []).map((n) => block(n, ctx) as RootContent),
  };
}
