import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as Y from 'yjs';
import { QuietWebSocket, waitFor } from '../helpers/collab-clients.ts';
import { connectRawClient, type RawClient } from '../helpers/collab-raw-client.ts';
import { seededRandom } from '../helpers/collab-random.ts';
import { createTracker, type Tracker } from './collab-tracker.ts';
import { sampleProcess } from './process-sample.ts';
import { quantile } from './stats.ts';

export interface Scenario {
  key: string;
  label: string;
  documents: number;
  writersPerDocument: number;
  readersPerDocument: number;
  charsPerSecond: number;
}

/** A server under load: its collaboration URL and process id (for CPU and memory). */
export interface LoadTarget {
  collabUrl: string;
  pid: number;
}

export interface LoadResult {
  expected: number;
  received: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Server CPU while its own load ran (one core = 100). */
  serverCpu: number;
  serverRssMb: number;
  /** CPU of this load process during this server's slices (one core = 100). */
  loadCpu: number;
  /** p99 event-loop delay of this load process during this server's slices (ms). */
  loadLagP99: number;
}

interface Writer {
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  doc: Y.Doc;
}

interface ClientSet {
  writers: Writer[];
  readers: RawClient[];
  tracker: Tracker;
  measuredKeystrokes: number;
}

/** Typing before measuring, per server: connections, JIT and first checkpoints settle. */
const SETTLE_MS = 2000;
/** Servers take turns typing in slices this long. */
export const SLICE_MS = 1000;
const LAG_RESOLUTION_MS = 5;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Which server types in slice `n`: ABBA over two servers starting with `first`, so both
 * get the same share of early and late slices. Pure.
 */
export function sliceOwner(n: number, servers: number, first: number): number {
  if (servers === 1) return 0;
  return [first, 1 - first, 1 - first, first][n % 4] ?? first;
}

/**
 * Writers are real HocuspocusProviders; readers are raw y-protocols clients that do not
 * apply updates (lighter, so the load process is not the bottleneck).
 */
async function connectClients(url: string, scenario: Scenario, runId: string): Promise<ClientSet> {
  const tracker = createTracker();
  const writers: Writer[] = [];
  const readers: RawClient[] = [];
  for (let d = 0; d < scenario.documents; d++) {
    const documentName = `${scenario.key}-${runId}-${d}`;
    for (let w = 0; w < scenario.writersPerDocument; w++) {
      const doc = new Y.Doc();
      const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: QuietWebSocket });
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
        await connectRawClient(url, documentName, `reader-d${d}r${r}`, tracker.receiver(), {
          applyUpdates: false,
        }),
      );
  }
  return { writers, readers, tracker, measuredKeystrokes: 0 };
}

/**
 * Run one scenario against one or two servers at once: every server has its own clients,
 * connected throughout, but only one server's writers type at a time, in ABBA slices of
 * SLICE_MS. Both servers thus meet the same background load from other processes, while
 * never loading the machine together. Each server gets `seconds` of measured typing.
 */
export async function runInterleavedLoad(
  targets: LoadTarget[],
  scenario: Scenario,
  runId: string,
  seconds: number,
  first = 0,
): Promise<LoadResult[]> {
  if (targets.length < 1 || targets.length > 2) throw new Error('one or two servers');
  const sets: ClientSet[] = [];
  for (const [i, target] of targets.entries())
    sets.push(await connectClients(target.collabUrl, scenario, `${runId}-${i}`));
  await waitFor(
    () =>
      sets.every(
        (s) => s.writers.every((w) => w.provider.isSynced) && s.readers.every((r) => r.synced),
      ),
    'all clients synced',
    120_000,
  );
  await sleep(500);

  let active = -1;
  let measuring = false;
  const intervalMs = 1000 / scenario.charsPerSecond;
  const timers: NodeJS.Timeout[] = [];
  for (const [i, set] of sets.entries()) {
    // The same seed for every server: the same phases and insert positions.
    const random = seededRandom(99);
    for (const writer of set.writers) {
      let clock = 0;
      const type = () => {
        if (active !== i) return;
        const text = writer.doc.getText('t');
        if (measuring) {
          set.tracker.sent(writer.doc.clientID, clock);
          set.measuredKeystrokes += 1;
        }
        clock += 1;
        text.insert(Math.floor(random() * (text.length + 1)), 'x');
      };
      // Spread the writers' phases so keystrokes do not arrive in lockstep.
      timers.push(
        setTimeout(() => timers.push(setInterval(type, intervalMs)), random() * intervalMs),
      );
    }
  }

  const lag = targets.map(() => monitorEventLoopDelay({ resolution: LAG_RESOLUTION_MS }));
  const loadCpuMicros = targets.map(() => 0);
  const activeMs = targets.map(() => 0);
  const runSlices = async (count: number, measured: boolean) => {
    for (let n = 0; n < count; n++) {
      const owner = sliceOwner(n, targets.length, first);
      active = owner;
      const histogram = lag[owner];
      if (measured) histogram?.enable();
      const cpu = process.cpuUsage();
      const started = performance.now();
      await sleep(SLICE_MS);
      if (!measured) continue;
      histogram?.disable();
      const used = process.cpuUsage(cpu);
      loadCpuMicros[owner] = (loadCpuMicros[owner] ?? 0) + used.user + used.system;
      activeMs[owner] = (activeMs[owner] ?? 0) + performance.now() - started;
    }
  };
  const slicesPerServer = (ms: number) => Math.max(1, Math.round(ms / SLICE_MS));
  await runSlices(slicesPerServer(SETTLE_MS) * targets.length, false);
  measuring = true;
  const before = targets.map((t) => sampleProcess(t.pid));
  await runSlices(slicesPerServer(seconds * 1000) * targets.length, true);
  measuring = false;
  active = -1;
  const after = targets.map((t) => sampleProcess(t.pid));
  for (const timer of timers) clearInterval(timer);

  const receiversPerDocument = scenario.writersPerDocument + scenario.readersPerDocument - 1;
  const expected = sets.map((s) => s.measuredKeystrokes * receiversPerDocument);
  await waitFor(
    () => sets.every((s, i) => s.tracker.latencies.length >= (expected[i] ?? 0)),
    'delivery',
    5000,
  ).catch(() => undefined);

  for (const set of sets) {
    for (const writer of set.writers) {
      writer.provider.destroy();
      writer.socket.destroy();
    }
    for (const reader of set.readers) reader.close();
  }
  await sleep(500);

  return sets.map((set, i) => {
    const latencies = set.tracker.latencies;
    const activeSeconds = (activeMs[i] ?? 0) / 1000;
    const cpuSeconds = (after[i]?.cpuSeconds ?? 0) - (before[i]?.cpuSeconds ?? 0);
    const histogram = lag[i];
    return {
      expected: expected[i] ?? 0,
      received: latencies.length,
      p50: quantile(latencies, 0.5),
      p95: quantile(latencies, 0.95),
      p99: quantile(latencies, 0.99),
      max: latencies.reduce((m, v) => Math.max(m, v), 0),
      serverCpu: activeSeconds > 0 ? (cpuSeconds / activeSeconds) * 100 : 0,
      serverRssMb: (after[i]?.rssBytes ?? 0) / 1024 / 1024,
      loadCpu: activeSeconds > 0 ? ((loadCpuMicros[i] ?? 0) / 1e6 / activeSeconds) * 100 : 0,
      // The histogram records whole timer intervals: the lag is what exceeds the resolution.
      loadLagP99: histogram ? Math.max(0, histogram.percentile(99) / 1e6 - LAG_RESOLUTION_MS) : 0,
    };
  });
}
