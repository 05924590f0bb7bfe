import { Hono } from 'hono';
import type { Db } from '../db/open.ts';
import { databaseOk } from '../db/open.ts';
import type { Logger } from '../logger.ts';
import { problem } from './problem.ts';

export interface AppDeps {
  db: Db;
  logger: Logger;
  version: string;
}

/**
 * The HTTP application: health, the JSON API under /api/, later the editor and the site.
 * Route groups are mounted here and live in files of their own.
 */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();

  app.get('/healthz', (c) => {
    const dbOk = databaseOk(deps.db);
    return c.json(
      { status: dbOk ? 'ok' : 'degraded', version: deps.version, database: dbOk ? 'ok' : 'error' },
      dbOk ? 200 : 503,
    );
  });

  app.notFound((c) =>
    problem(c, 404, 'Not Found', `No resource at ${new URL(c.req.url).pathname}`),
  );

  // Programmer errors end here: logged with an id, never shown to the client.
  app.onError((err, c) => {
    deps.logger.error({ err, path: new URL(c.req.url).pathname }, 'request failed');
    return problem(c, 500, 'Internal Server Error', 'The server could not complete the request.');
  });

  return app;
}
