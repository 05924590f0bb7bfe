import * as Y from 'yjs';

/** Propagation latencies of one server's clients, on this process's clock. */
export interface Tracker {
  latencies: number[];
  /** Record that `clientId` typed its keystroke `clock` now; only recorded ones are measured. */
  sent(clientId: number, clock: number): void;
  /** A callback for one receiving client: give it every update the client receives. */
  receiver(): (update: Uint8Array) => void;
}

/**
 * Measures propagation: each writer records when it typed each character (its Yjs clock),
 * each receiver reads the clocks an incoming update carries (Y.parseUpdateMeta, V1) and
 * records now − sent. One clock (this process) for both ends.
 */
export function createTracker(): Tracker {
  const sent = new Map<number, Map<number, number>>();
  const latencies: number[] = [];
  return {
    latencies,
    sent(clientId, clock) {
      let clocks = sent.get(clientId);
      if (!clocks) sent.set(clientId, (clocks = new Map<number, number>()));
      clocks.set(clock, performance.now());
    },
    receiver() {
      const lastSeen = new Map<number, number>();
      return (update) => {
        const now = performance.now();
        const meta = Y.parseUpdateMeta(update);
        for (const [client, to] of meta.to) {
          const clocks = sent.get(client);
          const seen = lastSeen.get(client) ?? 0;
          if (clocks)
            for (let c = Math.max(seen, meta.from.get(client) ?? 0); c < to; c++) {
              const at = clocks.get(c);
              if (at !== undefined) latencies.push(now - at);
            }
          lastSeen.set(client, Math.max(seen, to));
        }
      };
    },
  };
}
