import type { z } from 'zod';

/**
 * A route's description for the OpenAPI document, built from the same zod schemas the
 * route validates with. Each route file exports its list next to its handlers.
 */
export interface RouteDoc {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI style path, e.g. /api/standards/{slug}. */
  path: string;
  summary: string;
  tag: string;
  /** none: anonymous allowed; user: any signed-in caller; admin: platform admins only. */
  auth: 'none' | 'user' | 'admin';
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
}
