import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An RFC 9457 problem detail: the only error shape the API sends. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** For validation failures: the offending field paths and messages. */
  errors?: { field: string; message: string }[];
}

/** Answer with a problem detail; use for every expected failure of an API route. */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  title: string,
  detail?: string,
  extra: Partial<Problem> = {},
): Response {
  const body: Problem = {
    type: `https://accord.invalid/problems/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    title,
    status,
    ...(detail === undefined ? {} : { detail }),
    ...extra,
  };
  return c.json(body, status, { 'content-type': 'application/problem+json' });
}
