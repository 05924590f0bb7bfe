// The side panel slot beside the text: the comments panel (editor/src/review/) mounts here.
import type { Editor } from '@tiptap/core';
import type { Me, StandardSummary } from '../api/schemas.ts';
import type { NumberingStore } from './numbering-store.ts';

/** What a side panel may read and do on the open draft. */
export interface DraftContext {
  editor: Editor;
  standard: StandardSummary;
  me: Me;
  readOnly: boolean;
  numbering: NumberingStore;
  /** Ids of the top-level blocks (clauses, provisions, terms, lists, tables) the selection touches. */
  selectedBlockIds(): string[];
  /** The selected text (for "comment on a passage"), trimmed; '' when the selection is empty. */
  selectedText(): string;
  /** Called after every selection change; returns the unsubscribe function. */
  onSelectionChange(listener: () => void): () => void;
  /** Put the cursor in the block with this id and scroll to it; false when it is gone. */
  revealBlock(id: string): boolean;
  /**
   * Messages the server sends to everyone on this draft (Hocuspocus stateless), e.g. review
   * changes: JSON objects with a `type`, parsed once here; anything else is dropped.
   */
  onServerMessage(listener: (message: ServerMessage) => void): () => void;
}

/** One message from the server to a draft's viewers; `type` says whose it is. */
export type ServerMessage = Record<string, unknown> & { type?: unknown };

/** Use on a stateless payload: the message, or null when it is not a JSON object. */
export function parseServerMessage(payload: string): ServerMessage | null {
  try {
    const value: unknown = JSON.parse(payload);
    return typeof value === 'object' && value !== null ? (value as ServerMessage) : null;
  } catch {
    return null;
  }
}

const REVEAL = 'accord-panel-reveal';

/**
 * Use before a panel puts something in front of the user (a form, a thread): on a tablet the
 * panels may be folded away, and they unfold for it.
 */
export function revealPanel(inside: HTMLElement): void {
  inside.dispatchEvent(new CustomEvent(REVEAL, { bubbles: true }));
}

/** Use where panels are folded: `unfold` runs when a panel inside `area` asks to be seen. */
export function onPanelReveal(area: HTMLElement, unfold: () => void): void {
  area.addEventListener(REVEAL, unfold);
}

export interface DraftPanel {
  /** Tab label of the panel. */
  title: string;
  element: HTMLElement;
  destroy?(): void;
}

export type DraftPanelFactory = (context: DraftContext) => DraftPanel | null;

const factories: DraftPanelFactory[] = [];

/** Use once at start-up (e.g. from review/index.ts imported by main.ts) to add a panel to every draft. */
export function registerDraftPanel(factory: DraftPanelFactory): void {
  factories.push(factory);
}

/** Use from the draft view: the panels to mount for this draft. */
export function createDraftPanels(context: DraftContext): DraftPanel[] {
  return factories.flatMap((factory) => {
    const panel = factory(context);
    return panel ? [panel] : [];
  });
}

/** Use to build DraftContext.selectedBlockIds: ids of top-level nodes between from and to. */
export function blockIdsBetween(editor: Editor, from: number, to: number): string[] {
  const ids: string[] = [];
  const doc = editor.state.doc;
  doc.nodesBetween(from, Math.max(from, to), (node) => {
    const id = node.attrs.id as unknown;
    if (typeof id === 'string' && id !== '') ids.push(id);
    // Only top-level blocks: do not descend.
    return false;
  });
  return ids;
}

/** Use to find a block by id and its position (top level only, where ids anchor comments). */
export function findBlock(editor: Editor, id: string): number | null {
  let found: number | null = null;
  editor.state.doc.forEach((node, offset) => {
    if (found === null && node.attrs.id === id) found = offset;
  });
  return found;
}
