import {
  enableMetrics,
  metrics,
  metricsEnabled,
  REQUEST_ID_HEADER,
  requestIdFrom,
  serveMetrics,
  withRequestId,
} from '@laurel/observability';
import { installAbortSignalAny } from './abort-signals';
import type { GatewayOptions } from './gateway-options';
import { createHttpPipeline } from './http-pipeline';
import type { IdentityResolver } from './identity';
import { closeOnce, listen, localUrl } from './lifecycle';
import { DEFAULT_MAX_BODY_BYTES } from './body-limit';
import { createFastPath, type FastPathObserver } from './fast-path/fast-path';
import { SingleSubgraphPlanner } from './fast-path/single-subgraph';
import { IMPORT_FIELDS } from './imports';
import { gatewayMetrics, wsMetrics } from './observability';
import { DEFAULT_REPORT_CACHE_MS, ReportCache } from './report-cache';
import { createIdentity, createRuntime, GRAPHQL_PATH } from './runtime';
import { mutationsOf, requireOption, subgraphsOf, type SubgraphEntry } from './supergraph';
import { attachWebSocketServer } from './ws-server';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';

export type { GatewayOptions, WebSocketLimits } from './gateway-options';
export { subgraphsOf, mutationsOf, type SubgraphEntry } from './supergraph';
export { isSameOrigin } from './ws-server';

export interface Gateway {
  server: Server;
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** Where Prometheus scrapes this gateway (its own port), when metrics are on. */
  metricsUrl?: string;
  resolveIdentity: IdentityResolver;
  /**
   * First step of a shutdown: `/readyz` answers 503 from now on and requests are still served
   * for `delayMs`, so that load balancers stop sending here before connections are refused.
   */
  drain(delayMs: number): Promise<void>;
  /** No new connections; requests in flight finish (10 s at most); sockets close with 1001. */
  close(): Promise<void>;
}

/**
 * The gateway: the Hive runtime (runtime.ts) behind an HTTP pipeline of small steps
 * (http-pipeline.ts), graphql-ws for clients' subscriptions (ws-server.ts), and a shutdown that
 * loses no request (lifecycle.ts).
 */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  installAbortSignalAny();
  const sdl =
    options.supergraphSdl ?? readFileSync(requireOption(options.supergraphPath, 'supergraphPath'), 'utf8');
  const overrides = new Map(Object.entries(options.subgraphUrls ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const subgraphs = subgraphsOf(sdl).map((s) => ({
    ...s,
    url: overrides.get(s.name.toLowerCase()) ?? s.url,
  }));
  const { resolveIdentity, identityCache } = await createIdentity(options, subgraphs);
  if (options.metrics) enableMetrics('gateway');
  const observed = options.metrics !== undefined && options.metrics !== false && metricsEnabled();
  const measured = observed ? gatewayMetrics() : undefined;
  const reportCache = new ReportCache({
    ttlMs: options.reportCacheMs ?? DEFAULT_REPORT_CACHE_MS,
    onLookup: observed ? (result) => metrics.reportCache.inc({ result }) : undefined,
  });
  // With tracing on too: the http instrumentation's server and client spans, and the trace
  // context passed on, are the same on either path (successful-tracing.spec.ts).
  const fastPath =
    (options.fastPath ?? true)
      ? createSingleSubgraphFastPath(
          options,
          sdl,
          subgraphs,
          resolveIdentity,
          reportCache,
          measured?.fastPath,
        )
      : undefined;
  const runtime = createRuntime(options, {
    sdl,
    subgraphs,
    resolveIdentity,
    identityCache,
    observers: measured ? [measured.plugin] : [],
    validated: fastPath ? [fastPath.learn] : [],
    reportCache,
  });
  const pipeline = createHttpPipeline(options, {
    runtime,
    resolveIdentity,
    onRefusal: observed ? (reason) => metrics.httpRefusals.inc({ reason }) : undefined,
    fastPath: fastPath?.step,
  });

  const server = createServer((req, res) => {
    // One id per request, the caller's when well formed: on every log line, in the answer's
    // headers, and passed on to the subgraphs (see signing.ts).
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    withRequestId(requestId, () => pipeline.handle(req, res)).catch((error: unknown) => {
      console.error('[gateway] request failed', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'Internal server error' }] }));
    });
  });
  // A client that trickles its request in is cut off (slowloris).
  server.requestTimeout = 10_000;
  server.headersTimeout = 10_000;
  // Idle keep-alive sockets are closed by the client first (undici after 4 s, browsers later),
  // never by us at the moment a client reuses one ("other side closed" under load).
  server.keepAliveTimeout = 65_000;
  await listen(server, options.port ?? 4000, options.host ?? '0.0.0.0');
  const ws = attachWebSocketServer(server, options, {
    runtime,
    resolveIdentity,
    subgraphs,
    observer: observed ? wsMetrics() : undefined,
  });
  const metricsServer = options.metrics
    ? await serveMetrics(options.metrics.port, options.metrics.host).catch(async (error: unknown) => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        throw error;
      })
    : undefined;

  return {
    server,
    url: localUrl(server, options.port, options.host, GRAPHQL_PATH),
    metricsUrl: metricsServer?.url,
    resolveIdentity,
    drain: async (delayMs) => {
      pipeline.startDraining();
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    },
    close: closeOnce(server, {
      beforeWait: async () => {
        pipeline.startDraining();
        // Every client socket closes with 1001 (going away) and the close handshake completes.
        await ws.dispose();
      },
      afterWait: async () => {
        await runtime.dispose();
        identityCache?.stop();
        await metricsServer?.close();
      },
    }),
  };
}

/**
 * Root fields that keep the runtime's path: the imports' (their own timeout), and organizations'
 * mutations (after which the identity cache is flushed). Reports take the fast path through the
 * same report cache as the runtime's.
 */
function createSingleSubgraphFastPath(
  options: GatewayOptions,
  sdl: string,
  subgraphs: SubgraphEntry[],
  resolveIdentity: IdentityResolver,
  reportCache: ReportCache,
  observer: FastPathObserver | undefined,
) {
  const excluded = new Set([...IMPORT_FIELDS, ...mutationsOf(sdl, 'organizations')]);
  const planner = new SingleSubgraphPlanner(sdl, subgraphs, excluded);
  return createFastPath({
    planner,
    schema: planner.schema,
    resolveIdentity,
    internalSecret: options.internalSecret,
    graphqlPath: GRAPHQL_PATH,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    upstreamTimeoutMs: options.upstreamTimeoutMs ?? 10_000,
    corsAllowedOrigins: options.corsAllowedOrigins,
    reportCache,
    observer,
  });
}
