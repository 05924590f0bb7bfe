import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/** Hocuspocus message types, as a hand-made client writes them. */
export const Msg = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  syncReply: 4,
  stateless: 5,
  broadcastStateless: 6,
  close: 7,
  syncStatus: 8,
} as const;

function frame(documentName: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Frames a client can send, encoded with y-protocols and lib0 (no provider). */
export const frames = {
  auth: (doc: string, token: string) =>
    frame(doc, (e) => {
      encoding.writeVarUint(e, Msg.auth);
      encoding.writeVarUint(e, 0);
      encoding.writeVarString(e, token);
    }),
  syncStep1: (doc: string, ydoc: Y.Doc) =>
    frame(doc, (e) => {
      encoding.writeVarUint(e, Msg.sync);
      syncProtocol.writeSyncStep1(e, ydoc);
    }),
  syncStep2: (doc: string, update: Uint8Array) =>
    frame(doc, (e) => {
      encoding.writeVarUint(e, Msg.sync);
      encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep2);
      encoding.writeVarUint8Array(e, update);
    }),
  update: (doc: string, update: Uint8Array) =>
    frame(doc, (e) => {
      encoding.writeVarUint(e, Msg.sync);
      syncProtocol.writeUpdate(e, update);
    }),
  awareness: (doc: string, entries: { clientId: number; clock: number; state: unknown }[]) =>
    frame(doc, (e) => {
      encoding.writeVarUint(e, Msg.awareness);
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, entries.length);
      for (const entry of entries) {
        encoding.writeVarUint(inner, entry.clientId);
        encoding.writeVarUint(inner, entry.clock);
        encoding.writeVarString(inner, JSON.stringify(entry.state));
      }
      encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
    }),
  broadcastStateless: (doc: string, payload: string) =>
    frame(doc, (e) => {
      encoding.writeVarUint(e, Msg.broadcastStateless);
      encoding.writeVarString(e, payload);
    }),
};

export interface RawClient {
  ws: WebSocket;
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  documentName: string;
  /** 'read-write' or 'readonly' once authenticated; a refusal reason otherwise. */
  authScope: string | null;
  authDenied: string | null;
  /** Count of sync acknowledgements received (true, false). */
  acks: { applied: number; refused: number };
  /** Count of awareness messages received. */
  awarenessMessages: number;
  synced: boolean;
  closed: { code: number; reason: string } | null;
  send(data: Uint8Array): void;
  /** Send a local change as an update message. */
  sendUpdate(update: Uint8Array): void;
  close(): void;
}

/**
 * A minimal Hocuspocus client over raw `ws`: authenticates, runs the y-protocols sync
 * handshake into its own Y.Doc and applies broadcast updates. Light enough to run
 * hundreds in one process (benchmark readers), and able to send any bytes (fuzz tests).
 */
export function connectRawClient(
  url: string,
  documentName: string,
  token: string | null,
  onUpdate?: (update: Uint8Array) => void,
  options: { applyUpdates?: boolean } = {},
): Promise<RawClient> {
  const applyUpdates = options.applyUpdates ?? true;
  const ws = new WebSocket(url);
  ws.binaryType = 'nodebuffer';
  const doc = new Y.Doc();
  const client: RawClient = {
    ws,
    doc,
    awareness: new awarenessProtocol.Awareness(doc),
    documentName,
    authScope: null,
    authDenied: null,
    acks: { applied: 0, refused: 0 },
    awarenessMessages: 0,
    synced: false,
    closed: null,
    send(data) {
      if (ws.readyState === WebSocket.OPEN) ws.send(data);
    },
    sendUpdate(update) {
      client.send(frames.update(documentName, update));
    },
    close() {
      ws.close();
    },
  };
  ws.on('message', (data: Buffer) => handleIncoming(client, data, onUpdate, applyUpdates));
  ws.on('close', (code, reason) => {
    client.closed = { code, reason: reason.toString() };
  });
  ws.on('error', () => undefined);
  return new Promise((resolve, reject) => {
    ws.once('open', () => {
      if (token !== null) {
        client.send(frames.auth(documentName, token));
        client.send(frames.syncStep1(documentName, doc));
      }
      resolve(client);
    });
    ws.once('error', reject);
  });
}

function handleIncoming(
  client: RawClient,
  data: Buffer,
  onUpdate: ((update: Uint8Array) => void) | undefined,
  applyUpdates: boolean,
) {
  const decoder = decoding.createDecoder(new Uint8Array(data));
  const name = decoding.readVarString(decoder);
  if (name !== client.documentName) return;
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case Msg.sync:
    case Msg.syncReply: {
      const syncType = decoding.readVarUint(decoder);
      if (syncType === syncProtocol.messageYjsSyncStep1) {
        // Answer the server's step 1 with what we have (as the provider does).
        const sv = decoding.readVarUint8Array(decoder);
        client.send(frames.syncStep2(client.documentName, Y.encodeStateAsUpdate(client.doc, sv)));
      } else {
        const update = decoding.readVarUint8Array(decoder);
        const isStep2 = syncType === syncProtocol.messageYjsSyncStep2;
        // Benchmark readers skip applying broadcast updates to stay light.
        if (isStep2 || applyUpdates) Y.applyUpdate(client.doc, update, 'server');
        if (isStep2) client.synced = true;
        else onUpdate?.(update);
      }
      break;
    }
    case Msg.awareness:
      client.awarenessMessages += 1;
      awarenessProtocol.applyAwarenessUpdate(
        client.awareness,
        decoding.readVarUint8Array(decoder),
        'server',
      );
      break;
    case Msg.auth: {
      const sub = decoding.readVarUint(decoder);
      if (sub === 1) client.authDenied = decoding.readVarString(decoder);
      if (sub === 2) client.authScope = decoding.readVarString(decoder);
      break;
    }
    case Msg.syncStatus:
      if (decoding.readVarUint(decoder) === 1) client.acks.applied += 1;
      else client.acks.refused += 1;
      break;
    default:
      break;
  }
}
