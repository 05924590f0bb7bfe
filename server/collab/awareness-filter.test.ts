import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { filterAwarenessUpdate } from './awareness-filter.ts';

function encode(entries: [number, number, string][]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const [id, clock, state] of entries) {
    encoding.writeVarUint(e, id);
    encoding.writeVarUint(e, clock);
    encoding.writeVarString(e, state);
  }
  return encoding.toUint8Array(e);
}

function decode(update: Uint8Array): [number, number, unknown][] {
  const d = decoding.createDecoder(update);
  const n = decoding.readVarUint(d);
  return Array.from({ length: n }, () => [
    decoding.readVarUint(d),
    decoding.readVarUint(d),
    JSON.parse(decoding.readVarString(d)) as unknown,
  ]);
}

const owner = { name: 'Verified', color: '#123', mayUse: (id: number) => id !== 99 };

describe('filterAwarenessUpdate', () => {
  it('rewrites the user, keeps the cursor and drops other fields', () => {
    const state = JSON.stringify({
      user: { name: 'Someone else' },
      cursor: { anchor: 1 },
      role: 'admin',
    });
    const result = filterAwarenessUpdate(encode([[7, 3, state]]), owner);
    expect(decode(result!.update)).toEqual([
      [7, 3, { user: { name: 'Verified', color: '#123' }, cursor: { anchor: 1 } }],
    ]);
  });

  it('drops entries for client ids the connection may not use, and junk', () => {
    expect(filterAwarenessUpdate(encode([[99, 1, '{}']]), owner)).toBeNull();
    expect(filterAwarenessUpdate(encode([[7, 1, 'not json']]), owner)).toBeNull();
    expect(filterAwarenessUpdate(encode([[7, 1, 'x'.repeat(5000)]]), owner)).toBeNull();
    expect(filterAwarenessUpdate(new Uint8Array([5, 1]), owner)).toBeNull();
  });

  it('keeps a leaving client (null state)', () => {
    expect(decode(filterAwarenessUpdate(encode([[7, 4, 'null']]), owner)!.update)).toEqual([
      [7, 4, null],
    ]);
  });
});
