import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { registry } from './metrics';

export const METRICS_PATH = '/metrics';

/** Answers `GET /metrics` (Prometheus' text format); false for any other path. */
export async function answerMetrics(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (new URL(req.url ?? '/', 'http://metrics').pathname !== METRICS_PATH) return false;
  const body = await registry.metrics();
  res.writeHead(200, { 'content-type': registry.contentType });
  res.end(body);
  return true;
}

/**
 * `/metrics` on a port of its own (the gateway's METRICS_PORT): never on the public port, so an
 * ingress in front of the gateway does not expose it.
 */
export async function serveMetrics(
  port: number,
  host = '0.0.0.0',
): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    answerMetrics(req, res)
      .then((answered) => {
        if (!answered) {
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('not found');
        }
      })
      .catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    url: `http://127.0.0.1:${bound}${METRICS_PATH}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
