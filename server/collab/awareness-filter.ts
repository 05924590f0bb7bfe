import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export interface AwarenessOwner {
  /** The verified identity the connection speaks as. */
  name: string;
  color: string;
  /** May this connection set or clear the state of `clientId`? */
  mayUse(clientId: number): boolean;
}

/** Fields of an awareness state that pass through untouched (y-prosemirror's caret). */
const PASSTHROUGH_FIELDS = ['cursor'] as const;

export const MAX_AWARENESS_STATE_BYTES = 4096;
export const MAX_AWARENESS_ENTRIES = 4;

/**
 * Rewrite a client's awareness update so it can only speak as its verified user: the
 * `user` field becomes `{ name, color }` from the identity, unknown fields are dropped,
 * entries for client ids owned by other connections are dropped, and oversized states
 * are dropped. Returns the re-encoded update and the client ids kept, or null when
 * nothing is left or the bytes do not parse. Pure.
 */
export function filterAwarenessUpdate(
  update: Uint8Array,
  owner: AwarenessOwner,
): { update: Uint8Array; clientIds: number[] } | null {
  let entries: { clientId: number; clock: number; state: string }[];
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > MAX_AWARENESS_ENTRIES) return null;
    entries = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = decoding.readVarString(decoder);
      entries.push({ clientId, clock, state });
    }
    if (decoding.hasContent(decoder)) return null;
  } catch {
    return null;
  }

  const kept: { clientId: number; clock: number; state: string }[] = [];
  for (const entry of entries) {
    if (!owner.mayUse(entry.clientId)) continue;
    if (entry.state.length > MAX_AWARENESS_STATE_BYTES) continue;
    const state = rewriteState(entry.state, owner);
    if (state === undefined) continue;
    kept.push({ ...entry, state });
  }
  if (kept.length === 0) return null;

  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return { update: encoding.toUint8Array(encoder), clientIds: kept.map((e) => e.clientId) };
}

/** The JSON state rewritten for `owner`; `undefined` when it is not JSON. `null` (leaving) stays. */
function rewriteState(json: string, owner: AwarenessOwner): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (parsed === null) return 'null';
  if (typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const source = parsed as Record<string, unknown>;
  const state: Record<string, unknown> = { user: { name: owner.name, color: owner.color } };
  for (const field of PASSTHROUGH_FIELDS) {
    const value = source[field];
    if (value === null || (typeof value === 'object' && !Array.isArray(value)))
      state[field] = value;
  }
  return JSON.stringify(state);
}
