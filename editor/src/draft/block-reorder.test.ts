import { describe, expect, it } from 'vitest';
import { blocksToKeep } from './block-reorder.ts';

const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);

describe('blocksToKeep: which blocks a move leaves in place', () => {
  it('keeps everything when nothing moved', () => {
    expect(sorted(blocksToKeep([0, 1, 2, 3], () => 1))).toEqual([0, 1, 2, 3]);
  });

  it('re-creates the lighter of two swapped sections', () => {
    // Section [2,3] (heavy) moves up past section [1] (light): 0 | 2 3 | 1 | 4.
    const weights = [1, 1, 10, 10, 1];
    expect(sorted(blocksToKeep([0, 2, 3, 1, 4], (i) => weights[i] ?? 0))).toEqual([0, 2, 3, 4]);
    // The same move, with the light section the heavy one: the moved section is re-created.
    const other = [1, 50, 1, 1, 1];
    expect(sorted(blocksToKeep([0, 2, 3, 1, 4], (i) => other[i] ?? 0))).toEqual([0, 1, 4]);
  });

  it('keeps a block someone is in even when it is the smaller side', () => {
    const busy = new Set([1]);
    const weight = (i: number) => (busy.has(i) ? 1e9 : 1) + (i === 2 || i === 3 ? 100 : 0);
    expect(sorted(blocksToKeep([0, 2, 3, 1, 4], weight))).toEqual([0, 1, 4]);
  });

  it('keeps the longest run in order when one block travels far', () => {
    expect(sorted(blocksToKeep([1, 2, 3, 4, 5, 0], () => 1))).toEqual([1, 2, 3, 4, 5]);
    expect(sorted(blocksToKeep([5, 0, 1, 2, 3, 4], () => 1))).toEqual([0, 1, 2, 3, 4]);
  });
});
