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
 * are percent-encoded, and a bare domain such as "example.org/help" gets https://. Links
 * with a user name or password in them are refused.
 */
export function normalizeHref(input: string): string | null {
  const trimmed = input.trim();
  // A bare domain needs a letters-only top-level domain ("5.1" is a clause number, not an
  // address) and may carry a port ("example.org:8080" is not a scheme).
  const bareDomain = /^[\w-]+(\.[\w-]+)*\.[a-z]{2,}(:\d+)?([/?#]|$)/i.test(trimmed);
  const withScheme = bareDomain ? `https://${trimmed}` : trimmed;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  // "https://trusted.example@other.example/" leads elsewhere than it reads.
  if (url.username || url.password) return null;
  return isSafeHref(url.href) ? url.href : null;
}
