import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Context, Hono } from 'hono';
import { problem } from '../http/problem.ts';
import { contentTypeOf } from './content-type.ts';
import { editorDistDir } from './paths.ts';

// Hashed file names under assets/ never change content: cache them for a year.
const IMMUTABLE = 'public, max-age=31536000, immutable';
// index.html names the current hashes: revalidate on every load.
const REVALIDATE = 'no-cache';
const COMPRESSIBLE = new Set(['.js', '.css', '.svg', '.json', '.html']);

// Styles: Tiptap and the caret extension set style attributes. Sockets: same origin (ws/wss).
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

async function fileOrNull(path: string): Promise<Buffer | null> {
  try {
    if (!(await stat(path)).isFile()) return null;
    return await readFile(path);
  } catch {
    return null;
  }
}

/** A file inside distDir for a request path, or null when the path escapes it. */
function resolveInside(distDir: string, relativePath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relativePath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const path = normalize(join(distDir, decoded));
  return path.startsWith(distDir + sep) ? path : null;
}

async function send(c: Context, path: string, cacheControl: string): Promise<Response | null> {
  const ext = extname(path).toLowerCase();
  const headers: Record<string, string> = {
    'content-type': contentTypeOf(path),
    'cache-control': cacheControl,
    'x-content-type-options': 'nosniff',
  };
  if (ext === '.html') {
    headers['content-security-policy'] = CSP;
    headers['referrer-policy'] = 'same-origin';
  }
  const acceptsGzip = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
  if (COMPRESSIBLE.has(ext)) headers.vary = 'accept-encoding';
  if (acceptsGzip && COMPRESSIBLE.has(ext)) {
    const gz = await fileOrNull(`${path}.gz`);
    if (gz) {
      headers['content-encoding'] = 'gzip';
      return c.body(new Uint8Array(gz), 200, headers);
    }
  }
  const body = await fileOrNull(path);
  return body ? c.body(new Uint8Array(body), 200, headers) : null;
}

/**
 * Serve the built editor at /edit/: hashed assets cached for good, everything else
 * revalidated, and any other /edit/* path answered with index.html (the editor routes itself).
 */
export function mountEditorAssets(app: Hono, distDir = editorDistDir): void {
  app.get('/edit', (c) => c.redirect('/edit/', 308));
  app.get('/edit/*', async (c) => {
    const rest = new URL(c.req.url).pathname.slice('/edit/'.length);
    const index = join(distDir, 'index.html');
    if (rest !== '' && rest !== 'index.html') {
      const path = resolveInside(distDir, rest);
      if (!path) return problem(c, 404, 'Not Found', 'No such editor file.');
      const cache = rest.startsWith('assets/') ? IMMUTABLE : REVALIDATE;
      const file = await send(c, path, cache);
      if (file) return file;
      // A missing file with an extension is a stale or wrong asset URL, not an editor route.
      if (extname(rest) !== '') return problem(c, 404, 'Not Found', 'No such editor file.');
    }
    const page = await send(c, index, REVALIDATE);
    return (
      page ??
      problem(
        c,
        503,
        'Editor Not Built',
        'The editor has not been built yet: run `npm run build:editor` or restart the server.',
      )
    );
  });
}
