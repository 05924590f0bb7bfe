// The heading of each table ("Table 3 — Referral timelines"): its caption and its region's name.
import type { Numbering } from '../numbering.ts';
import { tableCaption, tableHeading } from '../table-numbers.ts';
import type { ModelDoc } from '../types.ts';

/** Use when rendering a document: the heading of each top-level table by its index in `doc.content`. */
export function tableHeadings(
  doc: ModelDoc,
  numbering: Numbering,
  lang: string | undefined,
): Map<number, string> {
  const headings = new Map<number, string>();
  for (const { index, number } of numbering.tables) {
    const node = doc.content[index];
    if (node) headings.set(index, tableHeading(number, tableCaption(node), lang));
  }
  return headings;
}
