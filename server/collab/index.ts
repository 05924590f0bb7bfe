import { Hocuspocus } from '@hocuspocus/server';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { Config } from '../config.ts';
import type { Db } from '../db/open.ts';
import type { Logger } from '../logger.ts';

export interface CollabDeps {
  db: Db;
  logger: Logger;
  config: Config;
}

export interface CollabServer {
  hocuspocus: Hocuspocus;
  /** Take over an HTTP upgrade request for /collab. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Close every socket and unload every document. */
  close(): Promise<void>;
}

/** The collaboration socket: Hocuspocus 3 behind our own WebSocketServer. */
export function createCollabServer(deps: CollabDeps): CollabServer {
  const hocuspocus = new Hocuspocus({ quiet: true });
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: deps.config.ACCORD_MAX_MESSAGE_BYTES,
  });
  return {
    hocuspocus,
    handleUpgrade(req, socket, head) {
      wss.handleUpgrade(req, socket, head, (ws) => {
        hocuspocus.handleConnection(ws, req);
      });
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      await Promise.resolve();
    },
  };
}
