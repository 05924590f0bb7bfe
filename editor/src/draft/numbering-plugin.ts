// Live numbers in the text: node decorations carry each block's derived number and kind label.
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import {
  computeNumbering,
  labelsFor,
  type BlockNumber,
  type ClauseNumber,
  type Numbering,
} from '../../../model/index.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import type { NumberingStore, OutlineItem } from './numbering-store.ts';
import { clauseTitlesChanged, sameStructure, topLevelSkeleton } from './structure.ts';

interface PluginState {
  numbering: Numbering;
  decorations: DecorationSet;
  /** Set when the outline (numbers or titles) needs publishing. */
  dirty: boolean;
}

export const numberingKey = new PluginKey<PluginState>('accordNumbering');

function clauseLabel(entry: ClauseNumber, lang: string): string {
  if (entry.kind === 'annex') {
    const labels = labelsFor(lang);
    const type = entry.annexType === 'informative' ? labels.informative : labels.normative;
    return `${labels.annex} ${entry.number ?? ''} (${type})`;
  }
  return entry.number ?? '';
}

function blockLabel(entry: BlockNumber, lang: string): string {
  if (entry.kind === 'note' || entry.kind === 'example') {
    const labels = labelsFor(lang);
    const word = entry.kind === 'note' ? labels.note : labels.example;
    return (entry.kindCount ?? 1) > 1 ? `${word} ${entry.kindIndex ?? ''}` : word;
  }
  return entry.number ?? '';
}

function decorate(doc: PMNode, numbering: Numbering, lang: string): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((node, offset, index) => {
    const entry = numbering.byIndex[index];
    if (!entry) return;
    const attrs: Record<string, string> =
      entry.type === 'clause'
        ? { 'data-number': clauseLabel(entry, lang) }
        : {
            'data-number': blockLabel(entry, lang),
            'data-kind-label':
              entry.kind === 'term' ? '' : t(`kind.short.${entry.kind}` as MessageKey),
          };
    decorations.push(Decoration.node(offset, offset + node.nodeSize, attrs));
  });
  return DecorationSet.create(doc, decorations);
}

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

/**
 * Use in the draft editor: recomputes numbering only when the top-level structure changes
 * (typing inside a block just maps the decorations), and publishes to the store.
 */
export const NumberingDecorations = Extension.create<{ store: NumberingStore | null }>({
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
          init: (_config, state) => {
            const numbering = compute(state.doc, lang);
            return { numbering, decorations: decorate(state.doc, numbering, lang), dirty: true };
          },
          apply: (tr, value, oldState, newState) => {
            if (!tr.docChanged) return value.dirty ? { ...value, dirty: false } : value;
            if (sameStructure(oldState.doc, newState.doc)) {
              // Remote changes and Yjs undo replace the whole document in one step, which
              // would drop every mapped decoration: rebuild them (numbering is unchanged).
              const replacedAll = tr.getMeta(ySyncPluginKey) !== undefined;
              return {
                numbering: value.numbering,
                decorations: replacedAll
                  ? decorate(newState.doc, value.numbering, lang)
                  : value.decorations.map(tr.mapping, tr.doc),
                dirty: clauseTitlesChanged(oldState.doc, newState.doc),
              };
            }
            const numbering = compute(newState.doc, lang);
            return { numbering, decorations: decorate(newState.doc, numbering, lang), dirty: true };
          },
        },
        props: {
          decorations: (state) => numberingKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
        view: (view) => {
          const publish = (): void => {
            const value = numberingKey.getState(view.state);
            if (!store || !value) return;
            store.publish({
              numbering: value.numbering,
              outline: outlineOf(view.state.doc, value.numbering, lang),
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
