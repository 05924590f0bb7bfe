// The current numbering of the draft, shared by decorations, cross-reference views and the outline.
import type { Numbering } from '../../../model/index.ts';

export interface OutlineItem {
  id: string | null;
  index: number;
  pos: number;
  level: number;
  kind: string;
  number: string | null;
  title: string;
}

export interface DraftSnapshot {
  numbering: Numbering;
  outline: OutlineItem[];
  /** Table numbers by table id: '3', 'A.1'. */
  tables: Map<string, string>;
  lang: string;
}

type Listener = (snapshot: DraftSnapshot) => void;

/** Use one per open draft: the numbering plugin writes, views subscribe. */
export class NumberingStore {
  private current: DraftSnapshot | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(readonly lang: string) {}

  /** The latest snapshot (null before the first document state). */
  get snapshot(): DraftSnapshot | null {
    return this.current;
  }

  /** Use from the numbering plugin after numbering or clause titles changed. */
  publish(snapshot: DraftSnapshot): void {
    this.current = snapshot;
    for (const listener of this.listeners) listener(snapshot);
  }

  /** Use to follow changes; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.current) listener(this.current);
    return () => this.listeners.delete(listener);
  }
}
