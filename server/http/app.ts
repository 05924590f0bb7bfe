import { Hono } from 'hono';
import type { Db } from '../db/open.ts';
import { databaseOk } from '../db/open.ts';
import type { Logger } from '../logger.ts';
import { allowedMethods } from './allowed-methods.ts';
import { problem } from './problem.ts';
import { mountEditorAssets } from '../editor-assets/index.ts';
import type { AccessLoss } from '../auth/access-watcher.ts';
import { SignInThrottle } from '../auth/throttle.ts';
import { createApi } from './routes/index.ts';
import { siteHandler } from '../site/static-site.ts';
import type { Standard } from '../accounts/standards.ts';
import type { ReleaseDeps } from '../releases/deps.ts';
import { seedInitialDraft } from '../store/index.ts';
import { releaseDocs } from '../releases/docs.ts';
import { releaseRoutes } from '../releases/routes.ts';
import type { ReviewDeps } from '../review/deps.ts';
import { reviewDocs } from '../review/docs.ts';
import { reviewRoutes } from '../review/routes.ts';

export interface AppDeps {
  db: Db;
  logger: Logger;
  version: string;
  /** Public origin behind a reverse proxy (CSRF checks, Secure cookies). */
  publicUrl?: string | undefined;
  /** Told when a user loses access, to close their open sockets. */
  onAccessLoss?: (loss: AccessLoss) => void;
  /** The built published site (ACCORD_SITE_DIR), served at `/`; omitted in some tests. */
  siteDir?: string | undefined;
  /** The release pipeline (store, standards folder, site rebuild); omitted: no release routes. */
  releases?: Omit<ReleaseDeps, 'db' | 'logger'> | undefined;
  /** Review (rounds, threads): the draft's stored state and the broadcast to its viewers. */
  review?: Pick<ReviewDeps, 'loadState' | 'broadcast'> | undefined;
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

  // Review routes answer before the accounts API: they have their own body limits.
  if (deps.review)
    app.route(
      '/api/standards/:slug',
      reviewRoutes({ ...deps.review, db: deps.db, logger: deps.logger, publicUrl: deps.publicUrl }),
    );

  // The server seeds every new draft; clients never do.
  const store = deps.releases?.store;
  app.route(
    '/api',
    createApi(
      {
        db: deps.db,
        logger: deps.logger,
        version: deps.version,
        publicUrl: deps.publicUrl,
        throttle: new SignInThrottle(),
        onAccessLoss: deps.onAccessLoss ?? (() => undefined),
        ...(store
          ? {
              onStandardCreated: (standard: Standard, userId: string) => {
                seedInitialDraft(store, standard.document, userId);
              },
            }
          : {}),
      },
      {
        routes: deps.releases
          ? [releaseRoutes({ ...deps.releases, db: deps.db, logger: deps.logger })]
          : [],
        docs: [...(deps.releases ? releaseDocs : []), ...(deps.review ? reviewDocs : [])],
      },
    ),
  );

  // The browser editor at /edit/ (built into editor/dist).
  mountEditorAssets(app);

  // The published site answers last, for any GET/HEAD no route above claimed.
  if (deps.siteDir) app.get('*', siteHandler(deps.siteDir));

  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const allow = allowedMethods(app, path);
    if (allow.length === 0) return problem(c, 404, 'Not Found', `No resource at ${path}`);
    c.header('Allow', allow.join(', '));
    return problem(
      c,
      405,
      'Method Not Allowed',
      `${c.req.method} is not allowed at ${path}; it answers ${allow.join(', ')}.`,
    );
  });

  // Programmer errors end here: logged with an id, never shown to the client.
  app.onError((err, c) => {
    deps.logger.error({ err, path: new URL(c.req.url).pathname }, 'request failed');
    return problem(c, 500, 'Internal Server Error', 'The server could not complete the request.');
  });

  return app;
}
