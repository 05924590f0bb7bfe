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

/**
 * Use on a link typed by a person: the address as it should be stored, or null when it is
 * not an http, https or mailto address. Characters a URL may not hold raw (spaces, <, >, ")
 * are percent-encoded, and a bare domain such as "example.org/help" gets https://.
 */
export function normalizeHref(input: string): string | null {
  const trimmed = input.trim();
  const withScheme =
    !/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && /^[\w-]+(\.[\w-]+)+([/?#]|$)/.test(trimmed)
      ? `https://${trimmed}`
      : trimmed;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  return isSafeHref(url.href) ? url.href : null;
}
