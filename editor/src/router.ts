// A tiny history router for /edit/*: a route is a path pattern and a view function.

export const BASE = '/edit/';

/** What a view gets: the matched parameters and the element to render into. */
export interface ViewContext {
  params: Record<string, string>;
  root: HTMLElement;
}

/** A view renders into root and may return a cleanup run before the next view. */
export type View = (ctx: ViewContext) => void | (() => void) | Promise<void | (() => void)>;

interface Route {
  pattern: RegExp;
  names: string[];
  view: View;
}

/** Use to turn an app path ('s/:slug') into a matcher. */
function compile(path: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path
    .split('/')
    .map((part) => {
      if (part.startsWith(':')) {
        names.push(part.slice(1));
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { pattern: new RegExp(`^${source}/?$`), names };
}

/** Use once at start-up; `notFound` renders any unmatched path. */
export function createRouter(root: HTMLElement, table: Record<string, View>, notFound: View) {
  const routes: Route[] = Object.entries(table).map(([path, view]) => ({ ...compile(path), view }));
  let cleanup: (() => void) | void = undefined;
  let generation = 0;

  async function render(): Promise<void> {
    const mine = ++generation;
    const path = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length) : '';
    if (cleanup) cleanup();
    cleanup = undefined;
    root.replaceChildren();
    for (const route of routes) {
      const match = route.pattern.exec(path);
      if (!match) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1] ?? '')));
      const result = await route.view({ params, root });
      if (mine === generation) cleanup = result;
      else if (result) result();
      return;
    }
    await notFound({ params: {}, root });
  }

  /** Go to an app path such as 's/my-standard' (replace: no new history entry). */
  function navigate(path: string, options: { replace?: boolean } = {}): void {
    const url = BASE + path.replace(/^\//, '');
    if (options.replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    void render();
  }

  window.addEventListener('popstate', () => void render());
  // Same-app links navigate without a page load.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[data-link]');
    if (!(link instanceof HTMLAnchorElement)) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(link.pathname.slice(BASE.length));
  });

  return { render, navigate };
}

export type Router = ReturnType<typeof createRouter>;
