import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as Y from 'yjs';
import { QuietWebSocket, waitFor } from '../helpers/collab-clients.ts';
import { connectRawClient, type RawClient } from '../helpers/collab-raw-client.ts';
import { seededRandom } from '../helpers/collab-random.ts';
import { quantile } from './stats.ts';

export interface Scenario {
  key: string;
  label: string;
  documents: number;
  writersPerDocument: number;
  readersPerDocument: number;
  charsPerSecond: number;
}

export interface LoadResult {
  latencies: number[];
  /** CPU of this load process during the measured window (one core = 100). */
  loadCpu: number;
  /** p99 event-loop delay of this load process while measuring (ms): high = the load process lags. */
  loadLagP99: number;
  expected: number;
  received: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

interface Writer {
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  doc: Y.Doc;
}

const WARM_UP_MS = 2000;
const LAG_RESOLUTION_MS = 5;

/**
 * Measures propagation: each writer records when it typed each character (its Yjs clock),
 * each receiver reads the clocks an incoming update carries (Y.parseUpdateMeta, V1) and
 * records now − sent. One clock (this process) for both ends.
 */
function createTracker() {
  const sent = new Map<number, Map<number, number>>();
  const latencies: number[] = [];
  return {
    latencies,
    /** Only keystrokes recorded here are measured (warm-up ones are not). */
    sent(clientId: number, clock: number) {
      let clocks = sent.get(clientId);
      if (!clocks) sent.set(clientId, (clocks = new Map<number, number>()));
      clocks.set(clock, performance.now());
    },
    receiver() {
      const lastSeen = new Map<number, number>();
      return (update: Uint8Array) => {
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

/**
 * Run one scenario against one server: writers are real HocuspocusProviders typing one
 * character at a time; readers are raw y-protocols clients (lighter, so the load process
 * is not the bottleneck). Returns latency figures and delivery counts.
 */
export async function runLoad(
  collabUrl: string,
  scenario: Scenario,
  runId: string,
  seconds: number,
  onTypingWindow: (phase: 'start' | 'stop') => void,
): Promise<LoadResult> {
  const tracker = createTracker();
  const random = seededRandom(99);
  const writers: Writer[] = [];
  const readers: RawClient[] = [];
  const names = Array.from(
    { length: scenario.documents },
    (_, d) => `${scenario.key}-${runId}-${d}`,
  );

  for (const [d, documentName] of names.entries()) {
    for (let w = 0; w < scenario.writersPerDocument; w++) {
      const doc = new Y.Doc();
      const socket = new HocuspocusProviderWebsocket({
        url: collabUrl,
        WebSocketPolyfill: QuietWebSocket,
      });
      const provider = new HocuspocusProvider({
        websocketProvider: socket,
        name: documentName,
        document: doc,
        token: `editor-d${d}w${w}`,
      });
      const receive = tracker.receiver();
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === provider) receive(update);
      });
      provider.attach();
      writers.push({ provider, socket, doc });
    }
    for (let r = 0; r < scenario.readersPerDocument; r++)
      readers.push(
        await connectRawClient(collabUrl, documentName, `reader-d${d}r${r}`, tracker.receiver(), {
          applyUpdates: false,
        }),
      );
  }
  await waitFor(
    () => writers.every((w) => w.provider.isSynced) && readers.every((r) => r.synced),
    'all clients synced',
    120_000,
  );
  await new Promise((resolve) => setTimeout(resolve, 500));

  const intervalMs = 1000 / scenario.charsPerSecond;
  const timers: NodeJS.Timeout[] = [];
  let measuring = false;
  let measuredKeystrokes = 0;
  for (const writer of writers) {
    let clock = 0;
    const type = () => {
      const text = writer.doc.getText('t');
      if (measuring) {
        tracker.sent(writer.doc.clientID, clock);
        measuredKeystrokes += 1;
      }
      clock += 1;
      text.insert(Math.floor(random() * (text.length + 1)), 'x');
    };
    // Spread the writers' phases so keystrokes do not arrive in lockstep.
    timers.push(
      setTimeout(() => timers.push(setInterval(type, intervalMs)), random() * intervalMs),
    );
  }
  // Warm-up: connections, JIT and the first checkpoints settle before measuring.
  await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS));
  measuring = true;
  onTypingWindow('start');
  const lag = monitorEventLoopDelay({ resolution: LAG_RESOLUTION_MS });
  lag.enable();
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  measuring = false;
  lag.disable();
  const cpu = process.cpuUsage(cpuStart);
  const loadCpu = ((cpu.user + cpu.system) / 1000 / (performance.now() - wallStart)) * 100;
  for (const timer of timers) clearInterval(timer);
  onTypingWindow('stop');

  const receiversPerDocument = scenario.writersPerDocument + scenario.readersPerDocument - 1;
  const expected = measuredKeystrokes * receiversPerDocument;
  await waitFor(() => tracker.latencies.length >= expected, 'delivery', 5000).catch(
    () => undefined,
  );

  for (const writer of writers) {
    writer.provider.destroy();
    writer.socket.destroy();
  }
  for (const reader of readers) reader.close();
  await new Promise((resolve) => setTimeout(resolve, 500));

  const latencies = tracker.latencies;
  return {
    latencies,
    loadCpu,
    // The histogram records whole timer intervals: the lag is what exceeds the resolution.
    loadLagP99: Math.max(0, lag.percentile(99) / 1e6 - LAG_RESOLUTION_MS),
    expected,
    received: latencies.length,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    max: latencies.reduce((m, v) => Math.max(m, v), 0),
  };
}
