import { getRequestListener } from '@hono/node-server';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Config } from './config.ts';
import { ensureFirstAdmin } from './accounts/first-admin.ts';
import { watchAccessLosses, type AccessLoss } from './auth/access-watcher.ts';
import { createCollabAuthenticator } from './auth/collab-authenticator.ts';
import { SCHEMA_VERSION } from '../model/index.ts';
import { createCollabServer, type CollabAuthenticator, type CollabServer } from './collab/index.ts';
import { migrate } from './db/migrate.ts';
import { migrations } from './db/migrations/index.ts';
import { openDatabase, type Db } from './db/open.ts';
import { startWalCheckpointer } from './db/wal-checkpointer.ts';
import { createApp } from './http/app.ts';
import { createDocumentStore, type DocumentStore } from './store/index.ts';
import { siteRebuildTrigger } from './releases/site-trigger.ts';
import { repairReleaseFiles } from './releases/sync-files.ts';
import { builtOn, watchEffectiveDates } from './releases/effective-date-watch.ts';
import type { ReleaseDeps } from './releases/index.ts';
import type { ReviewDeps } from './review/deps.ts';
import { seedDemo } from './demo/seed.ts';
import type { Logger } from './logger.ts';
import { version } from './version.ts';

export interface RunningServer {
  url: string;
  db: Db;
  /** The collaboration store (update log, checkpoints, seeding). */
  store: DocumentStore;
  collab: CollabServer;
  http: Server;
  /** Stop accepting connections, flush and close the database. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Who a collaboration token belongs to; tests pass their own. Default: refuse everyone. */
  authenticator?: CollabAuthenticator;
  /** Rebuild the site after a release is published or changes status; default true. */
  rebuildSiteOnRelease?: boolean;
}

export type StartResult = { ok: true; server: RunningServer } | { ok: false; message: string };

/**
 * Start Accord in this process: database, HTTP app and collaboration socket on one port.
 * Used by `npm start` and by integration tests (with a temporary DATA_DIR).
 */
export async function startServer(
  config: Config,
  logger: Logger,
  options: StartOptions = {},
): Promise<StartResult> {
  // Take the port first: a second server on a port in use stops here with one line, before it
  // touches the database (it used to create the admin and seed the demo, then crash).
  // Requests that arrive while the rest starts are told to retry.
  let handle: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const http = createServer((req, res) => {
    if (handle) return handle(req, res);
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '2' });
    res.end('Accord is starting. Try again in a moment.\n');
  });
  const listening = await listenOn(http, config.PORT, config.HOST);
  if (!listening.ok) return listening;

  const db = openDatabase(join(config.DATA_DIR, 'accord.sqlite'));
  const migrated = migrate(db, migrations);
  if (!migrated.ok) {
    db.close();
    http.close();
    return { ok: false, message: migrated.message };
  }
  if (migrated.from !== migrated.to)
    logger.info({ from: migrated.from, to: migrated.to }, 'database migrated');
  // WAL checkpoints (and their fsyncs) run in a worker thread, off the collaboration hot path.
  const walCheckpointer = startWalCheckpointer(db, {
    intervalMs: config.ACCORD_WAL_CHECKPOINT_MS,
    onError: (message) => logger.error({ err: message }, 'background WAL checkpoint failed'),
  });

  const firstAdmin = await ensureFirstAdmin(db, {
    email: config.ACCORD_ADMIN_EMAIL,
    password: config.ACCORD_ADMIN_PASSWORD,
  });
  if (firstAdmin.created) {
    logger.info({ userId: firstAdmin.user.id }, 'first admin created');
    // Printed once, straight to the console and never to the log.
    if (firstAdmin.generated)
      console.log(
        `Accord admin created: ${firstAdmin.user.email} with password ${firstAdmin.password} (shown once; change it after signing in)`,
      );
  }

  const store = createDocumentStore(db, {
    checkpointUpdates: config.ACCORD_CHECKPOINT_UPDATES,
    checkpointBytes: config.ACCORD_CHECKPOINT_BYTES,
    logger,
  });
  const collab = createCollabServer({
    store,
    logger,
    config,
    authenticator: options.authenticator ?? createCollabAuthenticator(db, String(SCHEMA_VERSION)),
  });
  const reviewDeps: Omit<ReviewDeps, 'db' | 'logger' | 'publicUrl'> = {
    loadState: (name) => store.loadState(name),
    broadcast: (name, payload) =>
      collab.hocuspocus.documents.get(name)?.broadcastStateless(payload),
  };
  const releaseDeps: Omit<ReleaseDeps, 'db' | 'logger'> = {
    store,
    broadcast: reviewDeps.broadcast,
    standardsDir: config.ACCORD_STANDARDS_DIR,
    ...(options.rebuildSiteOnRelease === false
      ? {}
      : {
          onFilesChanged: siteRebuildTrigger({
            standardsDir: config.ACCORD_STANDARDS_DIR,
            siteDir: config.ACCORD_SITE_DIR,
            logger,
          }),
        }),
  };

  // First start with the demo on: a working group, version 1.0, a 1.1 draft under review.
  if (firstAdmin.created && config.ACCORD_DEMO) {
    const demo = await seedDemo(
      {
        releases: { db, logger, ...releaseDeps },
        review: { db, logger, publicUrl: config.ACCORD_PUBLIC_URL, ...reviewDeps },
      },
      firstAdmin.user,
      firstAdmin.password,
    );
    if (demo.seeded) {
      logger.info({ standardId: demo.standard.id }, 'demo seeded');
      console.log(
        [
          'Demo working group seeded (ACCORD_DEMO=0 skips this). Sign in at /edit/ with the admin password as:',
          `  ${firstAdmin.user.email.padEnd(26)} admin`,
          ...demo.users.map((u) => `  ${u.email.padEnd(26)} ${u.role}`),
        ].join('\n'),
      );
    }
  }

  // Release files lost to a crash or a failed write are rewritten from the database.
  repairReleaseFiles({ db, logger, ...releaseDeps });
  // The site says which version is in force today: rebuild it when an effective date arrives.
  const onDue = releaseDeps.onFilesChanged;
  const effectiveDates = onDue
    ? watchEffectiveDates({ db, logger, onDue, since: builtOn(config.ACCORD_SITE_DIR) })
    : null;

  const onAccessLoss = (loss: AccessLoss) => {
    const closed = collab.disconnect(loss);
    logger.info({ userId: loss.userId, documentName: loss.documentName, closed }, 'access lost');
  };
  // The admin CLI writes to the same database from another process: poll for its revocations.
  const accessWatcher = watchAccessLosses(db, onAccessLoss);
  const app = createApp({
    db,
    logger,
    version,
    publicUrl: config.ACCORD_PUBLIC_URL,
    onAccessLoss,
    siteDir: config.ACCORD_SITE_DIR,
    review: reviewDeps,
    releases: releaseDeps,
  });
  const listener = getRequestListener(app.fetch);
  handle = (req, res) => void listener(req, res);

  http.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/collab') {
      collab.handleUpgrade(req, socket, head);
    } else {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
    }
  });

  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
  logger.info({ url }, 'listening');

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      const httpClosed = new Promise<void>((resolve) => http.close(() => resolve()));
      accessWatcher.stop();
      effectiveDates?.stop();
      await collab.close();
      http.closeAllConnections();
      await httpClosed;
      await walCheckpointer.stop();
      db.close();
      logger.info('stopped');
    })();
    return closing;
  };

  return { ok: true, server: { url, db, store, collab, http, close } };
}

/** Listen on `port` and `host`; a port in use or not allowed is a one-line message, not a crash. */
function listenOn(
  http: Server,
  port: number,
  host: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  return new Promise((resolve) => {
    const onError = (err: NodeJS.ErrnoException) => {
      const where = `PORT ${port} on ${host}`;
      const message =
        err.code === 'EADDRINUSE'
          ? `${where} is already in use: stop the other process, or set PORT to a free port.`
          : err.code === 'EACCES'
            ? `${where} needs privileges this process does not have: use a PORT above 1023.`
            : err.code === 'EADDRNOTAVAIL'
              ? `HOST ${host} is not an address of this machine: use 127.0.0.1, 0.0.0.0 or one of its addresses.`
              : `Cannot listen on ${host}:${port}: ${err.message}`;
      resolve({ ok: false, message });
    };
    http.once('error', onError);
    http.listen(port, host, () => {
      http.off('error', onError);
      resolve({ ok: true });
    });
  });
}
