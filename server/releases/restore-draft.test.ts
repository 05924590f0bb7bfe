import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { clause, doc, provision } from '../../model/builders.ts';
import { modelToYUpdate, parseModel, yDocToModel, type ModelDoc } from '../../model/index.ts';
import { transformUpdate } from './restore-draft.ts';

const normal = (json: ModelDoc): ModelDoc => {
  const parsed = parseModel(json);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.doc;
};

const release = doc(
  clause('c-scope', 1, 'Scope'),
  provision('p-scope-1', 'requirement', 'Practitioners shall refer the child.'),
);
const draft = doc(
  clause('c-scope', 1, 'Scope and purpose'),
  provision('p-scope-1', 'requirement', 'Practitioners shall refer the child at once.'),
  provision('p-scope-2', 'note', 'A later addition.'),
);

describe('transformUpdate', () => {
  it('turns the draft into the release text and keeps the draft history', () => {
    const base = modelToYUpdate(draft);
    const update = transformUpdate(base, release);
    // Replaying the log (old draft, then the new update) gives the release text…
    const replay = new Y.Doc();
    Y.applyUpdate(replay, base);
    Y.applyUpdate(replay, update);
    expect(yDocToModel(replay)).toEqual(normal(release));
    // …and the old draft is still there to go back to: the log before the update.
    const before = new Y.Doc();
    Y.applyUpdate(before, base);
    expect(yDocToModel(before)).toEqual(normal(draft));
  });

  it('fills an empty document', () => {
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, transformUpdate(null, release));
    expect(yDocToModel(ydoc)).toEqual(normal(release));
  });

  it('applies on a replica synced from the server', () => {
    const server = new Y.Doc();
    Y.applyUpdate(server, modelToYUpdate(draft));
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const update = transformUpdate(Y.encodeStateAsUpdate(server), release);
    Y.applyUpdate(client, update);
    expect(yDocToModel(client)).toEqual(normal(release));
  });
});
