import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import {
  IDENTITY_HEADER,
  SIGNATURE_HEADER,
  defineAbilityFor,
  verifyInternalRequest,
  tenantScopeOf,
  type AppAbility,
  type Identity,
} from '@laurel/auth';
import { INSTANCE_HEADER } from '@laurel/config';
import {
  answerMetrics,
  METRICS_PATH,
  metrics,
  metricsEnabled,
  REQUEST_ID_HEADER,
  requestIdFrom,
  withRequestId,
} from '@laurel/observability';
import { asSystem, withTenantScope } from '@laurel/db';
import { execute, subscribe, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { WebSocketServer } from 'ws';
import type { RequestContext } from './context';
import { formatError } from './format-error';
import { operationMetricsPlugin } from './operation-metrics';

export interface SubgraphServerOptions<C extends RequestContext> {
  name: string;
  schema: GraphQLSchema;
  port: number;
  host?: string;
  internalSecret: string;
  /** Adds the service's loaders to the identity; `live` is true for subscriptions. */
  createContext: (base: RequestContext, options: { live: boolean }) => C | Promise<C>;
  /** Readiness beyond "the process is up", e.g. the database answers. */
  ready?: () => Promise<boolean>;
  maxBodyBytes?: number;
  introspection?: boolean;
  /** Sent back on `/readyz` and `/healthz`; default: LAUREL_INSTANCE, set by the launcher. */
  instance?: string;
  /**
   * Service-to-service JSON endpoints under `/internal/`, signed like every GraphQL request
   * (e.g. the gateway resolving an identity). Return `undefined` for 404.
   */
  internalRoutes?: Record<string, (body: unknown, caller: Identity) => Promise<unknown>>;
}

export interface SubgraphServer {
  url: string;
  server: Server;
  /**
   * First step of a shutdown: `/readyz` answers 503 from now on and requests are still served
   * for `delayMs`, so that load balancers stop sending here before connections are refused.
   */
  drain(delayMs: number): Promise<void>;
  /** No new connections; requests in flight finish (10 s at most); sockets close with 1001. */
  close(): Promise<void>;
}

function isAsyncIterable<T>(value: unknown): value is AsyncIterable<T> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** Pulls every item of `source` under `scope` (the consumer's loop runs outside it). */
function scopedIterable<T>(source: AsyncIterable<T>, scope: string): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const generator: AsyncGenerator<T> = {
    next: () => withTenantScope(scope, () => iterator.next()),
    return: (value?: unknown) =>
      withTenantScope(scope, () =>
        iterator.return ? iterator.return(value) : Promise.resolve({ done: true as const, value: undefined }),
      ) as Promise<IteratorResult<T>>,
    throw: (error?: unknown) =>
      withTenantScope(scope, () => (iterator.throw ? iterator.throw(error) : Promise.reject(error))),
    [Symbol.asyncIterator]: () => generator,
  } as AsyncGenerator<T>;
  return generator;
}

/** How long requests in flight may take to finish once a server closes. */
const CLOSE_GRACE_MS = 10_000;

const GRAPHQL_PATH = '/graphql';

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function refuse(res: ServerResponse, status: number, message: string, code: string): void {
  json(res, status, { errors: [{ message, extensions: { code } }] });
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A subgraph's HTTP and graphql-ws server. Every request must carry the gateway's signed
 * identity (`_service` and `_entities` included): a subgraph reached directly answers nothing.
 */
export async function startSubgraphServer<C extends RequestContext>(
  options: SubgraphServerOptions<C>,
): Promise<SubgraphServer> {
  const limit = options.maxBodyBytes ?? 1_000_000;
  const apollo = new ApolloServer<BaseContext>({
    schema: options.schema,
    formatError,
    introspection: options.introspection ?? false,
    includeStacktraceInErrorResponses: false,
    // Outside tests Apollo stops itself on SIGINT/SIGTERM and kills the process again, cutting
    // the requests in flight; the service's close() stops it once they have finished.
    stopOnTerminationSignals: false,
    // Federated tracing (ftv1) is for Apollo's cloud, and cache hints (the default cache-control
    // plugin wraps every field resolver to compute them) for CDNs: no response here is cacheable
    // (they depend on the caller), so both would only cost time on every field.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ...(metricsEnabled() ? [operationMetricsPlugin(options.name)] : []),
    ],
  });
  await apollo.start();

  // A caller's ability is compiled from its grants once, not on every request: CASL abilities
  // are read-only here (nothing calls update()), so one serves every request of that identity.
  const abilities = new Map<string, AppAbility>();
  const abilityOf = (identity: Identity): AppAbility => {
    const key = JSON.stringify(identity);
    let ability = abilities.get(key);
    if (!ability) {
      if (abilities.size >= 10_000) abilities.clear();
      abilities.set(key, (ability = defineAbilityFor(identity)));
    }
    return ability;
  };
  const contextFor = async (identity: Identity, live: boolean): Promise<C> =>
    options.createContext({ identity, ability: abilityOf(identity) }, { live });

  let draining = false;
  const instance = options.instance ?? process.env.LAUREL_INSTANCE;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // While draining, no connection is kept for another request.
    if (draining) res.setHeader('connection', 'close');
    const url = new URL(req.url ?? '/', 'http://subgraph');
    // The launcher checks it reached the process it started, not another one on the port.
    if (instance && (url.pathname === '/healthz' || url.pathname === '/readyz'))
      res.setHeader(INSTANCE_HEADER, instance);
    if (url.pathname === '/healthz') return json(res, 200, { status: 'ok', service: options.name });
    // Prometheus scrapes the subgraph's own port: subgraphs are internal, never behind the ingress.
    if (url.pathname === METRICS_PATH && metricsEnabled()) return void (await answerMetrics(req, res));
    if (url.pathname === '/readyz') {
      const ok = !draining && (options.ready ? await options.ready().catch(() => false) : true);
      return json(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', service: options.name });
    }
    const internal = url.pathname.startsWith('/internal/')
      ? options.internalRoutes?.[url.pathname.slice('/internal/'.length)]
      : undefined;
    if (url.pathname !== GRAPHQL_PATH && !internal) return json(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return refuse(res, 405, 'Use POST', 'BAD_REQUEST');

    const body = await readBody(req, limit);
    if (body === null) return refuse(res, 413, 'Request body too large', 'BAD_REQUEST');
    let identity: Identity;
    try {
      identity = verifyInternalRequest(
        {
          identity: req.headers[IDENTITY_HEADER] as string | undefined,
          signature: req.headers[SIGNATURE_HEADER] as string | undefined,
        },
        options.internalSecret,
        body,
      );
    } catch {
      return refuse(res, 401, 'Requests must come through the gateway', 'UNAUTHENTICATED');
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return refuse(res, 400, 'Body is not JSON', 'BAD_REQUEST');
    }
    // Service-to-service routes (feeds, identity resolution) are the service's own work.
    if (internal) {
      const route = url.pathname.slice('/internal/'.length);
      const answer = await asSystem(() => internal(parsed, identity)).catch((error: unknown) => {
        if (metricsEnabled()) metrics.internalRequests.inc({ route, outcome: 'error' });
        throw error;
      });
      if (metricsEnabled()) metrics.internalRequests.inc({ route, outcome: 'ok' });
      return json(res, 200, answer);
    }

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    // Every query the request makes carries the caller's tenant scope (row-level security).
    const response = await withTenantScope(tenantScopeOf(identity), () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers, search: url.search, body: parsed },
        context: () => contextFor(identity, false),
      }),
    );
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };

  const server = createServer((req, res) => {
    // The gateway's request id, on every log line this request writes here.
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    withRequestId(requestId, () => handle(req, res)).catch((error: unknown) => {
      console.error(`[${options.name}] request failed`, error);
      if (!res.headersSent) refuse(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
      else res.end();
    });
  });

  // The gateway's pooled connections are closed by the gateway first (its client idles out
  // sooner), never by us at the moment it reuses one.
  server.keepAliveTimeout = 65_000;

  // Listening before the WebSocket server is attached: a port already taken fails the start
  // with its own error (the process exits non-zero), never a half-started server.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => {
      server.off('error', reject);
      resolve();
    });
  });

  // Subscriptions from the gateway: the signed identity travels in connection_init.
  const wss = new WebSocketServer({ server, path: GRAPHQL_PATH, maxPayload: limit });
  const wsServer = useServer<Record<string, unknown> | undefined, { identity?: Identity }>(
    {
      schema: options.schema,
      onConnect: (ctx) => {
        const params = ctx.connectionParams ?? {};
        try {
          ctx.extra.identity = verifyInternalRequest(
            { identity: params[IDENTITY_HEADER] as string, signature: params[SIGNATURE_HEADER] as string },
            options.internalSecret,
          );
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx) => contextFor(ctx.extra.identity as Identity, true),
      // Each event of a subscription is resolved under its subscriber's tenant scope.
      subscribe: (args) => {
        const scope = tenantScopeOf((args.contextValue as RequestContext).identity);
        return withTenantScope(scope, async () => {
          const result = await subscribe(args);
          return isAsyncIterable(result) ? scopedIterable(result, scope) : result;
        });
      },
      execute: (args) => {
        const scope = tenantScopeOf((args.contextValue as RequestContext).identity);
        return withTenantScope(scope, () => execute(args));
      },
      onError: (_ctx, _id, _payload, errors) => {
        console.error(`[${options.name}] subscription error`, errors);
      },
    },
    wss,
  );

  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}${GRAPHQL_PATH}`,
    server,
    drain: async (delayMs) => {
      draining = true;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    },
    close: async () => {
      draining = true;
      // Stops accepting and closes idle keep-alive connections; resolves once every connection,
      // those with a request in flight included, has ended.
      const ended = new Promise<void>((resolve) => server.close(() => resolve()));
      await wsServer.dispose();
      const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
      await ended;
      clearTimeout(cut);
      await apollo.stop();
    },
  };
}
