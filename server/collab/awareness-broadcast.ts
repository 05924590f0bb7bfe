import { OutgoingMessage, type Document, type Extension } from '@hocuspocus/server';
import { performance } from 'node:perf_hooks';
import type { WebSocket } from 'ws';
import type { Logger } from '../logger.ts';

/** How long awareness changes after a broadcast are gathered into the next one. */
export const AWARENESS_BATCH_MS = 50;

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

type Listener = (...args: unknown[]) => void;

/** Hocuspocus 3.4 registers `this.handleAwarenessUpdate.bind(this)` in Document's constructor. */
const HOCUSPOCUS_LISTENER = 'bound handleAwarenessUpdate';

function hocuspocusListener(document: Document): Listener | undefined {
  // y-protocols' Awareness keeps its listeners in lib0's Observable `_observers`.
  const observers = (document.awareness as unknown as { _observers?: Map<string, Set<Listener>> })
    ._observers;
  const listeners = observers?.get('update');
  return listeners ? [...listeners].find((f) => f.name === HOCUSPOCUS_LISTENER) : undefined;
}

/**
 * Replace Hocuspocus's awareness fan-out on `document` with a batched one.
 *
 * Hocuspocus sends each awareness update (a caret move, or the keep-alive every client
 * repeats every 15 s) to every connection at once, encoding it anew for each. With n people
 * that is n² frames, and people who joined a plenary together renew together: 200 clients
 * cost 40,000 frames in a burst, 100+ ms during which document updates wait.
 *
 * Here the first change after a quiet spell still goes out at once; changes in the next
 * `windowMs` are merged into one message (each client's latest state), encoded once and sent
 * to everyone. Returns false, leaving Hocuspocus's fan-out in place, when its listener is not
 * where Hocuspocus 3.4 puts it.
 */
export function batchAwarenessBroadcasts(document: Document, windowMs: number): boolean {
  const original = hocuspocusListener(document);
  if (!original) return false;
  const awareness = document.awareness;
  awareness.off('update', original);

  const pending = new Set<number>();
  let timer: NodeJS.Timeout | undefined;
  let lastSent = -Infinity;

  const flush = () => {
    timer = undefined;
    // Only clients the awareness knows (its meta holds each one's clock, also once removed).
    const clients = [...pending].filter((id) => awareness.meta.has(id));
    pending.clear();
    if (clients.length === 0 || document.isDestroyed) return;
    lastSent = performance.now();
    const message = new OutgoingMessage(document.name)
      .createAwarenessUpdateMessage(awareness, clients)
      .toUint8Array();
    for (const { connection } of document.connections.values()) connection.send(message);
  };

  awareness.on('update', ({ added, updated, removed }: AwarenessChanges, origin: unknown) => {
    // Hocuspocus's bookkeeping, kept: which awareness clients a socket speaks for, so that
    // closing the socket removes their carets.
    const entry = document.connections.get(origin as WebSocket);
    if (entry) {
      for (const id of added) entry.clients.add(id);
      for (const id of removed) entry.clients.delete(id);
    }
    for (const id of added) pending.add(id);
    for (const id of updated) pending.add(id);
    for (const id of removed) pending.add(id);
    if (timer) return;
    const wait = lastSent + windowMs - performance.now();
    if (wait <= 0) flush();
    else timer = setTimeout(flush, wait);
  });
  document.on('destroy', () => clearTimeout(timer));
  return true;
}

/** The extension that batches awareness on every document as it loads. */
export function createAwarenessBatching(logger: Logger, windowMs = AWARENESS_BATCH_MS): Extension {
  let warned = false;
  return {
    // Before any connection joins the document: onLoadDocument runs while it is created.
    priority: 60,
    onLoadDocument({ document, documentName }) {
      if (!batchAwarenessBroadcasts(document, windowMs) && !warned) {
        warned = true;
        logger.warn(
          { documentName },
          'awareness batching not installed: Hocuspocus internals changed; fan-out is unbatched',
        );
      }
      return Promise.resolve();
    },
  };
}
