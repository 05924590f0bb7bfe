import * as Y from 'yjs';

/**
 * Merge a checkpoint and the updates logged after it into one V1 update. Lossless
 * (Y.mergeUpdates keeps every struct and deletion); use it to build checkpoints and to
 * load. Only V1 decoders run here: V2 decoders can hang on crafted bytes.
 */
export function mergeLogged(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  return Y.mergeUpdates([...parts]);
}

/** True when `update` decodes as a V1 Yjs update; use before storing bytes from outside. */
export function isValidUpdate(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}
