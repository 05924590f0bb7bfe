// Keeps ids present and unique while editing: new, split, pasted or duplicated nodes get fresh ids.
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { hasIdAttr, isValidId, newIdFor } from '../ids.ts';

/** Plugin key of the unique-ids plugin; its transactions carry this meta. */
export const uniqueIdsKey = new PluginKey('accordUniqueIds');

/**
 * Use to find nodes whose id is missing, invalid or a duplicate of an earlier node.
 * The first node in document order keeps a duplicated id, so every peer picks the same one.
 */
export function findIdProblems(doc: PMNode): Array<{ pos: number; node: PMNode }> {
  const seen = new Set<string>();
  const problems: Array<{ pos: number; node: PMNode }> = [];
  doc.descendants((node, pos) => {
    if (hasIdAttr(node.type.name)) {
      const id: unknown = node.attrs.id;
      if (isValidId(id) && !seen.has(id)) seen.add(id);
      else problems.push({ pos, node });
    }
    // Ids live on blocks only: no need to walk into text.
    return !node.isTextblock;
  });
  return problems;
}

/** A node with an id problem that someone else will settle; its id is left as it is. */
export type LeaveAlone = (problem: { pos: number; node: PMNode }) => boolean;

/**
 * Use to build a transaction giving fresh ids to every node `findIdProblems` reports.
 * `inHistory`: the fix belongs to the user's own edit (a split, a paste) and is undone with it.
 * Leave it false after remote changes: then it is nobody's undo step.
 */
export function fixIds(
  tr: Transaction,
  leaveAlone?: LeaveAlone,
  inHistory = false,
): Transaction | null {
  const found = findIdProblems(tr.doc);
  const problems = leaveAlone ? found.filter((problem) => !leaveAlone(problem)) : found;
  if (problems.length === 0) return null;
  for (const { pos, node } of problems) {
    // setNodeAttribute keeps positions stable, so the collected positions stay valid.
    tr.setNodeAttribute(pos, 'id', newIdFor(node.type.name));
  }
  tr.setMeta(uniqueIdsKey, true);
  // y-tiptap takes the history flag of the last transaction for the whole Yjs write: a fix
  // marked "not history" after a local split would take the split out of undo too.
  return inHistory ? tr : tr.setMeta('addToHistory', false);
}

/**
 * Use in a plain ProseMirror EditorState (tests, headless tools). `keepsIds` may tell, more
 * cheaply than a scan of the whole document, that some transactions cannot have broken the
 * ids (the editor uses it so typing does not scan every block).
 */
export function createUniqueIdsPlugin(
  options: {
    keepsIds?: (transactions: readonly Transaction[]) => boolean;
    /** Problems to leave unfixed after these transactions (the editor's duplicate clean-up). */
    leaveAlone?: (transactions: readonly Transaction[], doc: PMNode) => LeaveAlone;
  } = {},
): Plugin {
  return new Plugin({
    key: uniqueIdsKey,
    appendTransaction(transactions, _oldState, newState) {
      if (!transactions.some((tr) => tr.docChanged)) return null;
      if (options.keepsIds?.(transactions)) return null;
      // y-prosemirror writes the editor's document to Yjs only once it differs from the empty
      // placeholder (createAndFill). Giving the placeholder an id would make every connecting
      // client seed an empty provision, so it stays id-less until someone types into it.
      const placeholder = newState.doc.type.createAndFill();
      if (placeholder && newState.doc.eq(placeholder)) return null;
      const local = transactions.some((t) => t.docChanged && t.getMeta('addToHistory') !== false);
      return fixIds(newState.tr, options.leaveAlone?.(transactions, newState.doc), local);
    },
  });
}

/**
 * Use in the editor: only touches ids that are missing, invalid or duplicated, so it never
 * fights Yjs; leaves the empty placeholder document alone, so it never seeds a document.
 */
export const UniqueIds = Extension.create({
  name: 'uniqueIds',
  addProseMirrorPlugins() {
    return [createUniqueIdsPlugin()];
  },
});
