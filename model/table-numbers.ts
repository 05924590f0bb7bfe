// Table numbers from position, as standards number them: Table 1, 2, … through the front
// matter and body, and Table A.1, A.2, … afresh in each annex. Independent of clause numbers.
import { labelsFor } from './labels.ts';
import type { Numbering } from './numbering.ts';
import type { ModelDoc, ModelNode } from './types.ts';

/** The derived number of one top-level table. */
export interface TableNumber {
  index: number;
  id: string | null;
  /** '3', or 'A.1' in Annex A. */
  number: string;
}

/** Use when rendering tables: their numbers by index in `doc.content`, from the document's numbering. */
export function numberTables(doc: ModelDoc, numbering: Numbering): Map<number, TableNumber> {
  const out = new Map<number, TableNumber>();
  let body = 0;
  let annex: { letter: string; count: number } | null = null;
  doc.content.forEach((node, index) => {
    const entry = numbering.byIndex[index];
    if (entry?.type === 'clause') {
      const letter = entry.annexLetter;
      if (letter === null) annex = null;
      else if (annex?.letter !== letter) annex = { letter, count: 0 };
      return;
    }
    if (node.type !== 'table') return;
    const id = typeof node.attrs?.id === 'string' && node.attrs.id !== '' ? node.attrs.id : null;
    let number: string;
    if (annex) {
      annex.count += 1;
      number = `${annex.letter}.${annex.count}`;
    } else {
      body += 1;
      number = String(body);
    }
    out.set(index, { index, id, number });
  });
  return out;
}

/** Use to read a table's title (its caption without the number): '' when it has none. */
export function tableCaption(node: ModelNode): string {
  const caption = node.attrs?.caption;
  return typeof caption === 'string' ? caption.trim() : '';
}

/** Use to show a table's heading: "Table 3 — Referral timelines", or "Table 3" without a title. */
export function tableHeading(number: string | null, caption: string, lang?: string): string {
  const label = number ? `${labelsFor(lang).table} ${number}` : labelsFor(lang).table;
  return caption ? `${label} — ${caption}` : label;
}
