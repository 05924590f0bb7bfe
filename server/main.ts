/** Entry point of `npm start`: parse configuration, start the server, stop cleanly on signals. */
import { parseConfig } from './config.ts';
import { ensureEditorBuilt } from './editor-assets/index.ts';
import { createLogger } from './logger.ts';
import { startServer } from './server.ts';

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(1);
}
const config = parsed.config;
const logger = createLogger(config.LOG_LEVEL);

process.on('unhandledRejection', (reason) => {
  logger.error({ err: reason }, 'unhandled rejection (caught; the process carries on)');
});

// The editor is built on first start (and after its sources change); a failure leaves /edit/ answering 503.
const editorBuild = await ensureEditorBuilt({ rebuildStale: true });
if (!editorBuild.ok) logger.error({ err: editorBuild.message }, 'editor build failed');
else if (editorBuild.built) logger.info({ was: editorBuild.state }, 'editor built');

const started = await startServer(config, logger);
if (!started.ok) {
  console.error(started.message);
  process.exit(1);
}
const server = started.server;

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  // Hard deadline: never hang past 5 s on shutdown.
  setTimeout(() => process.exit(1), 4500).unref();
  server.close().then(
    () => process.exit(0),
    (err: unknown) => {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    },
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
