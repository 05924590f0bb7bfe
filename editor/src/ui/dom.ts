// A tiny element builder: views are functions that return DOM nodes.

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** Use to build an element: h('button', { type: 'button', onclick: fn }, 'Save'). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

/** Use to add children (strings become text nodes; falsy entries are skipped). */
export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Use to replace everything inside an element. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/**
 * Use to make an element's children exactly `wanted`, in order, moving only what differs:
 * kept children are not re-created or re-styled (a long list redrawn after a small change).
 */
export function patchChildren(parent: Element, wanted: readonly Element[]): void {
  const keep = new Set<Node>(wanted);
  for (const child of [...parent.childNodes]) if (!keep.has(child)) child.remove();
  let at: ChildNode | null = parent.firstChild;
  for (const node of wanted) {
    if (node === at) at = node.nextSibling;
    else parent.insertBefore(node, at);
  }
}

/** Use to link a description (hint, count, error) to a field without dropping its others. */
export function addDescription(field: Element, id: string): void {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  if (!ids.includes(id)) field.setAttribute('aria-describedby', [...ids, id].join(' '));
}

/** Use to unlink one description added with `addDescription`; the others stay. */
export function removeDescription(field: Element, id: string): void {
  const ids = (field.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter((x) => x && x !== id);
  if (ids.length > 0) field.setAttribute('aria-describedby', ids.join(' '));
  else field.removeAttribute('aria-describedby');
}
