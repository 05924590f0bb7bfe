// Ids come along in a paste only from this very draft (a cut and paste moves a clause and its
// comments); pasted from anywhere else, blocks get new ids.
import { Extension } from '@tiptap/core';
import { DOMSerializer, type Fragment, type Schema } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';

const SOURCE = 'data-accord-draft';

/** Clipboard HTML whose top-level blocks say which draft they were copied from. */
function taggingSerializer(schema: Schema, draft: string): DOMSerializer {
  const base = DOMSerializer.fromSchema(schema);
  const serializer = new DOMSerializer(base.nodes, base.marks);
  const serialize = serializer.serializeFragment.bind(serializer);
  serializer.serializeFragment = (fragment: Fragment, options, target) => {
    const out = serialize(fragment, options, target);
    for (const child of Array.from(out.childNodes))
      if (child instanceof Element) child.setAttribute(SOURCE, draft);
    return out;
  };
  return serializer;
}

/**
 * Use on pasted HTML: unless it was copied from `draft`, drop every block id, so the
 * unique-ids rule mints new ones. Ids from another draft, or from the published site, could
 * otherwise bring back an id this draft once used and deleted (ids are never reused).
 */
export function pastedHtmlIds(html: string, draft: string): string {
  const fromHere = html.includes(`${SOURCE}="${draft}"`);
  return fromHere ? html : html.replace(/\sdata-id\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
}

/** Use in the draft editor; `draft` is the collaboration document's name. */
export const PasteIds = Extension.create<{ draft: string }>({
  name: 'accordPasteIds',
  addOptions() {
    return { draft: '' };
  },
  addProseMirrorPlugins() {
    const draft = this.options.draft;
    return [
      new Plugin({
        key: new PluginKey('accordPasteIds'),
        props: {
          clipboardSerializer: taggingSerializer(this.editor.schema, draft),
          transformPastedHTML: (html) => pastedHtmlIds(html, draft),
        },
      }),
    ];
  },
});
