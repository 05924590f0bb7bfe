// The review data of one open draft: rounds and threads, reloaded when the server announces
// a change; views subscribe. Filtering is pure and lives here too.
import { fetchRounds, fetchThreads, type Round, type Thread } from './api.ts';

export interface Filters {
  round: string;
  status: string;
  type: string;
  agency: string;
  author: string;
  disposition: string;
}

export const NO_FILTERS: Filters = {
  round: '',
  status: '',
  type: '',
  agency: '',
  author: '',
  disposition: '',
};

/** Use to apply the panel's filters ('' means any; disposition 'none' means not yet disposed). */
export function matches(thread: Thread, f: Filters): boolean {
  if (f.round && thread.roundId !== f.round) return false;
  if (f.status && thread.status !== f.status) return false;
  if (f.type && thread.type !== f.type) return false;
  if (f.agency && (thread.agency?.code ?? '') !== f.agency) return false;
  if (f.author && thread.author.id !== f.author) return false;
  if (f.disposition && (thread.disposition?.value ?? 'none') !== f.disposition) return false;
  return true;
}

/** Use to label where a thread sits: "4.2.1", "Clause 4.2", or the last known place. */
export function placeOf(
  thread: Pick<Thread, 'provisionNumber' | 'clauseNumber' | 'paragraph'>,
): string {
  if (thread.provisionNumber) return thread.provisionNumber;
  const clause = thread.clauseNumber ?? '';
  if (thread.paragraph) return clause ? `${clause}, ${thread.paragraph}` : thread.paragraph;
  return clause;
}

type Listener = () => void;

/** Use one per draft panel. */
export class ReviewData {
  rounds: Round[] = [];
  threads: Thread[] = [];
  error: string | null = null;
  loaded = false;
  private readonly listeners = new Set<Listener>();
  private loading: Promise<void> | null = null;
  private again = false;

  constructor(private readonly slug: string) {}

  /** The round taking comments now, if any. */
  get openRound(): Round | null {
    return this.rounds.find((r) => r.open) ?? null;
  }

  /** Use to (re)load; calls made while loading coalesce into one more load. */
  reload(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    this.loading = (async () => {
      do {
        this.again = false;
        const [rounds, threads] = await Promise.all([
          fetchRounds(this.slug),
          fetchThreads(this.slug),
        ]);
        if (rounds.ok && threads.ok) {
          this.rounds = rounds.data.rounds;
          this.threads = threads.data.threads;
          this.error = null;
        } else {
          const failed = !rounds.ok ? rounds : !threads.ok ? threads : null;
          this.error = failed ? failed.detail || failed.title : null;
        }
        this.loaded = true;
        this.emit();
      } while (this.again);
      this.loading = null;
    })();
    return this.loading;
  }

  /** Use after a change this client made: replaces one thread without a reload. */
  replace(thread: Thread): void {
    const i = this.threads.findIndex((t) => t.id === thread.id);
    if (i >= 0) this.threads[i] = thread;
    else this.threads.push(thread);
    this.emit();
  }

  /** Use to follow changes; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
