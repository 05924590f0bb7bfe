// Live numbering: recomputed when the top-level structure changes, published to the store.
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { computeNumbering, numberTables, type Numbering } from '../../../model/index.ts';
import { clauseLabel } from './block-labels.ts';
import type { NumberingStore, OutlineItem } from './numbering-store.ts';
import { clauseTitlesChanged, sameStructure, topLevelSkeleton } from './structure.ts';

interface PluginState {
  numbering: Numbering;
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

function compute(doc: PMNode, lang: string): Numbering {
  return computeNumbering(topLevelSkeleton(doc), { lang });
}

/** Use with a numbering of the same document: table numbers by table id. */
export function tablesOf(doc: PMNode, numbering: Numbering): Map<string, string> {
  const tables = new Map<string, string>();
  for (const entry of numberTables(topLevelSkeleton(doc), numbering).values())
    if (entry.id) tables.set(entry.id, entry.number);
  return tables;
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
          init: (_config, state) => ({ numbering: compute(state.doc, lang), dirty: true }),
          apply: (tr, value, oldState, newState) => {
            if (!tr.docChanged) return value.dirty ? { ...value, dirty: false } : value;
            if (sameStructure(oldState.doc, newState.doc)) {
              const titles = clauseTitlesChanged(oldState.doc, newState.doc);
              return titles || value.dirty ? { numbering: value.numbering, dirty: titles } : value;
            }
            return { numbering: compute(newState.doc, lang), dirty: true };
          },
        },
        view: (view) => {
          const publish = (): void => {
            const value = numberingKey.getState(view.state);
            if (!store || !value) return;
            store.publish({
              numbering: value.numbering,
              outline: outlineOf(view.state.doc, value.numbering, lang),
              tables: tablesOf(view.state.doc, value.numbering),
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
