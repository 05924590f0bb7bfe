import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseFrame } from './frame.ts';

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, 'doc');
  write(e);
  return encoding.toUint8Array(e);
}

describe('parseFrame', () => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'x');
  const update = Y.encodeStateAsUpdate(doc);

  it('reads sync updates with their payload', () => {
    const parsed = parseFrame(
      frame((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(e, update);
      }),
    );
    expect(parsed).toMatchObject({
      ok: true,
      frame: { kind: 'sync', documentName: 'doc', syncType: 2 },
    });
  });

  it('refuses truncated frames, trailing bytes, unknown types and bad Yjs payloads', () => {
    const good = frame((e) => {
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, 2);
      encoding.writeVarUint8Array(e, update);
    });
    for (let cut = 0; cut < good.length; cut++)
      expect(parseFrame(good.subarray(0, cut)).ok).toBe(false);
    expect(parseFrame(new Uint8Array([...good, 0])).ok).toBe(false);
    expect(parseFrame(frame((e) => encoding.writeVarUint(e, 42))).ok).toBe(false);
    const badPayload = frame((e) => {
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(e, new Uint8Array([3, 250, 250, 250]));
    });
    expect(parseFrame(badPayload).ok).toBe(false);
  });

  it('recognises BroadcastStateless so the guard can refuse it', () => {
    const parsed = parseFrame(
      frame((e) => {
        encoding.writeVarUint(e, 6);
        encoding.writeVarString(e, 'hello');
      }),
    );
    expect(parsed).toMatchObject({ ok: true, frame: { kind: 'broadcast-stateless' } });
  });
});
