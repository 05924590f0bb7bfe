// A tiny history router for /edit/*: a route is a path pattern and a view function.
import { t } from './i18n/index.ts';
import { h } from './ui/dom.ts';
import { mayLeavePage } from './ui/leave-guard.ts';

export const BASE = '/edit/';

/** What a view gets: the matched parameters, the element to render into, and its tab title. */
export interface ViewContext {
  params: Record<string, string>;
  root: HTMLElement;
  /** Name the browser tab, most specific part first: setTitle('Members', 'My standard'). */
  setTitle: (...parts: string[]) => void;
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

/** Use to build a tab title: the parts, most specific first, then the app ('Users — Accord'). */
export function pageTitle(parts: readonly string[], app = t('app.name')): string {
  const named = parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  // 'Sign in to Accord' needs no '— Accord' after it.
  const unique = [...new Set(named)];
  const says = (part: string) => part.split(/\s+/).includes(app);
  return (unique.some(says) ? unique : [...unique, app]).join(' — ');
}

/** A title read off the page for views that do not set one: the h1's own text (not its
 * badges such as the slug), then the section marked current in a page nav ('Draft')
 * unless the heading already says it ('Releases of …'). */
export function titleFromPage(root: ParentNode): string[] {
  const h1 = root.querySelector('h1');
  const heading = h1
    ? [...h1.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
    : '';
  const section = root.querySelector('main nav [aria-current="page"]')?.textContent?.trim() ?? '';
  const said = heading.toLowerCase().includes(section.toLowerCase());
  return said ? [heading] : [heading, section];
}

/** A page that failed to load: what happened and a way to try again. */
function showLoadFailure(root: HTMLElement): void {
  root.replaceChildren(
    h(
      'main',
      { class: 'page' },
      h('h1', {}, t('error.pageTitle')),
      h('p', { role: 'alert' }, t('error.offline')),
      h('button', { type: 'button', onclick: () => location.reload() }, t('error.retry')),
    ),
  );
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
    // No stale title from the last page while this one loads; a view that has gone stale
    // (the user navigated on) may not rename the tab.
    document.title = pageTitle([]);
    let titled = false;
    const setTitle = (...parts: string[]): void => {
      if (mine !== generation) return;
      titled = true;
      document.title = pageTitle(parts);
    };
    const ctx: ViewContext = { params: {}, root, setTitle };
    let result: void | (() => void) = undefined;
    const route = routes.find((r) => r.pattern.test(path));
    const match = route?.pattern.exec(path);
    try {
      if (route && match) {
        route.names.forEach(
          (name, i) => (ctx.params[name] = decodeURIComponent(match[i + 1] ?? '')),
        );
        result = await route.view(ctx);
      } else await notFound(ctx);
    } catch {
      // Mostly a page's code that could not be fetched (offline): say so, never a blank page.
      if (mine === generation) showLoadFailure(root);
    }
    if (mine !== generation) return void result?.();
    cleanup = result;
    if (!titled) document.title = pageTitle(titleFromPage(root));
  }

  /** Go to an app path such as 's/my-standard' (replace: no new history entry). */
  function navigate(path: string, options: { replace?: boolean } = {}): void {
    const url = BASE + path.replace(/^\//, '');
    void mayLeavePage().then((leave) => {
      if (!leave) return;
      if (options.replace) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      shown = location.href;
      void render();
    });
  }

  // Back and Forward have already changed the address when we hear of them: staying puts
  // the page's own address back.
  let shown = location.href;
  window.addEventListener('popstate', () => {
    void mayLeavePage().then((leave) => {
      if (!leave) return history.pushState(null, '', shown);
      shown = location.href;
      void render();
    });
  });
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
