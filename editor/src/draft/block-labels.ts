// The labels shown beside blocks: clause numbers, annex titles, provision numbers, NOTE 1.
import { labelsFor, type BlockNumber, type ClauseNumber } from '../../../model/index.ts';
import { t, type MessageKey } from '../i18n/index.ts';

/** Use for a clause heading: '4.2', or 'Annex A (normative)'; '' when unnumbered. */
export function clauseLabel(entry: ClauseNumber, lang: string): string {
  if (entry.kind === 'annex') {
    const labels = labelsFor(lang);
    const type = entry.annexType === 'informative' ? labels.informative : labels.normative;
    return `${labels.annex} ${entry.number ?? ''} (${type})`;
  }
  return entry.number ?? '';
}

/** Use for a provision or term: '4.2.3', or 'NOTE' / 'NOTE 2' for notes and examples. */
export function blockLabel(entry: BlockNumber, lang: string): string {
  if (entry.kind === 'note' || entry.kind === 'example') {
    const labels = labelsFor(lang);
    const word = entry.kind === 'note' ? labels.note : labels.example;
    return (entry.kindCount ?? 1) > 1 ? `${word} ${entry.kindIndex ?? ''}` : word;
  }
  return entry.number ?? '';
}

/** The UI language is fixed for the page's life; thousands of blocks ask on every renumbering. */
const kindLabels = new Map<string, string>();

/** Use for the kind tag of a provision ('shall', 'should', …); '' for terms. */
export function kindLabel(kind: string): string {
  let label = kindLabels.get(kind);
  if (label === undefined) {
    label = kind === 'term' ? '' : t(`kind.short.${kind}` as MessageKey);
    kindLabels.set(kind, label);
  }
  return label;
}
