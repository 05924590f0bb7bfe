/**
 * A real Accord server as a child process, with the test authenticator: what the SIGKILL
 * durability tests (and the benchmark) spawn. Run with `node --import tsx`; configuration
 * comes from the environment as in main.ts. Prints `ACCORD_URL <url>` once listening and
 * shuts down like main.ts on SIGTERM/SIGINT.
 */
import { parseConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { startServer } from '../../server/server.ts';
import { testAuthenticator } from './collab-auth.ts';

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(1);
}
const logger = createLogger(parsed.config.LOG_LEVEL);
process.on('unhandledRejection', (reason) => {
  logger.error({ err: reason }, 'unhandled rejection');
});
const started = await startServer(parsed.config, logger, { authenticator: testAuthenticator });
if (!started.ok) {
  console.error(started.message);
  process.exit(1);
}
const server = started.server;
console.log(`ACCORD_URL ${server.url}`);

const stop = () => {
  setTimeout(() => process.exit(1), 4500).unref();
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
