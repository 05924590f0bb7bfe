// Validation: typed findings, each naming the affected node, for the editor and release checks.
import { termKey } from './glossary.ts';
import { isSafeHref } from './href.ts';
import { hasIdAttr, isValidId } from './ids.ts';
import { baseLanguage } from './labels.ts';
import { computeNumbering, tableById, type NumberingOptions } from './numbering.ts';
import { plainText } from './text.ts';
import type { ModelDoc, ModelNode } from './types.ts';

export type FindingCode =
  | 'duplicate-id'
  | 'missing-id'
  | 'invalid-id'
  | 'empty-clause-title'
  | 'skipped-heading-level'
  | 'annex-not-top-level'
  | 'cross-ref-missing-target'
  | 'cross-ref-not-clause'
  | 'requirement-in-note'
  | 'requirement-without-shall'
  | 'duplicate-term'
  | 'term-outside-terms-clause'
  | 'empty-term'
  | 'empty-provision'
  | 'provisions-and-subclauses'
  | 'unsafe-link'
  | 'table-not-representable';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Id of the affected node (the nearest node with an id), null if it has none. */
  nodeId: string | null;
  /** Index of the affected top-level node in `doc.content`. */
  index: number;
  /** English, for logs and tests; UIs translate by `code`. */
  message: string;
}

const SEVERITY: Record<FindingCode, Severity> = {
  'duplicate-id': 'error',
  'missing-id': 'error',
  'invalid-id': 'error',
  'empty-clause-title': 'error',
  'skipped-heading-level': 'warning',
  'annex-not-top-level': 'warning',
  'cross-ref-missing-target': 'error',
  'cross-ref-not-clause': 'error',
  'requirement-in-note': 'warning',
  'requirement-without-shall': 'info',
  'duplicate-term': 'warning',
  // Terms are defined together (ISO: clause 3), so readers find every definition in one place.
  'term-outside-terms-clause': 'warning',
  'empty-term': 'error',
  'empty-provision': 'warning',
  // Published, "4.1" would name two places; a release must not freeze that (ISO hanging paragraphs).
  'provisions-and-subclauses': 'error',
  'unsafe-link': 'error',
  'table-not-representable': 'warning',
};

// Verbal forms that express a requirement (ISO "shall"; GOST "должен").
const REQUIREMENT_WORDS: Record<string, RegExp> = {
  en: /(?<![\p{L}])(shall|must)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(должен|должна|должно|должны|обязан|обязана|обязано|обязаны)(?![\p{L}])/iu,
  be: /(?<![\p{L}])(павінен|павінна|павінны|абавязаны|абавязана|абавязаны)(?![\p{L}])/iu,
};

/** Use to know whether a text states a requirement in the standard's language. */
export function containsRequirement(text: string, lang?: string): boolean {
  const words = REQUIREMENT_WORDS[baseLanguage(lang)] ?? REQUIREMENT_WORDS.en;
  return (words as RegExp).test(text);
}

/**
 * Use in the editor's problems panel and before a release: returns findings in document
 * order. Errors block a release; warnings and infos are for the working group.
 */
export function validateDocument(doc: ModelDoc, options: NumberingOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const numbering = computeNumbering(doc, options);
  const add = (code: FindingCode, index: number, nodeId: string | null, message: string) =>
    findings.push({ code, severity: SEVERITY[code], nodeId, index, message });
  const seenIds = new Set<string>();
  const seenTerms = new Map<string, string | null>();
  const termsByTop = new Map<string | null, { index: number; id: string | null }[]>();
  const clauseHasBlocks = new Set<number>();

  doc.content.forEach((node, index) => {
    const ownId = typeof node.attrs?.id === 'string' ? node.attrs.id : null;
    walk(node, (inner, nearestId) => {
      if (hasIdAttr(inner.type)) {
        const id: unknown = inner.attrs?.id;
        const where = nearestId ?? ownId;
        if (id === null || id === undefined || id === '') {
          add('missing-id', index, where, `${inner.type} has no id`);
        } else if (!isValidId(id)) {
          add('invalid-id', index, where, `${inner.type} has an invalid id`);
        } else if (seenIds.has(id)) {
          add('duplicate-id', index, id, `id ${id} is used more than once`);
        } else seenIds.add(id);
      }
      if (inner.type === 'crossRef') {
        const target = typeof inner.attrs?.target === 'string' ? inner.attrs.target : '';
        const entry = numbering.byId.get(target);
        if (!entry && !tableById(numbering, target))
          add(
            'cross-ref-missing-target',
            index,
            ownId,
            `cross-reference to missing ${target || '(empty)'}`,
          );
        else if (entry && entry.type !== 'clause')
          add(
            'cross-ref-not-clause',
            index,
            ownId,
            `cross-reference to ${target}, which is not a clause or a table`,
          );
      }
      for (const mark of inner.marks ?? []) {
        const href = mark.attrs?.href;
        if (mark.type === 'link' && !(typeof href === 'string' && isSafeHref(href))) {
          add('unsafe-link', index, ownId, 'link target is not http, https or mailto');
        }
      }
    });

    const entry = numbering.byIndex[index];
    if (node.type === 'clause' && entry?.type === 'clause') {
      if (plainText(node).trim() === '')
        add('empty-clause-title', index, ownId, 'clause title is empty');
      const raw = Number(node.attrs?.level ?? 1);
      if (entry.kind === 'clause' && raw > entry.level) {
        add(
          'skipped-heading-level',
          index,
          ownId,
          `level ${raw} heading is numbered as level ${entry.level}`,
        );
      }
      if (entry.kind !== 'clause' && raw !== 1) {
        add('annex-not-top-level', index, ownId, `${entry.kind} heading should be level 1`);
      }
      const parent = entry.parentId === null ? undefined : numbering.byId.get(entry.parentId);
      if (parent?.type === 'clause' && clauseHasBlocks.has(parent.index) && entry.number !== null) {
        add(
          'provisions-and-subclauses',
          index,
          ownId,
          `clause ${parent.number ?? ''} has both numbered provisions and sub-clauses: both get the numbers ${parent.number ?? ''}.1, ${parent.number ?? ''}.2…`,
        );
      }
    }
    if ((node.type === 'provision' || node.type === 'term') && entry && entry.type !== 'clause') {
      const owner = entry.clauseId === null ? undefined : numbering.byId.get(entry.clauseId);
      if (owner && entry.number !== null) clauseHasBlocks.add(owner.index);
    }
    if (node.type === 'provision') {
      const text = plainText(node).trim();
      const kind = node.attrs?.kind;
      if (text === '') add('empty-provision', index, ownId, 'provision is empty');
      if ((kind === 'note' || kind === 'example') && containsRequirement(text, options.lang)) {
        add('requirement-in-note', index, ownId, `${kind} states a requirement`);
      }
      if (
        kind === 'requirement' &&
        text !== '' &&
        baseLanguage(options.lang) === 'en' &&
        !containsRequirement(text, 'en')
      ) {
        add('requirement-without-shall', index, ownId, 'requirement without "shall"');
      }
    }
    if (node.type === 'term') {
      const names = [
        node.attrs?.term,
        ...(Array.isArray(node.attrs?.alternatives) ? (node.attrs.alternatives as unknown[]) : []),
      ];
      if (typeof names[0] !== 'string' || names[0].trim() === '')
        add('empty-term', index, ownId, 'term has no name');
      for (const name of names) {
        if (typeof name !== 'string' || name.trim() === '') continue;
        const key = termKey(name);
        if (seenTerms.has(key))
          add('duplicate-term', index, ownId, `term "${name}" is defined more than once`);
        else seenTerms.set(key, ownId);
      }
    }
    if (node.type === 'term') {
      const top = topClauseOf(numbering, index);
      termsByTop.set(top, [...(termsByTop.get(top) ?? []), { index, id: ownId }]);
    }
    if (node.type === 'table' && !tableIsRepresentable(node)) {
      add(
        'table-not-representable',
        index,
        ownId,
        'merged cells or header cells outside the first row are lost in Markdown',
      );
    }
  });
  // The terms clause is the top-level clause with the most terms; terms elsewhere are flagged.
  const groups = [...termsByTop.values()];
  const home = groups.reduce<(typeof groups)[number] | undefined>(
    (best, group) => (best === undefined || group.length > best.length ? group : best),
    undefined,
  );
  for (const group of groups) {
    if (group === home) continue;
    for (const { index, id } of group)
      add('term-outside-terms-clause', index, id, 'term defined outside the terms clause');
  }
  return findings;
}

/** Id of the level-1 clause that a top-level block at `index` belongs to (null before any). */
function topClauseOf(numbering: ReturnType<typeof computeNumbering>, index: number): string | null {
  const entry = numbering.byIndex[index];
  if (!entry || entry.type === 'clause') return null;
  let clause = entry.clauseId === null ? undefined : numbering.byId.get(entry.clauseId);
  while (clause?.type === 'clause' && clause.parentId !== null) {
    const parent = numbering.byId.get(clause.parentId);
    if (parent?.type !== 'clause') break;
    clause = parent;
  }
  return clause?.id ?? null;
}

function walk(
  node: ModelNode,
  visit: (node: ModelNode, nearestId: string | null) => void,
  nearestId: string | null = null,
): void {
  visit(node, nearestId);
  const id =
    typeof node.attrs?.id === 'string' && isValidId(node.attrs.id) ? node.attrs.id : nearestId;
  for (const child of node.content ?? []) walk(child, visit, id);
}

function tableIsRepresentable(table: ModelNode): boolean {
  return (table.content ?? []).every((row, r) =>
    (row.content ?? []).every(
      (cell) =>
        (cell.type === 'tableHeader') === (r === 0) &&
        Number(cell.attrs?.colspan ?? 1) === 1 &&
        Number(cell.attrs?.rowspan ?? 1) === 1,
    ),
  );
}
