// Site-only decorations on the model's (already sanitised) HTML tree: a permalink on every
// clause, provision and term, a full name on every cross-reference, and on older versions a
// link to the same clause now.
import type { Element, ElementContent, Parent, Root } from 'hast';

export interface DecorateOptions {
  /** id → how to name it to a reader ("Clause 4.2 “Scope”"), for the permalink's name. */
  labels: ReadonlyMap<string, string>;
  words: {
    permalink: (label: string) => string;
    goToCurrentClause: (ref: string) => string;
    notInCurrent: string;
    kinds: Readonly<Record<string, string>>;
    tableScrolls: string;
  };
  /** For versions that are not current: where the current version lives and its numbers. */
  current: {
    url: string;
    refOf: (id: string) => string | null;
    has: (id: string) => boolean;
    /** Whether the current page keeps a "removed in …" note under this id. */
    hasNote: (id: string) => boolean;
  } | null;
}

const el = (
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[],
): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

function classes(node: Element): string[] {
  const c = node.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
}
function idOf(node: Element): string | null {
  return typeof node.properties.id === 'string' ? node.properties.id : null;
}

// Pagefind's plain `data-pagefind-ignore` keeps an element out of the excerpt but not out of
// the heading a sub-result is titled with; "all" keeps it out of both.
const IGNORE = 'all';

/** A "#" link with a spoken name; ignored by search so headings stay clean in results. */
function hashLink(id: string, name: string): Element {
  return el(
    'a',
    { className: ['permalink', 'permalink-hash'], href: `#${id}`, dataPagefindIgnore: IGNORE },
    [
      el('span', { ariaHidden: 'true' }, [text('#')]),
      el('span', { className: ['visually-hidden'] }, [text(name)]),
    ],
  );
}

/** Make the visible number (or NOTE/EXAMPLE label) the permalink; else append a "#" link. */
function linkNumber(node: Element, id: string, name: string, within: Element = node): void {
  const index = within.children.findIndex(
    (c) => c.type === 'element' && ['num', 'label'].some((k) => classes(c).includes(k)),
  );
  const target = within.children[index];
  if (target?.type === 'element') {
    within.children[index] = el('a', { className: ['permalink'], href: `#${id}`, title: name }, [
      target,
    ]);
  } else {
    node.children.push(text(' '), hashLink(id, name));
  }
}

/** Put the kind's word ("Requirement") after the number: kinds are never told by colour alone. */
function labelKind(node: Element, kind: string[], words: Readonly<Record<string, string>>): void {
  const name = kind.find((k) => k.startsWith('provision--'))?.slice('provision--'.length) ?? '';
  const word = words[name];
  if (!word) return;
  const at = node.children.findIndex(
    (c) => c.type === 'element' && classes(c).includes('permalink'),
  );
  node.children.splice(
    at + 1,
    0,
    text(' '),
    el('span', { className: ['kind-label'], dataPagefindIgnore: IGNORE }, [text(word)]),
  );
}

function currentLink(id: string, options: DecorateOptions): Element | null {
  const current = options.current;
  if (!current) return null;
  const attrs = { className: ['current-link'], dataPagefindIgnore: IGNORE };
  if (current.has(id)) {
    const words = options.words.goToCurrentClause(current.refOf(id) ?? '');
    return el('p', attrs, [el('a', { href: `${current.url}#${id}` }, [text(words)])]);
  }
  // A removed clause has a note on the current page; a clause new in a later version has
  // nothing there to point at, so it is said without a link.
  const note = text(options.words.notInCurrent);
  return el('p', attrs, [
    current.hasNote(id) ? el('a', { href: `${current.url}#${id}` }, [note]) : note,
  ]);
}

/**
 * A cross-reference shows only the number it points at ("see 5"): name its target in full
 * ("Clause 5 “Indicators”") for screen readers and as a tooltip. The visible words stay the
 * standard's own, and the name contains them (WCAG 2.5.3, label in name).
 */
function nameXref(node: Element, labels: ReadonlyMap<string, string>): void {
  const href = typeof node.properties.href === 'string' ? node.properties.href : '';
  const label = href.startsWith('#') ? labels.get(href.slice(1)) : undefined;
  if (!label) return;
  node.properties.title = label;
  node.properties.ariaLabel = label;
}

/**
 * "Scroll sideways to see all columns", just above a table, hidden: on a phone the last
 * columns of a wide table are easy to miss behind the screen's edge, and a shadow alone is
 * easy to overlook. The standard page's script shows it while the table overflows.
 */
function scrollHint(words: string): Element {
  return el('p', { className: ['scroll-hint'], hidden: true, dataPagefindIgnore: IGNORE }, [
    text(words),
    el('span', { ariaHidden: 'true' }, [text(' →')]),
  ]);
}

/**
 * Search reads text as written: without a space between a term, its alternatives and its
 * definition they run together ("childminorany person…"). Spaces between the parts of a
 * definition list do not change how it looks.
 */
function spaceOut(dl: Element): void {
  dl.children = dl.children.flatMap((c, i) => (i === 0 ? [c] : [text(' '), c]));
}

/** Add permalinks (and current-version links on older versions) in place. */
export function decorateTree(tree: Root, options: DecorateOptions): void {
  const walk = (parent: Parent): void => {
    for (let i = 0; i < parent.children.length; i += 1) {
      const node = parent.children[i];
      if (node?.type !== 'element') continue;
      const id = idOf(node);
      const kind = classes(node);
      const name = options.words.permalink(id ? (options.labels.get(id) ?? id) : '');
      if (id && /^h[1-6]$/.test(node.tagName) && kind.includes('clause')) {
        node.children.push(text(' '), hashLink(id, name));
        const link = currentLink(id, options);
        if (link) {
          parent.children.splice(i + 1, 0, link);
          i += 1;
        }
      } else if (id && node.tagName === 'p' && kind.includes('provision')) {
        linkNumber(node, id, name);
        labelKind(node, kind, options.words.kinds);
        walk(node);
      } else if (node.tagName === 'div' && kind.includes('table-wrap')) {
        // Said only while the table is wider than its wrapper: the page's script unhides it.
        parent.children.splice(i, 0, scrollHint(options.words.tableScrolls));
        i += 1;
        walk(node);
      } else if (node.tagName === 'a' && kind.includes('xref')) {
        nameXref(node, options.labels);
      } else if (id && node.tagName === 'dl' && kind.includes('term')) {
        const dt = node.children.find(
          (c): c is Element => c.type === 'element' && c.tagName === 'dt',
        );
        if (dt) linkNumber(dt, id, name);
        spaceOut(node);
        walk(node);
      } else {
        walk(node);
      }
    }
  };
  walk(tree);
  hideBadgesFromSearch(tree);
}

/** "new in 1.1" badges are for eyes on the page, not for search results and their titles. */
function hideBadgesFromSearch(parent: Parent): void {
  for (const node of parent.children) {
    if (node.type !== 'element') continue;
    if (classes(node).includes('badge')) node.properties.dataPagefindIgnore = IGNORE;
    else hideBadgesFromSearch(node);
  }
}
