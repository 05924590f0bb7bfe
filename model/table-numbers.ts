// Table headings and titles; table numbers are computed with the rest of the numbering (numbering.ts).
import { labelsFor } from './labels.ts';
import type { ModelNode } from './types.ts';

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
