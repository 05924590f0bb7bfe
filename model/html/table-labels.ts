// Accessible names of tables, from what the model knows: the clause a table sits in.
// The model has no table title or table number yet, so a name never invents one.
import { baseLanguage, labelsFor } from '../labels.ts';
import { referenceText, type ClauseNumber, type Numbering } from '../numbering.ts';
import { plainText } from '../text.ts';
import type { ModelDoc } from '../types.ts';

interface TableWords {
  table: string;
  /** "Table 2 of 3" when a clause holds several tables. */
  nth: (index: number, count: number) => string;
}

const WORDS: Record<'en' | 'ru' | 'be', TableWords> = {
  en: { table: 'Table', nth: (i, n) => `Table ${i} of ${n}` },
  ru: { table: 'Таблица', nth: (i, n) => `Таблица ${i} из ${n}` },
  be: { table: 'Табліца', nth: (i, n) => `Табліца ${i} з ${n}` },
};

function wordsFor(lang: string | undefined): TableWords {
  const base = baseLanguage(lang);
  return base === 'ru' || base === 'be' ? WORDS[base] : WORDS.en;
}

/** Use when a table's name is needed outside a document (no clause known). */
export function tableWord(lang: string | undefined): string {
  return wordsFor(lang).table;
}

/**
 * Use when rendering a document: the accessible name of each top-level table by its index in
 * `doc.content`, e.g. "Table, 7.2 Referral timelines" or "Table 2 of 3, Annex A Contacts".
 */
export function tableLabels(
  doc: ModelDoc,
  numbering: Numbering,
  lang: string | undefined,
): Map<number, string> {
  const words = wordsFor(lang);
  const annex = labelsFor(lang).annex;
  const refText = (target: string): string => referenceText(numbering, target, lang) ?? '?';
  // Tables grouped by the clause they follow (null before the first clause).
  const groups: Array<{ clause: { n: ClauseNumber; title: string } | null; tables: number[] }> = [];
  let current: (typeof groups)[number] = { clause: null, tables: [] };
  groups.push(current);
  doc.content.forEach((node, index) => {
    const n = numbering.byIndex[index];
    if (n?.type === 'clause') {
      current = { clause: { n, title: plainText(node, refText).trim() }, tables: [] };
      groups.push(current);
    } else if (node.type === 'table') current.tables.push(index);
  });
  const labels = new Map<number, string>();
  for (const { clause, tables } of groups) {
    const place = clause ? clausePlace(clause.n, clause.title, annex) : '';
    tables.forEach((index, i) => {
      const name = tables.length > 1 ? words.nth(i + 1, tables.length) : words.table;
      labels.set(index, place ? `${name}, ${place}` : name);
    });
  }
  return labels;
}

function clausePlace(n: ClauseNumber, title: string, annex: string): string {
  // As the heading shows it: "Annex A", "7.2", nothing for front matter.
  const number = n.kind === 'annex' && n.number ? `${annex} ${n.number}` : n.number;
  return [number, title].filter((part) => part).join(' ');
}
