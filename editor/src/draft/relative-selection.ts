// The selection as Yjs relative positions, without walking every block before the caret.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import { absolutePositionToRelativePosition } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

// The parts of Yjs types and items that y-tiptap's position walk reads.
interface YNode {
  _item: YItem | null;
  _first: YItem | null;
  _length: number;
}
interface YItem {
  next: YItem | null;
  right: YItem | null;
  deleted: boolean;
  countable: boolean;
  parent: YNode;
  content: { type: YNode };
  id: Y.ID;
}
type Mapping = Map<unknown, unknown>;

function sizeOf(mapping: Mapping, n: unknown): number {
  return (mapping.get(n) as PMNode | undefined)?.nodeSize ?? 0;
}

function endOf(n: YNode): Y.RelativePosition {
  return new Y.RelativePosition(
    n._item === null ? null : n._item.id,
    n._item === null ? Y.findRootTypeKey(n as unknown as Y.AbstractType<unknown>) : null,
    null,
  );
}

function before(type: YNode, item: YItem): Y.RelativePosition {
  const typeId = type._item === null ? null : Y.createID(type._item.id.client, type._item.id.clock);
  const name =
    type._item === null ? Y.findRootTypeKey(type as unknown as Y.AbstractType<unknown>) : null;
  return new Y.RelativePosition(typeId, name, item.id);
}

/**
 * y-tiptap's `absolutePositionToRelativePosition` loop, started at block `n` with `pos`
 * counted from that block's start (what the original reaches after skipping the blocks
 * before it), so the result is the same.
 */
function walkFrom(
  start: YNode,
  startPos: number,
  root: YNode,
  mapping: Mapping,
): Y.RelativePosition {
  let n: YNode = start;
  let pos = startPos;
  while (n !== root) {
    if (n instanceof Y.XmlText) {
      if (n._length >= pos) return Y.createRelativePositionFromTypeIndex(n, pos, -1);
      pos -= n._length;
      const next: YItem | null = n._item === null ? null : n._item.next;
      if (next !== null) n = next.content.type;
      else {
        let up: YNode | null = n;
        do {
          up = up._item === null ? null : up._item.parent;
          pos -= 1;
        } while (up !== root && up !== null && up._item !== null && up._item.next === null);
        if (up === null) throw new Error('unexpected Yjs structure');
        n = up !== root && up._item?.next ? up._item.next.content.type : up;
      }
    } else {
      const size = sizeOf(mapping, n);
      if (n._first !== null && pos < size) {
        n = n._first.content.type;
        pos -= 1;
      } else {
        if (pos === 1 && n._length === 0 && size > 1) return endOf(n);
        pos -= size;
        const next: YItem | null = n._item === null ? null : n._item.next;
        if (next !== null) n = next.content.type;
        else {
          if (pos === 0) return endOf(n._item === null ? n : n._item.parent);
          do {
            n = (n._item as YItem).parent;
            pos -= 1;
          } while (n !== root && (n._item as YItem).next === null);
          if (n !== root) n = ((n._item as YItem).next as YItem).content.type;
        }
      }
    }
    if (pos === 0 && !(n instanceof Y.XmlText) && n !== root && n._item)
      return before(n._item.parent, n._item);
  }
  return Y.createRelativePositionFromTypeIndex(
    root as unknown as Y.AbstractType<unknown>,
    root._length,
    -1,
  );
}

// The top-level children of each fragment, dropped whenever a child is added or removed.
const children = new WeakMap<Y.XmlFragment, unknown[]>();
const observed = new WeakSet<Y.XmlFragment>();

/** Use for the top-level Yjs children of a fragment without walking its item list each time. */
export function topLevelChildren(type: Y.XmlFragment): unknown[] {
  let list = children.get(type);
  if (!list) {
    if (!observed.has(type)) {
      observed.add(type);
      type.observe(() => children.delete(type));
    }
    list = type.toArray();
    children.set(type, list);
  }
  return list;
}

/** Use after adding or removing top-level children inside a still-open Yjs transaction. */
export function forgetTopLevelChildren(type: Y.XmlFragment): void {
  children.delete(type);
}

/**
 * Use instead of y-tiptap's `absolutePositionToRelativePosition` when `doc` is the document
 * the binding's mapping describes: finds the block from ProseMirror's sizes, then walks inside
 * it only. Falls back to y-tiptap's walk between blocks or when the two disagree.
 */
export function relativePositionAt(
  pos: number,
  type: Y.XmlFragment,
  mapping: Mapping,
  doc: PMNode,
): Y.RelativePosition {
  const slow = (): Y.RelativePosition =>
    absolutePositionToRelativePosition(pos, type, mapping as never) as Y.RelativePosition;
  if (pos <= 0 || pos >= doc.content.size || doc.childCount !== type.length) return slow();
  let index = 0;
  let offset = 0;
  while (index < doc.childCount && offset + doc.child(index).nodeSize <= pos) {
    offset += doc.child(index).nodeSize;
    index += 1;
  }
  if (offset === pos || index >= doc.childCount) return slow();
  const block = topLevelChildren(type)[index];
  if (!(block instanceof Y.XmlElement) || sizeOf(mapping, block) !== doc.child(index).nodeSize)
    return slow();
  return walkFrom(block as unknown as YNode, pos - offset, type as unknown as YNode, mapping);
}

/** Use instead of y-tiptap's `getRelativeSelection` (same shape). */
export function relativeSelection(
  binding: { type: Y.XmlFragment; mapping: Mapping },
  state: EditorState,
) {
  const selection = state.selection as EditorState['selection'] & {
    jsonID?: string;
    depth?: number;
  };
  const type = selection.jsonID;
  const at = (pos: number) => relativePositionAt(pos, binding.type, binding.mapping, state.doc);
  return {
    type,
    depth: type === 'nodeRange' ? selection.depth : undefined,
    anchor: at(selection.anchor),
    head: at(selection.head),
    absAnchor: selection.anchor,
    absHead: selection.head,
  };
}
