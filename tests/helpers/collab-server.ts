import { parseConfig, type Config } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { startServer, type RunningServer } from '../../server/server.ts';
import { testAuthenticator } from './collab-auth.ts';
import { tempDir } from './temp-dir.ts';

export interface CollabTestServer extends RunningServer {
  config: Config;
  dataDir: string;
  /** ws://…/collab */
  collabUrl: string;
  /** Close the server and delete its data folder (unless it was given). */
  dispose(): Promise<void>;
}

/**
 * Start a real Accord server in this process with the test authenticator
 * (tests/helpers/collab-auth.ts), on a free port and a fresh DATA_DIR unless given.
 */
export async function startCollabServer(
  env: Record<string, string> = {},
): Promise<CollabTestServer> {
  const dir = env.DATA_DIR ? undefined : tempDir();
  const parsed = parseConfig({
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ACCORD_DEMO: '0',
    ACCORD_ADMIN_PASSWORD: 'test-admin-password',
    ...(dir ? { DATA_DIR: dir.path } : {}),
    ...env,
  });
  if (!parsed.ok) throw new Error(parsed.message);
  const started = await startServer(parsed.config, createLogger(parsed.config.LOG_LEVEL), {
    authenticator: testAuthenticator,
  });
  if (!started.ok) throw new Error(started.message);
  const server = started.server;
  return {
    ...server,
    config: parsed.config,
    dataDir: parsed.config.DATA_DIR,
    collabUrl: `${server.url.replace(/^http/, 'ws')}/collab`,
    async dispose() {
      await server.close();
      dir?.remove();
    },
  };
}
