// Pure rules for serving the built static site: which file a URL path means, its type and
// how long browsers may keep it.

export type SitePath =
  { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'invalid' };

/**
 * Map a request path to a file inside the site folder (relative, forward slashes).
 * Use before touching the file system: rejects traversal, NUL bytes and hidden files.
 * A path without an extension and without a trailing slash redirects to the folder form,
 * since every page is built as `<path>/index.html`.
 */
export function resolveSitePath(pathname: string): SitePath {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'invalid' };
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) {
    return { kind: 'invalid' };
  }
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '..' || s === '.' || (s.startsWith('.') && s.length > 0))) {
    return { kind: 'invalid' };
  }
  if (decoded.endsWith('/')) return { kind: 'file', file: `${decoded.slice(1)}index.html` };
  const last = segments.at(-1) ?? '';
  if (!last.includes('.')) return { kind: 'redirect', location: `${pathname}/` };
  return { kind: 'file', file: decoded.slice(1) };
}

const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  txt: 'text/plain; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  pdf: 'application/pdf',
  wasm: 'application/wasm',
  woff2: 'font/woff2',
  pagefind: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

/** Content-Type for a site file, by extension. */
export function contentType(file: string): string {
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  return TYPES[ext] ?? 'application/octet-stream';
}

/** Whether a file is worth serving precompressed (`.br` / `.gz` siblings built by the pipeline). */
export function isCompressible(file: string): boolean {
  return /\.(html|css|js|mjs|json|svg|txt|xml)$/i.test(file);
}

/**
 * Cache-Control for a site file: content-hashed assets are immutable; pages, PDFs and the
 * search index revalidate (a new release must show at once), with ETags keeping that cheap.
 */
export function cacheControl(file: string): string {
  if (file.startsWith('_astro/')) return 'public, max-age=31536000, immutable';
  if (/^pagefind\/.+\.(pf_fragment|pf_index|pf_filter|pf_meta)$/.test(file))
    return 'public, max-age=31536000, immutable';
  return 'public, max-age=0, must-revalidate';
}

/** Pick the precompressed encoding a client accepts: brotli first, then gzip. */
export function pickEncoding(acceptEncoding: string | undefined): ('br' | 'gzip')[] {
  const accepted = (acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
    .map(([name]) => (name ?? '').trim().toLowerCase());
  const out: ('br' | 'gzip')[] = [];
  if (accepted.includes('br')) out.push('br');
  if (accepted.includes('gzip')) out.push('gzip');
  return out;
}
