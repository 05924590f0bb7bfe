import type { MiddlewareHandler } from 'hono';
import { problem } from '../problem.ts';
import type { ApiEnv } from './api-env.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True when a request's Origin is this server's own origin (or the configured public one). */
export function originAllowed(
  origin: string | undefined,
  requestUrl: string,
  publicUrl: string | undefined,
): boolean {
  if (!origin) return false;
  const allowed = new Set([new URL(requestUrl).origin]);
  if (publicUrl) allowed.add(new URL(publicUrl).origin);
  return allowed.has(origin);
}

/**
 * CSRF defence for cookie-authenticated writes: a mutating request that does not carry
 * an `Authorization` header must come with an Origin header naming this site. Browsers
 * send Origin on every POST/PUT/PATCH/DELETE, so same-origin pages pass and other sites
 * cannot ride the session cookie. Bearer-token requests cannot be forged cross-site.
 */
export function sameOrigin(publicUrl: string | undefined): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method) || c.req.header('authorization') !== undefined) return next();
    if (!originAllowed(c.req.header('origin'), c.req.url, publicUrl)) {
      return problem(
        c,
        403,
        'Forbidden',
        'Cross-origin request refused: send it from the Accord site itself or with an API token.',
      );
    }
    return next();
  };
}
