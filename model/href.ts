// Link targets allowed in a standard.
const SAFE_HREF = /^(https?:\/\/[^\s<>"]+|mailto:[^\s<>"]+)$/i;

/** Use before storing or rendering any link: only http, https and mailto are allowed. */
export function isSafeHref(href: string): boolean {
  if (!SAFE_HREF.test(href)) return false;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:';
  } catch {
    return false;
  }
}
