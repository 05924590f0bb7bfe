/** Small pieces the review routes share: middleware chain, access, outcome → response. */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ApiEnv } from '../http/middleware/api-env.ts';
import { authenticate } from '../http/middleware/authenticate.ts';
import { requireStandardRole } from '../http/middleware/require.ts';
import { sameOrigin } from '../http/middleware/same-origin.ts';
import { problem } from '../http/problem.ts';
import type { Failure, ReviewDeps } from './deps.ts';
import type { Actor } from './threads-service.ts';

/** JSON bodies: room for a 20,000-character comment and proposed change in any script. */
export const MAX_JSON_BYTES = 256 * 1024;
/** Uploaded comment tables. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * The middleware every review route runs: body limit, same-origin check for cookie
 * writes, caller resolution. Review routes are mounted beside the accounts API (its
 * 64 KiB body limit is too small for long comments and uploaded tables).
 */
export function reviewMiddleware(deps: ReviewDeps, maxBytes: number): MiddlewareHandler<ApiEnv>[] {
  return [
    bodyLimit({
      maxSize: maxBytes,
      onError: (c) =>
        problem(c, 413, 'Content Too Large', `Bodies are limited to ${maxBytes} bytes.`),
    }),
    sameOrigin(deps.publicUrl),
    authenticate(deps.db),
  ];
}

/** The acting caller on the standard in the path (401/404 as the accounts API answers). */
export function actorFor(
  c: Context<ApiEnv>,
  deps: ReviewDeps,
): { ok: true; actor: Actor } | { ok: false; response: Response } {
  const access = requireStandardRole(c, deps.db, c.req.param('slug') ?? '', 'comment.read');
  if (!access.ok) return access;
  return {
    ok: true,
    actor: { caller: access.caller, role: access.role, standard: access.standard },
  };
}

/** Use to answer a refused review operation as a problem detail. */
export function refusal(c: Context, f: Failure, extra: Record<string, unknown> = {}): Response {
  if (Object.keys(extra).length === 0) return problem(c, f.status, f.title, f.detail);
  const body = {
    type: `https://accord.invalid/problems/${f.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    title: f.title,
    status: f.status,
    detail: f.detail,
    ...extra,
  };
  return c.json(body, f.status, { 'content-type': 'application/problem+json' });
}
