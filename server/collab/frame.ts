import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** Hocuspocus message types (first varUint after the document name). */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  syncReply: 4,
  stateless: 5,
  broadcastStateless: 6,
  close: 7,
} as const;

/** y-protocols sync sub-types. */
export const SyncType = { step1: 0, step2: 1, update: 2 } as const;

export const MAX_DOCUMENT_NAME_BYTES = 512;

/** One decoder for every frame (decode() keeps no state between calls); fatal: no U+FFFD guesses. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

export type Frame =
  | { kind: 'sync'; documentName: string; syncType: 0 | 1 | 2; payload: Uint8Array }
  | { kind: 'awareness'; documentName: string; payload: Uint8Array }
  | { kind: 'auth'; documentName: string }
  | { kind: 'query-awareness'; documentName: string }
  | { kind: 'stateless'; documentName: string }
  | { kind: 'broadcast-stateless'; documentName: string }
  | { kind: 'close'; documentName: string };

export type ParseResult = { ok: true; frame: Frame } | { ok: false; problem: string };

/**
 * Parse one client frame completely before Hocuspocus sees it: document name, type and,
 * for sync messages, the Yjs payload (validated with the V1 decoder only). Pure; use it
 * on every untrusted frame. Truncated, unknown or trailing-garbage frames are refused.
 */
export function parseFrame(data: Uint8Array): ParseResult {
  try {
    const decoder = decoding.createDecoder(data);
    const nameBytes = decoding.readVarUint8Array(decoder);
    if (nameBytes.byteLength > MAX_DOCUMENT_NAME_BYTES) return fail('document name too long');
    const documentName = utf8.decode(nameBytes);
    const type = decoding.readVarUint(decoder);
    const frame = readBody(decoder, documentName, type);
    if (typeof frame === 'string') return fail(frame);
    if (decoding.hasContent(decoder)) return fail('trailing bytes');
    return { ok: true, frame };
  } catch {
    return fail('truncated or malformed');
  }
}

function readBody(decoder: decoding.Decoder, documentName: string, type: number): Frame | string {
  switch (type) {
    case MessageType.sync:
    case MessageType.syncReply: {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === SyncType.step1) {
        Y.decodeStateVector(payload);
        return { kind: 'sync', documentName, syncType, payload };
      }
      if (syncType === SyncType.step2 || syncType === SyncType.update) {
        // V1 only: the V2 decoder can loop forever on crafted bytes.
        Y.decodeUpdate(payload);
        return { kind: 'sync', documentName, syncType, payload };
      }
      return 'unknown sync type';
    }
    case MessageType.awareness:
      return { kind: 'awareness', documentName, payload: decoding.readVarUint8Array(decoder) };
    case MessageType.auth:
      decoding.readVarUint(decoder);
      decoding.readVarString(decoder);
      return { kind: 'auth', documentName };
    case MessageType.queryAwareness:
      return { kind: 'query-awareness', documentName };
    case MessageType.stateless:
      decoding.readVarString(decoder);
      return { kind: 'stateless', documentName };
    case MessageType.broadcastStateless:
      decoding.readVarString(decoder);
      return { kind: 'broadcast-stateless', documentName };
    case MessageType.close:
      return { kind: 'close', documentName };
    default:
      return 'unknown message type';
  }
}

function fail(problem: string): ParseResult {
  return { ok: false, problem };
}
