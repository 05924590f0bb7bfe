// The one place the editor talks HTTP to /api: JSON in, validated JSON or a problem out.
import type { z } from 'zod/mini';
import { t } from '../i18n/index.ts';

export interface ApiProblem {
  ok: false;
  /** 0 when the server could not be reached. */
  status: number;
  title: string;
  detail: string;
  errors: { field: string; message: string }[];
}

export type ApiResult<T> = { ok: true; data: T } | ApiProblem;

function problemFrom(status: number, body: unknown): ApiProblem {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const errors = Array.isArray(b.errors)
    ? (b.errors as unknown[]).flatMap((e) => {
        const item = e as Record<string, unknown>;
        return typeof item.field === 'string' && typeof item.message === 'string'
          ? [{ field: item.field, message: item.message }]
          : [];
      })
    : [];
  return {
    ok: false,
    status,
    title: typeof b.title === 'string' ? b.title : `HTTP ${status}`,
    detail: typeof b.detail === 'string' ? b.detail : '',
    errors,
  };
}

/**
 * Use for every API call: sends the session cookie, parses the answer with `schema`
 * (null when no body is expected) and turns failures into a problem, never a throw.
 */
export async function api<S extends z.ZodMiniType>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  schema: S | null,
  body?: unknown,
): Promise<ApiResult<z.infer<S>>> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, title: 'offline', detail: '', errors: [] };
  }
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!response.ok) {
    const problem = problemFrom(response.status, json);
    // The API's words for scripts ("send an API token") mean, in the editor, that the
    // session ended: signed out in another tab, a password change, or expiry.
    if (problem.status === 401 && path !== '/session') problem.detail = t('error.sessionEnded');
    return problem;
  }
  if (schema === null) return { ok: true, data: undefined as z.infer<S> };
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, status: 502, title: 'Unexpected answer', detail: path, errors: [] };
  }
  return { ok: true, data: parsed.data };
}
