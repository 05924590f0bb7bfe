import type { Context } from 'hono';
import type { z } from 'zod';
import { problem } from '../problem.ts';

export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/** A 400 problem listing each offending field; use for every rejected input. */
export function invalid(c: Context, issues: { field: string; message: string }[]): Response {
  return problem(c, 400, 'Bad Request', 'The request has invalid fields.', { errors: issues });
}

function fromZod(c: Context, error: z.ZodError, where: string): Response {
  return invalid(
    c,
    error.issues.map((i) => ({
      field: i.path.length ? i.path.join('.') : where,
      message: i.message,
    })),
  );
}

// Fatal: bytes that are not UTF-8 are refused, not silently turned into U+FFFD and stored.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Parse and validate a JSON body; answers 400 for bad JSON, bad UTF-8 or bad fields. */
export async function parseBody<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<Parsed<z.infer<S>>> {
  let raw: unknown;
  try {
    const bytes = await c.req.arrayBuffer();
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return {
        ok: false,
        response: invalid(c, [{ field: 'body', message: 'The body is not valid UTF-8 text.' }]),
      };
    }
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      response: invalid(c, [{ field: 'body', message: 'Expected a JSON body.' }]),
    };
  }
  const result = schema.safeParse(raw);
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, response: fromZod(c, result.error, 'body') };
}

/** Validate path parameters or a query string (as an object of strings); answers 400. */
export function parseInput<S extends z.ZodType>(
  c: Context,
  schema: S,
  value: unknown,
): Parsed<z.infer<S>> {
  const result = schema.safeParse(value);
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, response: fromZod(c, result.error, 'query') };
}
