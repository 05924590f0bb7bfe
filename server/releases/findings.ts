// What the checks of the document model say about a draft or a frozen release, for the people
// who freeze, approve and publish it. Only errors stop a freeze; warnings (a term defined
// twice, "shall" in a note) and advice (a requirement without "shall") must still be seen
// before a version reaches frontline readers, so the releases page lists them.
import { z } from 'zod';
import { computeNumbering, validateDocument, type ModelDoc } from '../../model/index.ts';

export const FindingOut = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  nodeId: z.string().nullable(),
  where: z.string().nullable().describe('The clause or provision number it is in, if numbered'),
  message: z.string(),
});
export type FindingView = z.infer<typeof FindingOut>;
export const FindingsOut = z.object({ findings: z.array(FindingOut) });

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Use for a draft or a release: its findings, errors first, then in document order. */
export function findingsToReview(doc: ModelDoc, lang: string): FindingView[] {
  const numbering = computeNumbering(doc, { lang });
  const whereOf = (index: number): string | null => {
    const entry = numbering.byIndex[index];
    if (!entry) return null;
    if (entry.number) return entry.number;
    // A note or example has no number of its own: name its clause.
    const clauseId = entry.type === 'clause' ? null : entry.clauseId;
    return clauseId ? (numbering.byId.get(clauseId)?.number ?? null) : null;
  };
  return validateDocument(doc, { lang })
    .map((f) => ({ ...f, rank: RANK[f.severity] }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((f) => ({
      code: f.code,
      severity: f.severity,
      nodeId: f.nodeId,
      where: whereOf(f.index),
      message: f.message,
    }));
}
