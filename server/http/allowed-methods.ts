// Which methods a path answers to, so a wrong method gets 405 with Allow instead of 404.
import type { Hono } from 'hono';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * Use when no route answered a request: the methods some route (not middleware, not the
 * published site's catch-all) serves at this path; HEAD goes with GET. Empty: a real 404.
 */
export function allowedMethods(app: Hono, path: string): string[] {
  const allowed: string[] = [];
  for (const method of METHODS) {
    const [matches] = app.router.match(method, path);
    const served = matches.some(
      ([[, route]]) => route.method === method && route.path !== '*' && route.path !== '/*',
    );
    if (served) allowed.push(...(method === 'GET' ? ['GET', 'HEAD'] : [method]));
  }
  return allowed;
}
