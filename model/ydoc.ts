// Y.Doc ⇄ model JSON without an editor, through the same schema the editor uses.
import { prosemirrorJSONToYDoc, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { parseModel } from './parse-model.ts';
import { getStandardSchema } from './schema.ts';
import type { ModelDoc } from './types.ts';

/** The Y.Doc field holding the document (Tiptap Collaboration's default). */
export const YJS_FIELD = 'default';

/** Use to read a standard out of a Y.Doc (release, export, server-side checks). */
export function yDocToModel(ydoc: Y.Doc, field: string = YJS_FIELD): ModelDoc {
  const fragment = ydoc.getXmlFragment(field);
  const node = yXmlFragmentToProseMirrorRootNode(fragment, getStandardSchema());
  const json = node.toJSON() as { type: 'doc'; content?: ModelDoc['content'] };
  // An empty fragment has no children; say so instead of inventing an empty provision.
  return { type: 'doc', content: json.content ?? [] };
}

/** Use to build a fresh Y.Doc holding a document; throws on JSON the schema rejects. */
export function modelToYDoc(json: ModelDoc, field: string = YJS_FIELD): Y.Doc {
  const parsed = parseModel(json);
  if (!parsed.ok) throw new Error(`modelToYDoc: ${parsed.error}`);
  return prosemirrorJSONToYDoc(getStandardSchema(), parsed.doc, field);
}

/** Use to seed a document on the server: the update, applied to an empty Y.Doc, gives `json`. */
export function modelToYUpdate(json: ModelDoc, field: string = YJS_FIELD): Uint8Array {
  const ydoc = modelToYDoc(json, field);
  const update = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return update;
}
