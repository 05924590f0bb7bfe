/**
 * The collaboration baseline: plain Hocuspocus 3.4 in its own process, no persistence,
 * no authentication, no hardening, attached the same way Accord attaches it. Prints
 * `ACCORD_URL <url>` once listening (the same contract as the test child server).
 */
import { Hocuspocus } from '@hocuspocus/server';
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

const hocuspocus = new Hocuspocus({ quiet: true });
const wss = new WebSocketServer({ noServer: true });
const http = createServer((_req, res) => res.end('baseline'));
http.on('upgrade', (req, socket, head) => {
  wss.handleUpgrade(req, socket, head, (ws) => hocuspocus.handleConnection(ws, req));
});
http.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`ACCORD_URL http://127.0.0.1:${port}`);
});
process.once('SIGTERM', () => process.exit(0));
