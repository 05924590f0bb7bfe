import { parseConfig, type Config } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { join } from 'node:path';
import { startServer, type RunningServer, type StartOptions } from '../../server/server.ts';
import { tempDir } from './temp-dir.ts';

export interface TestServer extends RunningServer {
  config: Config;
  dataDir: string;
  /** Close the server and delete its data folder. */
  dispose(): Promise<void>;
}

/**
 * Start a real Accord server in this process on a free port and a fresh DATA_DIR; release
 * files and the built site also go to that folder, never to the repository's.
 * Pass `env` to override configuration (for example ACCORD_DEMO=1).
 */
export async function startTestServer(
  env: Record<string, string> = {},
  options: StartOptions = {},
): Promise<TestServer> {
  const dir = env.DATA_DIR ? undefined : tempDir();
  const parsed = parseConfig({
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ACCORD_DEMO: '0',
    ACCORD_ADMIN_PASSWORD: 'test-admin-password',
    ...(dir
      ? {
          DATA_DIR: dir.path,
          ACCORD_STANDARDS_DIR: join(dir.path, 'standards'),
          ACCORD_SITE_DIR: join(dir.path, 'site'),
        }
      : {}),
    ...env,
  });
  if (!parsed.ok) throw new Error(parsed.message);
  const started = await startServer(parsed.config, createLogger(parsed.config.LOG_LEVEL), options);
  if (!started.ok) throw new Error(started.message);
  const server = started.server;
  return {
    ...server,
    config: parsed.config,
    dataDir: parsed.config.DATA_DIR,
    async dispose() {
      await server.close();
      dir?.remove();
    },
  };
}
