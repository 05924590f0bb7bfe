// Validation marks per block id, for the block views (node decorations would slow every redraw).
export interface BlockFinding {
  /** 'info' (advice) only ever reaches the note at the caret, never a mark beside the text. */
  severity: 'error' | 'warning' | 'info';
  title: string;
}

type Listener = () => void;

/** Use one per open draft: validation writes, clause/provision/term views read. */
export class FindingsStore {
  private byId = new Map<string, BlockFinding>();
  private byIndex = new Map<number, BlockFinding>();
  private readonly listeners = new Set<Listener>();

  /** The mark of a block, if it has findings. */
  get(id: string | null): BlockFinding | undefined {
    return id ? this.byId.get(id) : undefined;
  }

  /** The findings of the top-level block at `index` (every kind of block, with or without id). */
  at(index: number): BlockFinding | undefined {
    return this.byIndex.get(index);
  }

  /** Use from validation after each run; views repaint only when their own mark changed. */
  publish(next: Map<string, BlockFinding>, byIndex = new Map<number, BlockFinding>()): void {
    this.byId = next;
    this.byIndex = byIndex;
    for (const listener of this.listeners) listener();
  }

  /** Use to follow changes; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
