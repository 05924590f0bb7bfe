// Validation warnings beside the text: marks on the blocks (through their views) and outline badges.
import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { validateDocument, type Finding, type ModelDoc } from '../../../model/index.ts';
import { findingText } from '../i18n/finding-text.ts';
import { VIEW_BLOCKS } from './block-views.ts';
import type { BlockFinding, FindingsStore } from './findings-store.ts';
import type { NumberingStore, OutlineItem } from './numbering-store.ts';
import type { OutlineWarnings } from './outline.ts';

const validationKey = new PluginKey<DecorationSet>('accordValidation');

// Validating serialises the whole draft: wait for a pause in typing.
const IDLE_MS = 700;

/** Use in the draft editor: holds decorations for the few blocks our views do not draw (lists, tables). */
export const ValidationDecorations = Extension.create({
  name: 'accordValidation',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: validationKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, set) => {
            const next = tr.getMeta(validationKey) as DecorationSet | undefined;
            if (next) return next;
            return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
          },
        },
        props: { decorations: (state) => validationKey.getState(state) ?? DecorationSet.empty },
      }),
    ];
  },
});

/** Which outline clause each finding belongs to: the last clause heading at or before it. */
export function findingsByClause(
  findings: Finding[],
  outline: OutlineItem[],
): Map<string, string[]> {
  const byClause = new Map<string, string[]>();
  for (const finding of findings) {
    let owner: OutlineItem | undefined;
    for (const item of outline) {
      if (item.index > finding.index) break;
      owner = item;
    }
    if (!owner?.id) continue;
    const list = byClause.get(owner.id) ?? [];
    list.push(findingText(finding));
    byClause.set(owner.id, list);
  }
  return byClause;
}

/** Use once per draft: re-validates after edits and updates the text and the outline. */
export function createValidation(
  editor: Editor,
  store: NumberingStore,
  findingsStore: FindingsStore,
  outline: { setWarnings(warnings: OutlineWarnings): void },
) {
  let timer: ReturnType<typeof setTimeout> | null = null;

  const run = (): void => {
    timer = null;
    if (editor.isDestroyed) return;
    const all = validateDocument(editor.getJSON() as ModelDoc, { lang: store.lang });
    // Infos (advice, such as a requirement without "shall") are no marks in the text: they
    // are said only in the note at the caret, and listed on the Releases page.
    const findings = all.filter((f) => f.severity !== 'info');
    const doc = editor.state.doc;
    const perIndex = new Map<number, Finding[]>();
    for (const finding of findings)
      perIndex.set(finding.index, [...(perIndex.get(finding.index) ?? []), finding]);
    const decorations: Decoration[] = [];
    const marks = new Map<string, BlockFinding>();
    const atIndex = new Map<number, BlockFinding>();
    for (const advice of all) {
      if (advice.severity !== 'info' || perIndex.has(advice.index)) continue;
      const before = atIndex.get(advice.index);
      const text = findingText(advice);
      atIndex.set(advice.index, {
        severity: 'info',
        title: before ? `${before.title}\n${text}` : text,
      });
    }
    doc.forEach((node, offset, index) => {
      const found = perIndex.get(index);
      if (!found) return;
      const severity = found.some((f) => f.severity === 'error') ? 'error' : 'warning';
      const title = found.map(findingText).join('\n');
      atIndex.set(index, { severity, title });
      const id = node.attrs.id as unknown;
      // Hundreds of node decorations make every ProseMirror redraw O(blocks × decorations).
      if (VIEW_BLOCKS.has(node.type.name) && typeof id === 'string' && id) {
        marks.set(id, { severity, title });
        return;
      }
      decorations.push(
        Decoration.node(offset, offset + node.nodeSize, {
          class: `has-finding finding-${severity}`,
          title,
        }),
      );
    });
    findingsStore.publish(marks, atIndex);
    editor.view.dispatch(
      editor.state.tr
        .setMeta(validationKey, DecorationSet.create(doc, decorations))
        .setMeta('addToHistory', false),
    );
    const byClause = findingsByClause(findings, store.snapshot?.outline ?? []);
    outline.setWarnings({ get: (id) => byClause.get(id) });
  };

  const schedule = ({ transaction }: { transaction: { docChanged: boolean } }): void => {
    if (!transaction.docChanged) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, IDLE_MS);
  };
  editor.on('transaction', schedule);
  timer = setTimeout(run, IDLE_MS);
  return {
    destroy(): void {
      editor.off('transaction', schedule);
      if (timer) clearTimeout(timer);
    },
  };
}
