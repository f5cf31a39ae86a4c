import type { Server } from 'node:http';

/** How long requests in flight may take to finish once the gateway closes. */
const CLOSE_GRACE_MS = 10_000;

/**
 * Listens on `port`. Called before the WebSocket server is attached: a port already taken fails
 * the start with its own error (the process exits non-zero), never a half-started server.
 */
export async function listen(server: Server, port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** The URL a client on this machine reaches a server listening on `host` with. */
export function localUrl(
  server: Server,
  fallbackPort: number | undefined,
  host: string | undefined,
  path: string,
): string {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : fallbackPort;
  const reachable = !host || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${reachable}:${port}${path}`;
}

/**
 * A shutdown in the order that loses no request: stop accepting (idle keep-alive connections
 * close), close the WebSockets (1001), wait for requests in flight (cut after 10 s), then dispose
 * what served them. Calling it again returns the same promise.
 */
export function closeOnce(
  server: Server,
  steps: { beforeWait: () => Promise<void>; afterWait: () => Promise<void> },
): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () =>
    (closing ??= (async () => {
      // Stops accepting and closes idle keep-alive connections; resolves once every connection,
      // those with a request in flight included, has ended.
      const ended = new Promise<void>((resolve) => server.close(() => resolve()));
      await steps.beforeWait();
      const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
      await ended;
      clearTimeout(cut);
      await steps.afterWait();
    })());
}
