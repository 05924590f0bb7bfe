import { getRequestListener } from '@hono/node-server';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Config } from './config.ts';
import {
  createCollabServer,
  refuseEveryone,
  type CollabAuthenticator,
  type CollabServer,
} from './collab/index.ts';
import { migrate } from './db/migrate.ts';
import { migrations } from './db/migrations/index.ts';
import { openDatabase, type Db } from './db/open.ts';
import { createApp } from './http/app.ts';
import { createDocumentStore, type DocumentStore } from './store/index.ts';
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
  const db = openDatabase(join(config.DATA_DIR, 'accord.sqlite'));
  const migrated = migrate(db, migrations);
  if (!migrated.ok) {
    db.close();
    return { ok: false, message: migrated.message };
  }
  if (migrated.from !== migrated.to)
    logger.info({ from: migrated.from, to: migrated.to }, 'database migrated');

  const store = createDocumentStore(db, {
    checkpointUpdates: config.ACCORD_CHECKPOINT_UPDATES,
    checkpointBytes: config.ACCORD_CHECKPOINT_BYTES,
    logger,
  });
  const collab = createCollabServer({
    store,
    logger,
    config,
    authenticator: options.authenticator ?? refuseEveryone,
  });
  const app = createApp({ db, logger, version });
  const listener = getRequestListener(app.fetch);
  const http = createServer((req, res) => {
    void listener(req, res);
  });

  http.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/collab') {
      collab.handleUpgrade(req, socket, head);
    } else {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
    }
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.PORT, config.HOST, () => resolve());
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
  logger.info({ url }, 'listening');

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      const httpClosed = new Promise<void>((resolve) => http.close(() => resolve()));
      await collab.close();
      http.closeAllConnections();
      await httpClosed;
      db.close();
      logger.info('stopped');
    })();
    return closing;
  };

  return { ok: true, server: { url, db, store, collab, http, close } };
}
