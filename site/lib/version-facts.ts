// Facts the site derives from one version's model JSON through the model's own functions:
// contents, glossary, every anchored id and a human label per id.
import {
  buildGlossary,
  buildOutline,
  computeNumbering,
  plainText,
  referenceText,
  type ModelDoc,
  type OutlineEntry as ModelOutlineEntry,
} from '../../model/index.ts';
import type { GlossaryEntry, NumberedEntry, OutlineEntry } from './site-model.ts';

export interface VersionFacts {
  outline: OutlineEntry[];
  glossary: GlossaryEntry[];
  /** Every clause, provision and term id, with how to name it to a reader. */
  labels: Map<string, string>;
  /** Every numbered clause and provision, in document order, for search by number. */
  numbered: NumberedEntry[];
}

export interface LabelWords {
  clause: (number: string) => string;
  provision: (number: string) => string;
  term: (number: string) => string;
  unnumbered: (title: string) => string;
  paragraphIn: (label: string) => string;
  noteIn: (label: string) => string;
  exampleIn: (label: string) => string;
  listIn: (label: string) => string;
  tableIn: (label: string) => string;
}

/** Derive contents, glossary and id labels of one version (lang letters its annexes). */
export function versionFacts(doc: ModelDoc, lang: string, words: LabelWords): VersionFacts {
  const numbering = computeNumbering(doc, { lang });
  const refText = (target: string) => referenceText(numbering, target, lang) ?? '';
  const outline: OutlineEntry[] = [];
  const walk = (entries: ModelOutlineEntry[]) => {
    for (const e of entries) {
      if (e.id) outline.push({ id: e.id, number: e.number, title: e.title, level: e.level });
      walk(e.children);
    }
  };
  walk(buildOutline(doc, { lang }));

  const labels = new Map<string, string>();
  const numbered: NumberedEntry[] = [];
  let clauseId: string | null = null;
  doc.content.forEach((node, index) => {
    const entry = numbering.byIndex[index];
    if (entry?.type === 'clause') clauseId = entry.id;
    if (!entry) {
      // Lists and tables carry ids too; the diff reports them, so readers need a name.
      const id = typeof node.attrs?.id === 'string' ? node.attrs.id : null;
      const owner = clauseId ? (labels.get(clauseId) ?? '') : '';
      if (id) labels.set(id, node.type === 'table' ? words.tableIn(owner) : words.listIn(owner));
      return;
    }
    const id = entry.id;
    if (!id) return;
    if (entry.type === 'clause') {
      const title = plainText(node, refText).trim();
      const ref = referenceText(numbering, id, lang);
      const named = entry.kind === 'annex' ? ref : ref && words.clause(ref);
      labels.set(id, named ? `${named} “${title}”` : words.unnumbered(title));
      if (entry.number && ref)
        numbered.push({ id, number: entry.number, title: `${ref} ${title}`, text: '' });
    } else {
      const owner = entry.clauseId ? labels.get(entry.clauseId) : undefined;
      const name = entry.type === 'term' ? words.term : words.provision;
      const unnumbered =
        entry.kind === 'note'
          ? words.noteIn
          : entry.kind === 'example'
            ? words.exampleIn
            : words.paragraphIn;
      labels.set(id, entry.number ? name(entry.number) : unnumbered(owner ?? ''));
      if (entry.number && entry.type !== 'term') {
        const text = plainText(node, refText).trim();
        numbered.push({ id, number: entry.number, title: words.provision(entry.number), text });
      }
    }
  });
  const glossary: GlossaryEntry[] = buildGlossary(doc, { lang }).flatMap((e) =>
    e.id
      ? [{ id: e.id, term: e.term, alternatives: e.alternatives, definition: e.definition }]
      : [],
  );
  return { outline, glossary, labels, numbered };
}
