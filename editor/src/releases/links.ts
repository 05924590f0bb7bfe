// In-app links that keep their query string (the router's data-link handler drops it).
import { navigate } from '../navigation.ts';
import { h } from '../ui/dom.ts';

/** Use for the app path of the compare view between two sides (version labels or 'draft'). */
export function compareHref(slug: string, from: string, to: string): string {
  return `s/${encodeURIComponent(slug)}/compare?${new URLSearchParams({ from, to }).toString()}`;
}

/** Use for a link to an app path that may carry a query; opens without a page load. */
export function appLink(path: string, text: string): HTMLAnchorElement {
  return h(
    'a',
    {
      href: `/edit/${path}`,
      onclick: (event: Event) => {
        const e = event as MouseEvent;
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        navigate(path);
      },
    },
    text,
  );
}
