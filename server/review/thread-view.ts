/**
 * What the API shows of a thread: the stored record joined with where its anchor lies in
 * the current draft. Pure: the caller loads the draft and saves the returned snapshot.
 */
import { refindPassage, resolveAnchor } from './anchor.ts';
import { placeOf, type DraftSnapshot } from './draft.ts';
import type { CommentType, DispositionValue } from './rules.ts';
import type {
  AnchorSnapshot,
  CommentAgency,
  CommentRecord,
  DispositionRecord,
  ThreadRecord,
} from './threads-db.ts';

export interface ThreadView {
  id: string;
  roundId: string;
  target: { kind: 'clause' | 'provision'; id: string };
  /** Numbers now, or the last known ones when orphaned. */
  clauseId: string | null;
  clauseNumber: string | null;
  provisionNumber: string | null;
  paragraph: string | null;
  passage: { quote: string; originalQuote: string; from: number | null; to: number | null } | null;
  orphaned: boolean;
  orphanedAt: string | null;
  status: 'open' | 'resolved';
  statusBy: string | null;
  statusAt: string | null;
  type: CommentType | null;
  agency: CommentAgency | null;
  author: { id: string; name: string };
  createdAt: string;
  comments: CommentRecord[];
  disposition: DispositionRecord | null;
  dispositionHistory: DispositionRecord[];
}

/** Use to show a thread against the current draft; returns the view and the snapshot to remember. */
export function viewThread(
  thread: ThreadRecord,
  draft: DraftSnapshot,
  now = Date.now(),
): { view: ThreadView; snapshot: AnchorSnapshot } {
  let snapshot: AnchorSnapshot;
  let range: { from: number; to: number } | null = null;
  let targetId = thread.targetId;
  let paragraph: string | null = null;
  if (thread.anchorStart && thread.anchorEnd) {
    const anchored = resolveAnchor(draft.doc, draft.fragment, thread.anchorStart, thread.anchorEnd);
    // Its characters gone but the same words typed again in the same block: follow the words.
    const again = anchored.orphaned
      ? refindPassage(draft.fragment, thread.targetId, thread.lastQuote ?? thread.quote ?? '')
      : null;
    const resolved = again ? { orphaned: false as const, ...again } : anchored;
    const place = resolved.orphaned ? null : placeOf(draft.numbering, resolved.blockId);
    if (resolved.orphaned || !place) snapshot = orphanedSnapshot(thread);
    else {
      targetId = resolved.blockId;
      range = { from: resolved.from, to: resolved.to };
      paragraph = place.paragraph;
      snapshot = {
        quote: resolved.quote,
        clauseId: place.clauseId,
        clauseNumber: place.clauseNumber,
        provisionNumber: place.provisionNumber,
        orphaned: false,
      };
    }
  } else {
    const place = placeOf(draft.numbering, thread.targetId);
    if (!place) snapshot = orphanedSnapshot(thread);
    else {
      paragraph = place.paragraph;
      snapshot = {
        quote: null,
        clauseId: place.clauseId,
        clauseNumber: place.clauseNumber,
        provisionNumber: place.provisionNumber,
        orphaned: false,
      };
    }
  }
  const first = thread.comments[0];
  const current = thread.dispositions.at(-1) ?? null;
  const view: ThreadView = {
    id: thread.id,
    roundId: thread.roundId,
    target: { kind: thread.targetKind, id: targetId },
    clauseId: snapshot.clauseId,
    clauseNumber: snapshot.clauseNumber,
    provisionNumber: snapshot.provisionNumber,
    paragraph,
    passage:
      thread.quote === null
        ? null
        : {
            quote: snapshot.quote ?? thread.quote,
            originalQuote: thread.quote,
            from: range?.from ?? null,
            to: range?.to ?? null,
          },
    orphaned: snapshot.orphaned,
    orphanedAt: snapshot.orphaned ? (thread.orphanedAt ?? new Date(now).toISOString()) : null,
    status: thread.status,
    statusBy: thread.statusBy,
    statusAt: thread.statusAt,
    type: first?.type ?? null,
    agency: first?.agency ?? null,
    author: first?.author ?? { id: thread.createdBy, name: '' },
    createdAt: thread.createdAt,
    comments: thread.comments,
    disposition: current,
    dispositionHistory: thread.dispositions,
  };
  return { view, snapshot };
}

/** An orphaned thread keeps showing what it last pointed at. */
function orphanedSnapshot(thread: ThreadRecord): AnchorSnapshot {
  return {
    quote: thread.lastQuote,
    clauseId: thread.lastClauseId,
    clauseNumber: thread.lastClauseNumber,
    provisionNumber: thread.lastProvisionNumber,
    orphaned: true,
  };
}

/** The filters of the thread list (all optional; values as in the API's query string). */
export interface ThreadFilter {
  round?: string | undefined;
  status?: 'open' | 'resolved' | undefined;
  type?: CommentType | undefined;
  agency?: string | undefined;
  author?: string | undefined;
  disposition?: DispositionValue | 'none' | undefined;
  target?: string | undefined;
  orphaned?: boolean | undefined;
}

/** Use to apply list filters to thread views; agency matches the agency code or id. */
export function matchesFilter(view: ThreadView, f: ThreadFilter): boolean {
  if (f.round !== undefined && view.roundId !== f.round) return false;
  if (f.status !== undefined && view.status !== f.status) return false;
  if (f.type !== undefined && view.type !== f.type) return false;
  if (
    f.agency !== undefined &&
    view.agency?.id !== f.agency &&
    view.agency?.code?.toLowerCase() !== f.agency.toLowerCase()
  )
    return false;
  if (f.author !== undefined && view.author.id !== f.author) return false;
  if (f.disposition !== undefined) {
    const value = view.disposition?.value ?? 'none';
    if (value !== f.disposition) return false;
  }
  if (f.target !== undefined && view.target.id !== f.target && view.clauseId !== f.target)
    return false;
  if (f.orphaned !== undefined && view.orphaned !== f.orphaned) return false;
  return true;
}

/** Counts of threads by round, agency, type, disposition and status. */
export interface ReviewCounts {
  total: number;
  byRound: Record<string, number>;
  byAgency: Record<string, number>;
  byType: Record<string, number>;
  byDisposition: Record<string, number>;
  byStatus: Record<string, number>;
  orphaned: number;
}

/** Use to count threads (after visibility filtering) for the round summary and the panel. */
export function countThreads(views: readonly ThreadView[]): ReviewCounts {
  const counts: ReviewCounts = {
    total: 0,
    byRound: {},
    byAgency: {},
    byType: {},
    byDisposition: {},
    byStatus: {},
    orphaned: 0,
  };
  const bump = (map: Record<string, number>, key: string) => {
    map[key] = (map[key] ?? 0) + 1;
  };
  for (const v of views) {
    counts.total += 1;
    bump(counts.byRound, v.roundId);
    bump(counts.byAgency, v.agency?.code ?? 'none');
    bump(counts.byType, v.type ?? 'none');
    bump(counts.byDisposition, v.disposition?.value ?? 'none');
    bump(counts.byStatus, v.status);
    if (v.orphaned) counts.orphaned += 1;
  }
  return counts;
}
