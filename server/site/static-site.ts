import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Context, MiddlewareHandler } from 'hono';
import { problem } from '../http/problem.ts';
import {
  cacheControl,
  contentType,
  isCompressible,
  pickEncoding,
  resolveSitePath,
} from './site-path.ts';

/** Paths owned by other parts of the process; the site never answers for them. */
const RESERVED = /^\/(api|edit|collab|healthz)(\/|$)/;

/**
 * Serve the built static site from `siteDir` (ACCORD_SITE_DIR). Mount it last: it answers
 * GET/HEAD for any path not reserved by the API, editor or socket, with precompressed
 * files, ETags and the site's own 404 page. `siteDir` is re-resolved on every request, so an
 * atomic swap of the folder (rebuildSite) takes effect without a restart.
 */
export function siteHandler(siteDir: string): MiddlewareHandler {
  return async (c, next) => {
    const pathname = new URL(c.req.url).pathname;
    if (RESERVED.test(pathname)) return next();
    const target = resolveSitePath(pathname);
    // A browser that asked for a malformed address still gets the site's own page, not JSON.
    if (target.kind === 'invalid')
      return (
        (await serveFile(c, siteDir, '404.html', 400)) ??
        problem(c, 400, 'Bad Request', 'Malformed path.')
      );
    if (target.kind === 'redirect') {
      const search = new URL(c.req.url).search;
      const folder = await statOrNull(join(siteDir, target.location.slice(1)));
      if (folder?.isDirectory()) return c.redirect(target.location + search, 301);
      return notFound(c, siteDir);
    }
    const served = await serveFile(c, siteDir, target.file, 200);
    return served ?? notFound(c, siteDir);
  };
}

/** Seconds a client is asked to wait while the first build of the site runs. */
const BUILDING_RETRY_SECONDS = 30;

async function notFound(c: Context, siteDir: string): Promise<Response> {
  const page = await serveFile(c, siteDir, '404.html', 404);
  if (page) return page;
  // No site at all yet: the first start builds it in the background (about a minute).
  if (!(await statOrNull(join(siteDir, 'index.html')))?.isFile()) {
    const busy = problem(
      c,
      503,
      'Service Unavailable',
      'The published site has not been built yet. It is built when the server starts and after each publication: try again in a minute.',
    );
    busy.headers.set('retry-after', String(BUILDING_RETRY_SECONDS));
    return busy;
  }
  return problem(c, 404, 'Not Found', 'The published site has no page at this address.');
}

async function serveFile(
  c: Context,
  siteDir: string,
  file: string,
  status: 200 | 400 | 404,
): Promise<Response | null> {
  const path = join(siteDir, file);
  const stats = await statOrNull(path);
  if (!stats?.isFile()) return null;

  const headers = new Headers({
    'content-type': contentType(file),
    'cache-control': status === 200 ? cacheControl(file) : 'no-cache',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  });
  let body = { path, stats };
  if (isCompressible(file)) {
    headers.set('vary', 'accept-encoding');
    for (const encoding of pickEncoding(c.req.header('accept-encoding'))) {
      const sibling = `${path}.${encoding === 'br' ? 'br' : 'gz'}`;
      const siblingStats = await statOrNull(sibling);
      if (siblingStats?.isFile()) {
        headers.set('content-encoding', encoding);
        body = { path: sibling, stats: siblingStats };
        break;
      }
    }
  }
  const etag = `W/"${body.stats.size.toString(36)}-${Math.floor(body.stats.mtimeMs).toString(36)}"`;
  headers.set('etag', etag);
  if (status === 200 && c.req.header('if-none-match') === etag) {
    return new Response(null, { status: 304, headers });
  }
  headers.set('content-length', String(body.stats.size));
  if (c.req.method === 'HEAD') return new Response(null, { status, headers });
  const stream = Readable.toWeb(createReadStream(body.path)) as ReadableStream<Uint8Array>;
  return new Response(stream, { status, headers });
}

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}
