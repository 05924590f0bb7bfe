// Live numbering: recomputed when the top-level structure changes, published to the store.
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { computeNumbering, type Numbering } from '../../../model/index.ts';
import { clauseLabel } from './block-labels.ts';
import type { NumberingStore, OutlineItem } from './numbering-store.ts';
import { clauseTitlesChanged, sameStructure, topLevelSkeleton } from './structure.ts';

interface PluginState {
  numbering: Numbering;
  /** Table numbers by table id ('3', 'A.1'), derived with the numbering. */
  tables: Map<string, string>;
  /** Set when the numbers or the clause titles changed and the store needs them. */
  dirty: boolean;
}

export const numberingKey = new PluginKey<PluginState>('accordNumbering');

/** Use to list the clauses for the outline panel, from a numbering of the same document. */
export function outlineOf(doc: PMNode, numbering: Numbering, lang: string): OutlineItem[] {
  const items: OutlineItem[] = [];
  doc.forEach((node, offset, index) => {
    const entry = numbering.byIndex[index];
    if (entry?.type !== 'clause') return;
    items.push({
      id: entry.id,
      index,
      pos: offset,
      level: entry.level,
      kind: entry.kind,
      number: entry.kind === 'annex' ? clauseLabel(entry, lang) : entry.number,
      title: node.textContent,
    });
  });
  return items;
}

/** Clause, block and table numbers from one walk of the top level (only when it changed). */
function compute(doc: PMNode, lang: string): PluginState {
  const skeleton = topLevelSkeleton(doc);
  const numbering = computeNumbering(skeleton, { lang });
  const tables = new Map<string, string>();
  for (const entry of numbering.tables) if (entry.id) tables.set(entry.id, entry.number);
  return { numbering, tables, dirty: true };
}

/**
 * Use in the draft editor: typing inside a block costs one pass of identity checks over
 * the top level; numbering is recomputed only when blocks are added, removed or retyped.
 */
export const LiveNumbering = Extension.create<{ store: NumberingStore | null }>({
  name: 'accordNumbering',
  addOptions() {
    return { store: null };
  },
  addProseMirrorPlugins() {
    const store = this.options.store;
    const lang = store?.lang ?? 'en';
    return [
      new Plugin<PluginState>({
        key: numberingKey,
        state: {
          init: (_config, state) => compute(state.doc, lang),
          apply: (tr, value, oldState, newState) => {
            if (!tr.docChanged) return value.dirty ? { ...value, dirty: false } : value;
            if (sameStructure(oldState.doc, newState.doc)) {
              const titles = clauseTitlesChanged(oldState.doc, newState.doc);
              return titles || value.dirty ? { ...value, dirty: titles } : value;
            }
            return compute(newState.doc, lang);
          },
        },
        view: (view) => {
          const publish = (): void => {
            const value = numberingKey.getState(view.state);
            if (!store || !value) return;
            store.publish({
              numbering: value.numbering,
              outline: outlineOf(view.state.doc, value.numbering, lang),
              tables: value.tables,
              lang,
            });
          };
          publish();
          return {
            update: () => {
              if (numberingKey.getState(view.state)?.dirty) publish();
            },
          };
        },
      }),
    ];
  },
});
