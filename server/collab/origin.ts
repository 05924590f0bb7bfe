import type { Connection } from '@hocuspocus/server';
import type { CollabIdentity } from './identity.ts';

/** What our auth extension adds to every Hocuspocus connection context. */
export interface AccordContext {
  identity?: CollabIdentity;
}

/**
 * The Hocuspocus connection behind a Yjs transaction origin: Hocuspocus applies client
 * updates with the `Connection` as origin; server-side changes have other origins.
 */
export function connectionOf(origin: unknown): Connection | null {
  if (typeof origin !== 'object' || origin === null) return null;
  if (!('webSocket' in origin) || !('context' in origin) || !('document' in origin)) return null;
  return origin as Connection;
}

/** The verified identity of the user who sent an update, when it came from a connection. */
export function identityOf(origin: unknown): CollabIdentity | null {
  const context = connectionOf(origin)?.context as AccordContext | undefined;
  return context?.identity ?? null;
}
