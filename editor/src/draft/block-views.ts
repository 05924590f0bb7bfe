// Clause, provision and term views that show their live number from the numbering store.
import type { AnyExtension, Node as TiptapNode, NodeViewRenderer } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Clause, labelsFor, Provision, Term } from '../../../model/index.ts';
import { blockLabel, clauseLabel, kindLabel } from './block-labels.ts';
import type { FindingsStore } from './findings-store.ts';
import type { DraftSnapshot, NumberingStore } from './numbering-store.ts';

// Attributes our views set themselves; ProseMirror must not treat them as edits.
const OWN_ATTRIBUTES = new Set(['data-number', 'data-kind-label', 'class', 'title']);

/** A term's parts around its editable definition: heading above, source below (not editable). */
interface TermParts {
  head: HTMLElement;
  definition: HTMLElement;
  source: HTMLElement;
}

function termParts(dom: HTMLElement): TermParts {
  const part = (tag: string, className: string, editable: boolean): HTMLElement => {
    const el = document.createElement(tag);
    el.className = className;
    if (!editable) el.contentEditable = 'false';
    return el;
  };
  const parts = {
    head: part('div', 'term-head', false),
    definition: part('div', 'term-definition', true),
    source: part('div', 'term-source', false),
  };
  dom.append(parts.head, parts.definition, parts.source);
  return parts;
}

/**
 * As standards print a term: its number, the preferred term in bold, each alternative term
 * on a line of its own in normal weight, then the definition, then "[SOURCE: …]".
 */
function paintTerm(parts: TermParts, node: PMNode, number: string, lang: string): void {
  const alternatives = Array.isArray(node.attrs.alternatives)
    ? (node.attrs.alternatives as unknown[]).filter((a): a is string => typeof a === 'string')
    : [];
  const term = typeof node.attrs.term === 'string' ? node.attrs.term : '';
  const source = typeof node.attrs.source === 'string' ? node.attrs.source.trim() : '';
  const key = JSON.stringify([number, term, alternatives, source, lang]);
  if (parts.head.dataset.painted === key) return;
  parts.head.dataset.painted = key;
  const span = (className: string, text: string): HTMLElement => {
    const el = document.createElement('span');
    el.className = className;
    el.textContent = text;
    return el;
  };
  parts.head.replaceChildren(
    span('term-number', number),
    span('term-preferred', term),
    ...alternatives.map((alternative) => span('term-alternative', alternative)),
  );
  parts.source.textContent = source ? `[${labelsFor(lang).source}: ${source}]` : '';
  parts.source.hidden = source === '';
}

/** The block types drawn by these views (validation marks them through the views too). */
export const VIEW_BLOCKS = new Set(['clause', 'provision', 'term']);

function tagOf(node: PMNode): string {
  if (node.type.name === 'provision') return 'p';
  if (node.type.name === 'term') return 'div';
  const level = Math.min(6, Math.max(1, Number(node.attrs.level) || 1));
  return `h${level}`;
}

function setAttributes(dom: HTMLElement, attrs: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) dom.removeAttribute(name);
    else dom.setAttribute(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
}

/** The attributes the model's renderHTML gives a node (data-type, data-kind, data-id, …). */
function renderedAttrs(node: PMNode): Record<string, unknown> {
  const spec = node.type.spec.toDOM?.(node);
  return Array.isArray(spec) &&
    typeof spec[1] === 'object' &&
    spec[1] !== null &&
    !Array.isArray(spec[1])
    ? (spec[1] as Record<string, unknown>)
    : {};
}

function labelsOf(node: PMNode, snapshot: DraftSnapshot | null): { number: string; kind: string } {
  const id = node.attrs.id as string | null;
  const entry = id && snapshot ? snapshot.numbering.byId.get(id) : undefined;
  if (!entry || !snapshot)
    return {
      number: '',
      kind: node.type.name === 'provision' ? kindLabel(String(node.attrs.kind)) : '',
    };
  if (entry.type === 'clause') return { number: clauseLabel(entry, snapshot.lang), kind: '' };
  return { number: blockLabel(entry, snapshot.lang), kind: kindLabel(entry.kind) };
}

/**
 * Numbers are attributes of the block's own element (shown by CSS), written when numbering
 * changes. Thousands of node decorations would make ProseMirror's redraw quadratic.
 */
function renderer(store: NumberingStore, findings: FindingsStore): NodeViewRenderer {
  return ({ node: initial }) => {
    let node = initial;
    const dom = document.createElement(tagOf(node));
    const term = node.type.name === 'term' ? termParts(dom) : null;
    const first = renderedAttrs(node);
    setAttributes(dom, first);
    let rendered = new Set(Object.keys(first));
    // What is on the element, kept here: every block paints on every numbering change (an
    // Enter at 300 pages = 9,000 views), and reading the DOM back cost more than the rest.
    let shownNumber: string | null = null;
    let shownKind: string | null = null;
    const paint = (snapshot: DraftSnapshot | null): void => {
      const { number, kind } = labelsOf(node, snapshot);
      if (shownNumber !== number) dom.setAttribute('data-number', (shownNumber = number));
      if (node.type.name === 'provision' && shownKind !== kind)
        dom.setAttribute('data-kind-label', (shownKind = kind));
      if (term) paintTerm(term, node, number, snapshot?.lang ?? 'en');
    };
    let marked = '';
    const mark = (): void => {
      const found = findings.get(node.attrs.id as string | null);
      const key = found ? `${found.severity}\n${found.title}` : '';
      if (key === marked) return;
      marked = key;
      dom.classList.remove('has-finding', 'finding-error', 'finding-warning');
      if (found) {
        dom.classList.add('has-finding', `finding-${found.severity}`);
        dom.setAttribute('title', found.title);
      } else dom.removeAttribute('title');
    };
    paint(store.snapshot);
    mark();
    const unsubscribe = store.subscribe(paint);
    const unsubscribeFindings = findings.subscribe(mark);
    return {
      dom,
      contentDOM: term?.definition ?? dom,
      update: (updated) => {
        if (updated.type !== node.type || tagOf(updated) !== tagOf(node)) return false;
        const attrsChanged = updated.attrs !== node.attrs;
        node = updated;
        if (attrsChanged) {
          // Re-render the model's attributes (kind, id, term…) exactly as renderHTML would.
          const attrs = renderedAttrs(updated);
          for (const name of rendered) if (!(name in attrs)) dom.removeAttribute(name);
          setAttributes(dom, attrs);
          rendered = new Set(Object.keys(attrs));
          paint(store.snapshot);
          mark();
        }
        return true;
      },
      ignoreMutation: (mutation) =>
        (mutation.type === 'attributes' &&
          mutation.target === dom &&
          OWN_ATTRIBUTES.has(mutation.attributeName ?? '')) ||
        // A term's heading and source are ours, drawn from its attributes.
        (term !== null &&
          (term.head.contains(mutation.target) || term.source.contains(mutation.target))),
      destroy: () => {
        unsubscribe();
        unsubscribeFindings();
      },
    };
  };
}

/** Use in place of the model's Clause, Provision and Term in the editor: same schema, live numbers and validation marks. */
export function blocksWithLiveNumbers(
  store: NumberingStore,
  findings: FindingsStore,
): Record<string, AnyExtension> {
  const withView = (ext: TiptapNode) =>
    ext.extend({
      addNodeView() {
        return renderer(store, findings);
      },
    });
  return { clause: withView(Clause), provision: withView(Provision), term: withView(Term) };
}
