import { defineConfig } from 'vitest/config';

// Two projects: fast unit + integration tests (real SQLite, real sockets), then browser
// tests in Debian's Chromium. `npm test` runs them in that order.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // Many of these wait on child processes and sockets rather than the CPU: two
          // workers keep a two-core CI machine busy without starving the timing-free tests.
          maxWorkers: 2,
          include: [
            'model/**/*.test.ts',
            'server/**/*.test.ts',
            // The editor's pure ProseMirror/Yjs helpers; its DOM behaviour is tested in Chromium.
            'editor/src/**/*.test.ts',
            'site/lib/**/*.test.ts',
            'tests/integration/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
