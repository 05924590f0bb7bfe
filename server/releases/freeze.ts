/**
 * Freezing: the text of a draft at one moment, as the three things a release keeps —
 * the model's canonical JSON, the Yjs state, and the sha256 of that canonical JSON.
 */
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { canonicalString, modelToYUpdate, yDocToModel, type ModelDoc } from '../../model/index.ts';
import type { DocumentStore } from '../store/index.ts';

/** A frozen text: what a release row stores. */
export interface FrozenText {
  model: ModelDoc;
  /** The model's canonical JSON: the hash is of exactly these characters. */
  modelJson: string;
  ydocState: Uint8Array;
  /** `sha256:<hex>` of `modelJson` (UTF-8). */
  contentHash: string;
}

/** The content hash of a canonical JSON string, as release.json writes it. */
export function contentHashOf(modelJson: string): string {
  return `sha256:${createHash('sha256').update(modelJson, 'utf8').digest('hex')}`;
}

/** Freeze a model given as JSON (the demo seeder, tests): its Yjs state is built fresh. */
export function freezeModel(model: ModelDoc): FrozenText {
  const modelJson = canonicalString(model);
  const canonical = JSON.parse(modelJson) as ModelDoc;
  return {
    model: canonical,
    modelJson,
    ydocState: modelToYUpdate(canonical),
    contentHash: contentHashOf(modelJson),
  };
}

/** Freeze the current draft from the store; null when the draft was never written. */
export function freezeDraft(store: DocumentStore, documentName: string): FrozenText | null {
  const state = store.loadState(documentName);
  if (!state) return null;
  const ydoc = new Y.Doc();
  try {
    Y.applyUpdate(ydoc, state);
    const modelJson = canonicalString(yDocToModel(ydoc));
    return {
      model: JSON.parse(modelJson) as ModelDoc,
      modelJson,
      ydocState: state,
      contentHash: contentHashOf(modelJson),
    };
  } finally {
    ydoc.destroy();
  }
}

/** The current draft as model JSON (for diffs against releases); null when never written. */
export function draftModel(store: DocumentStore, documentName: string): ModelDoc | null {
  return freezeDraft(store, documentName)?.model ?? null;
}
