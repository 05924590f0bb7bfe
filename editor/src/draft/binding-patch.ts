// y-tiptap 3.0.9 rebuilds every ProseMirror node on each remote change; we keep unchanged ones.
import { ProsemirrorBinding } from '@tiptap/y-tiptap';

interface BindingInternals {
  mapping: Map<unknown, unknown>;
  _typeChanged: (this: BindingInternals, events: unknown, transaction: unknown) => void;
}

let patched = false;

/**
 * y-tiptap's `_typeChanged` first drops the changed Yjs types from its Y→PM node cache (as
 * y-prosemirror always did) and then clears the whole cache, so a remote keystroke in a
 * 300-page draft rebuilds and re-renders thousands of blocks. We keep the targeted
 * invalidation and skip the full clear: unchanged blocks stay the same node objects, which
 * ProseMirror then skips when it redraws. Call once before creating editors.
 */
export function keepUnchangedNodesOnRemoteChange(): void {
  if (patched) return;
  patched = true;
  const proto = ProsemirrorBinding.prototype as unknown as BindingInternals;
  const original = proto._typeChanged;
  proto._typeChanged = function (this: BindingInternals, events: unknown, transaction: unknown) {
    const mapping = this.mapping;
    const clear = mapping.clear.bind(mapping);
    // Only the clear inside this call is skipped; other callers (snapshots, re-render) keep it.
    mapping.clear = () => undefined;
    try {
      original.call(this, events, transaction);
    } finally {
      mapping.clear = clear;
    }
  };
}
