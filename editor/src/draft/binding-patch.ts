// y-tiptap 3.0.9 costs O(document) per keystroke on big drafts; these patches make both paths O(change).
import type { Node as PMNode, Slice } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { ProsemirrorBinding, updateYFragment, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { applyReorder, reorderOf } from './block-reorder.ts';
import { replaceChangedBlocks } from './changed-blocks.ts';
import { relativeSelection, topLevelChildren } from './relative-selection.ts';

interface BindingInternals {
  type: Y.XmlFragment;
  doc: Y.Doc;
  mapping: Map<unknown, unknown>;
  prosemirrorView: EditorView | null;
  beforeTransactionSelection: unknown;
  beforeAllTransactions: () => void;
  /** Set while our own edit is written to Yjs (here and by `fast-collaboration.ts`): its selection is taken at the end instead. */
  accordLocalChange?: boolean;
  initView: (this: BindingInternals, view: EditorView) => void;
  _tr: Transaction;
  _isLocalCursorInView: () => boolean;
  _typeChanged: (this: BindingInternals, events: unknown, transaction: unknown) => void;
  _prosemirrorChanged: (this: BindingInternals, doc: PMNode) => void;
}

let patched = false;

/**
 * A transaction whose whole-document replace (what y-tiptap's `_typeChanged` does) only
 * replaces the top-level blocks that are not the very same node objects as before.
 */
function narrowingTransaction(view: EditorView): Transaction {
  const tr = view.state.tr.setMeta('addToHistory', false);
  const own = tr as Transaction & { replace: Transaction['replace'] };
  own.replace = (from: number, to: number, slice?: Slice) => {
    // One use only: later replaces (ours included) are ordinary ones.
    delete (own as Partial<typeof own>).replace;
    if (!slice || from !== 0 || to !== tr.doc.content.size || slice.openStart || slice.openEnd)
      return tr.replace(from, to, slice);
    return replaceChangedBlocks(tr, slice.content);
  };
  return tr;
}

/**
 * Remote change: y-tiptap drops the changed Yjs types from its Y→PM node cache, then clears
 * the whole cache and replaces the whole document, so every block is rebuilt and redrawn.
 * We keep the cache (unchanged blocks stay the same node objects) and turn the whole-document
 * replace into a replace of the changed blocks only.
 */
function patchTypeChanged(proto: BindingInternals): void {
  const original = proto._typeChanged;
  proto._typeChanged = function (this: BindingInternals, events: unknown, transaction: unknown) {
    const view = this.prosemirrorView;
    const mapping = this.mapping;
    const clear = mapping.clear.bind(mapping);
    // Only the clear inside this call is skipped; other callers (snapshots, re-render) keep it.
    mapping.clear = () => undefined;
    if (view)
      Object.defineProperty(this, '_tr', {
        configurable: true,
        get: () => narrowingTransaction(view),
      });
    try {
      original.call(this, events, transaction);
    } finally {
      mapping.clear = clear;
      delete (this as Partial<BindingInternals>)._tr;
    }
  };
}

/**
 * Whether the mapped node of a Yjs element still equals `node`: the cache always reflects the
 * Yjs content (y-tiptap drops entries on every Yjs change), so equal nodes need no Yjs write.
 */
function mappedEqual(binding: BindingInternals, yChild: unknown, node: PMNode): boolean {
  const mapped = binding.mapping.get(yChild) as PMNode | undefined;
  return mapped === node || (mapped !== undefined && mapped.eq(node));
}

const forgetting = new WeakSet<BindingInternals>();

/**
 * The Y→PM node cache must not keep Yjs types our own edits deleted (a moved block's old copy
 * and everything inside it, a merged paragraph): y-tiptap forgot them when it cleared the
 * whole cache on every remote change, which `patchTypeChanged` no longer does. Remote
 * deletions are already dropped by y-tiptap's `_typeChanged`.
 */
function forgetDeletedOnLocalChanges(binding: BindingInternals): void {
  if (forgetting.has(binding)) return;
  forgetting.add(binding);
  binding.doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.origin !== ySyncPluginKey || transaction.deleteSet.clients.size === 0) return;
    Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
      if (struct instanceof Y.Item && struct.content instanceof Y.ContentType)
        binding.mapping.delete(struct.content.type);
    });
  });
}

/**
 * Local change: y-tiptap diffs the whole top level on every keystroke (a map of every block
 * to find moved ones). When the blocks are the same count and kinds as in Yjs, we update
 * only the blocks whose node changed, with y-tiptap's own `updateYFragment`. A pure reorder
 * (a clause moved) is written by `block-reorder.ts`, which chooses the blocks to re-create
 * so that what others are typing in survives; y-tiptap's path does not look.
 * Anything else (blocks added, removed or retyped) takes y-tiptap's full path.
 */
function patchProsemirrorChanged(proto: BindingInternals): void {
  const original = proto._prosemirrorChanged;
  proto._prosemirrorChanged = function (this: BindingInternals, doc: PMNode) {
    forgetDeletedOnLocalChanges(this);
    const flagged = this.accordLocalChange === true;
    this.accordLocalChange = true;
    try {
      writeLocalChange.call(this, doc);
    } finally {
      this.accordLocalChange = flagged;
    }
  };
  function writeLocalChange(this: BindingInternals, doc: PMNode): void {
    const children = topLevelChildren(this.type);
    const changed = changedInPlace(this, children, doc);
    const order = changed ? null : reorderOf(this, children, doc);
    if (!changed && !order) return original.call(this, doc);
    const view = this.prosemirrorView;
    this.doc.transact(() => {
      this.mapping.set(this.type, doc);
      if (order)
        applyReorder(this, children, doc, order, (element, node) =>
          updateYFragment(this.doc, element, node, this as never),
        );
      for (const i of changed ?? []) {
        const yChild = children[i] as Y.XmlElement;
        const node = doc.child(i);
        if (mappedEqual(this, yChild, node)) this.mapping.set(yChild, node);
        else updateYFragment(this.doc, yChild, node, this as never);
      }
      if (view) this.beforeTransactionSelection = relativeSelection(this, view.state);
    }, ySyncPluginKey);
  }
}

/**
 * The top-level blocks changed in place (same count and kinds as in Yjs, none moved), by
 * index; null when blocks were added, removed, moved or retyped.
 */
function changedInPlace(
  binding: BindingInternals,
  children: unknown[],
  doc: PMNode,
): number[] | null {
  if (children.length !== doc.childCount) return null;
  const changed: number[] = [];
  for (let i = 0; i < children.length; i += 1) {
    const yChild = children[i];
    const node = doc.child(i);
    if (binding.mapping.get(yChild) === node) continue;
    if (!(yChild instanceof Y.XmlElement) || yChild.nodeName !== node.type.name) return null;
    changed.push(i);
  }
  // A block now sitting where another one was is a move.
  const before = new Set(changed.map((i) => binding.mapping.get(children[i])));
  return changed.some((i) => before.has(doc.child(i))) ? null : changed;
}

/**
 * Before every Yjs transaction (each remote keystroke too) the binding saves the selection as
 * relative positions, walking every block before the caret; ours jumps to the caret's block.
 */
function patchSelectionCapture(proto: BindingInternals): void {
  const original = proto.initView;
  proto.initView = function (this: BindingInternals, view: EditorView) {
    // The listener is an instance field registered by initView (and removed by destroy).
    this.beforeAllTransactions = () => {
      // A local edit's capture would be thrown away (the binding sets it after writing).
      if (this.accordLocalChange) return;
      if (this.beforeTransactionSelection === null && this.prosemirrorView !== null)
        this.beforeTransactionSelection = relativeSelection(this, this.prosemirrorView.state);
    };
    original.call(this, view);
  };
}

/**
 * On a remote change with our caret on screen, y-tiptap measures the DOM selection (a forced
 * layout) and scrolls the caret into view (another one). The browser's scroll anchoring
 * (Chromium, Firefox) already keeps the text under the caret still when blocks above change.
 */
function skipScrollOnRemoteChange(proto: BindingInternals): void {
  proto._isLocalCursorInView = () => false;
}

/** Use once before creating editors: patches y-tiptap's binding for big drafts. */
export function patchBindingForLargeDrafts(): void {
  if (patched) return;
  patched = true;
  const proto = ProsemirrorBinding.prototype as unknown as BindingInternals;
  patchTypeChanged(proto);
  patchProsemirrorChanged(proto);
  patchSelectionCapture(proto);
  skipScrollOnRemoteChange(proto);
}
