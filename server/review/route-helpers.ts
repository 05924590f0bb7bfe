/** Small pieces the review routes share: middleware chain, access, outcome → response. */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import type { ApiEnv } from '../http/middleware/api-env.ts';
import { authenticate } from '../http/middleware/authenticate.ts';
import { requireStandardRole } from '../http/middleware/require.ts';
import { sameOrigin } from '../http/middleware/same-origin.ts';
import { parseBody, parseInput } from '../http/middleware/validate.ts';
import { problem } from '../http/problem.ts';
import type { Failure, ReviewDeps } from './deps.ts';
import type { Actor } from './threads-service.ts';

/** JSON bodies: room for a 20,000-character comment and proposed change in any script. */
export const MAX_JSON_BYTES = 256 * 1024;
/** Uploaded comment tables. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** 10485760 → "10 MB", 65536 → "64 KB": for people, not for parsers. */
export function sizeInWords(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

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
        problem(
          c,
          413,
          'Content Too Large',
          `The request is too large: at most ${sizeInWords(maxBytes)} (a comment table must be smaller).`,
        ),
    }),
    sameOrigin(deps.publicUrl),
    authenticate(deps.db, deps.publicUrl),
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

type Input<S> = S extends z.ZodType ? z.infer<S> : undefined;

/** What a review route handler receives: the checked inputs and who is acting. */
export interface ReviewRequest<P, Q, B> {
  c: Context<ApiEnv>;
  actor: Actor;
  params: Input<P>;
  query: Input<Q>;
  body: Input<B>;
}

/**
 * Use for every review route: checks the path parameters and the query, then the caller's
 * access to the standard, then the JSON body — answering the first problem found — and
 * hands the checked inputs to `handle`.
 */
export function reviewRoute<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(
  deps: ReviewDeps,
  schemas: { params?: P; query?: Q; body?: B },
  handle: (request: ReviewRequest<P, Q, B>) => Response | Promise<Response>,
): (c: Context<ApiEnv>) => Promise<Response> {
  return async (c) => {
    const params = schemas.params ? parseInput(c, schemas.params, c.req.param()) : none;
    if (!params.ok) return params.response;
    const query = schemas.query ? parseInput(c, schemas.query, c.req.query()) : none;
    if (!query.ok) return query.response;
    const access = actorFor(c, deps);
    if (!access.ok) return access.response;
    const body = schemas.body ? await parseBody(c, schemas.body) : none;
    if (!body.ok) return body.response;
    return handle({
      c,
      actor: access.actor,
      params: params.data as Input<P>,
      query: query.data as Input<Q>,
      body: body.data as Input<B>,
    });
  };
}

const none = { ok: true, data: undefined } as const;
