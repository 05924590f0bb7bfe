import type { Document, Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { Logger } from '../logger.ts';
import type { DocumentStore } from '../store/index.ts';
import { CloseCodes } from './close-codes.ts';
import { connectionOf, identityOf } from './origin.ts';
import { closeSocket } from './socket-close.ts';

/** Transaction origins of changes that are already in the store and must not be logged again. */
const LOADED = Symbol('accord:loaded-from-store');
const SEEDED = Symbol('accord:seeded');

export interface PersistenceOptions {
  store: DocumentStore;
  logger: Logger;
  maxDocumentBytes: number;
}

interface SizeEstimate {
  bytes: number;
  measuredAt: number;
}

/**
 * Durability: every change to a live document is appended to the store synchronously in
 * the document's `update` event, which fires inside Hocuspocus's message handler before
 * it sends the sync acknowledgement. So an acknowledged edit is committed.
 *
 * When an append fails the sender's socket is closed at once (Hocuspocus then skips the
 * acknowledgement, the provider keeps the change as unsynced and resends it after
 * reconnecting) and every other connection on the document is closed too, so the
 * document unloads and reloads from the store: its in-memory state no longer matches.
 */
export function createPersistence(options: PersistenceOptions) {
  const { store } = options;
  const log = options.logger.child({ component: 'persistence' });
  const live = new Map<string, Document>();
  const failed = new WeakSet<Document>();
  const sizes = new Map<string, SizeEstimate>();

  const fail = (document: Document, origin: unknown) => {
    const first = !failed.has(document);
    failed.add(document);
    const sender = connectionOf(origin);
    if (sender) closeSocket(sender.webSocket, CloseCodes.storeUnavailable);
    if (!first) return;
    setImmediate(() => {
      for (const connection of document.getConnections())
        closeSocket(connection.webSocket, CloseCodes.storeUnavailable);
    });
  };

  const persist = (document: Document, update: Uint8Array, origin: unknown) => {
    if (origin === LOADED || origin === SEEDED) return;
    if (failed.has(document)) {
      fail(document, origin);
      return;
    }
    const identity = identityOf(origin);
    try {
      store.appendUpdate(document.name, update, identity?.userId ?? null);
      const size = sizes.get(document.name);
      if (size) size.bytes += update.byteLength;
    } catch (err) {
      log.error(
        { err, documentName: document.name, userId: identity?.userId },
        'append failed; closing connections so no unsaved change is acknowledged',
      );
      fail(document, origin);
    }
  };

  store.onExternalAppend((documentName, update) => {
    const document = live.get(documentName);
    if (document && !document.isDestroyed) Y.applyUpdate(document, update, SEEDED);
  });

  const extension: Extension = {
    // Store extensions run after auth and limits.
    priority: 50,
    onLoadDocument({ document, documentName }) {
      const parts = store.loadParts(documentName);
      // One transaction: observers and the update event run once, not once per part.
      document.transact(() => {
        for (const part of parts) Y.applyUpdate(document, part, LOADED);
      }, LOADED);
      const bytes = parts.reduce((sum, part) => sum + part.byteLength, 0);
      sizes.set(documentName, { bytes, measuredAt: Date.now() });
      live.set(documentName, document);
      document.on('update', (update: Uint8Array, origin: unknown) =>
        persist(document, update, origin),
      );
      log.debug({ documentName, bytes }, 'document loaded');
      return Promise.resolve();
    },
    connected({ connection, documentName }) {
      const document = live.get(documentName);
      // A document whose store failed is being unloaded: send late joiners away too.
      if (document && failed.has(document))
        closeSocket(connection.webSocket, CloseCodes.storeUnavailable);
      return Promise.resolve();
    },
    afterUnloadDocument({ documentName }) {
      const document = live.get(documentName);
      if (document?.isDestroyed) {
        live.delete(documentName);
        sizes.delete(documentName);
      }
      return Promise.resolve();
    },
  };

  return {
    extension,
    /** Would `bytes` more push the live document over the size limit? Measures exactly near the limit. */
    wouldExceedDocumentSize(documentName: string, bytes: number): boolean {
      const size = sizes.get(documentName);
      const document = live.get(documentName);
      if (!size || !document) return false;
      if (size.bytes + bytes <= options.maxDocumentBytes) return false;
      const now = Date.now();
      // The estimate only grows (it counts history); measure the real state at most once a second.
      if (now - size.measuredAt > 1000) {
        size.bytes = Y.encodeStateAsUpdate(document).byteLength;
        size.measuredAt = now;
      }
      return size.bytes + bytes > options.maxDocumentBytes;
    },
  };
}
