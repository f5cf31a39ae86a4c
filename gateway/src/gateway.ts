import {
  createGatewayRuntime,
  getGraphQLWSOptions,
  type GatewayPlugin,
  type LogLevel,
} from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { unifiedGraphHandler as routerRuntime } from '@graphql-hive/router-runtime';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import {
  ANONYMOUS,
  createTokenVerifier,
  internalUrl,
  postInternal,
  type Identity,
  type TokenVerifierOptions,
} from '@laurel/auth';
import { INSTANCE_HEADER } from '@laurel/config';
import {
  getOperationAST,
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  type ConstValueNode,
  type OperationDefinitionNode,
} from 'graphql';
import type { Extra } from 'graphql-ws/use/ws';
import { useServer } from 'graphql-ws/use/ws';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { WebSocketServer } from 'ws';
import { DEFAULT_MAX_BODY_BYTES, refuseLargeBody } from './body-limit';
import { handleExports } from './exports';
import { IdentityCache } from './identity-cache';
import { DEFAULT_IMPORT_MAX_BYTES, handleImports, IMPORT_FIELDS } from './imports';
import { limitPlugins } from './limits';
import {
  ProgressFanout,
  PROGRESS_NOT_FOUND,
  progressSessionId,
  sharedProgressRequest,
  SYSTEM_IDENTITY,
  type ResultStream,
  type SubscribeParams,
  type WatcherSocket,
} from './progress-fanout';
import { installAbortSignalAny } from './abort-signals';
import { RateLimiter, type RateLimitOptions } from './rate-limit';
import { useReportCache } from './report-cache';
import { createWebApp, type WebAppOptions } from './web-app';
import {
  createIdentityResolver,
  credentialsFromConnectionParams,
  credentialsFromHeaders,
  type IdentityResolver,
} from './identity';
import {
  createSignedWsTransport,
  IDENTITY_CONTEXT_KEY,
  useInternalSignature,
  type IdentityContext,
} from './signing';

const GRAPHQL_PATH = '/graphql';
/** How long requests in flight may take to finish once the gateway closes. */
const CLOSE_GRACE_MS = 10_000;
/** graphql-ws subscription id and socket, in the context of a subscription from a client. */
const WS_ROUTE_KEY = 'laurelWsRoute';

export interface GatewayOptions {
  /** Supergraph SDL; when absent it is read from `supergraphPath`. */
  supergraphSdl?: string;
  supergraphPath?: string;
  /** Subgraph URL overrides keyed by subgraph name (case-insensitive), e.g. `{ voting: 'http://…/graphql' }`. */
  subgraphUrls?: Record<string, string>;
  /** Defaults to the organizations subgraph URL with `/graphql` → `/internal/identity`. */
  identityUrl?: string;
  internalSecret: string;
  auth: TokenVerifierOptions;
  platformAdminSubjects?: readonly string[];
  /**
   * `router` (default): Hive Router's federation query planner (a native addon shipped in its npm
   * package), plans cached per operation; `stitching`: the pure JavaScript stitching runtime.
   */
  queryPlanner?: 'router' | 'stitching';
  /** Production: no GraphiQL, no introspection. */
  production?: boolean;
  port?: number;
  host?: string;
  logging?: LogLevel | false;
  /** Per credential and per address, per minute; absent or 0: no limit. */
  rateLimit?: Partial<RateLimitOptions>;
  websocket?: Partial<WebSocketLimits>;
  /**
   * Identities are cached while organizations' identity generation stays put, polled every
   * `pollMs` (500 ms); `false`: ask organizations on every request.
   */
  identityCache?: false | { pollMs?: number };
  /** How long a subgraph may take to answer one fetch (10 s). */
  upstreamTimeoutMs?: number;
  /**
   * Report queries (`orgReport`) answered again from memory for this long to callers with the
   * same reads (1 000 ms; 0: off). See report-cache.ts.
   */
  reportCacheMs?: number;
  /** Largest request body on `/graphql` and every route but `/imports/` (100 KB); 413 beyond. */
  maxBodyBytes?: number;
  /** Largest file on `POST /imports/<kind>` (20 MB). */
  importMaxBytes?: number;
  /** How long an import mutation may take in its subgraph (2 min): a whole province's list. */
  importTimeoutMs?: number;
  /**
   * Browser origins that may call `/graphql` cross-origin (CORS). Empty (default): none, the web
   * app is served by the gateway itself. Never a wildcard, never an echo of whatever `Origin`
   * came, and never `Access-Control-Allow-Credentials` (credentials are headers, not cookies).
   */
  corsAllowedOrigins?: readonly string[];
  /** The web app and its sign-in helpers at this origin (web-app.ts); absent: not served. */
  webApp?: WebAppOptions;
}

export interface WebSocketLimits {
  /** Open sockets per subject (or API key); 0: no cap. */
  socketsPerSubject: number;
  subscriptionsPerSocket: number;
  /** Largest message accepted from a client, in bytes. */
  maxPayloadBytes: number;
  /** A socket that does not send connection_init in time is closed (4408). */
  initTimeoutMs: number;
  /** A subscriber this far behind (bytes queued) is dropped. */
  maxBufferedBytes: number;
  /**
   * Browser origins allowed to open sockets besides the gateway's own (same host); clients
   * without Origin (not browsers) always may.
   */
  allowedOrigins: string[];
  /** Open anonymous sockets per client address; 0: no cap. */
  anonymousSocketsPerAddress: number;
}

const DEFAULT_WS_LIMITS: WebSocketLimits = {
  socketsPerSubject: 20,
  subscriptionsPerSocket: 50,
  maxPayloadBytes: 64 * 1024,
  initTimeoutMs: 5_000,
  maxBufferedBytes: 1024 * 1024,
  allowedOrigins: [],
  anonymousSocketsPerAddress: 20,
};

export interface Gateway {
  server: Server;
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  resolveIdentity: IdentityResolver;
  /**
   * First step of a shutdown: `/readyz` answers 503 from now on and requests are still served
   * for `delayMs`, so that load balancers stop sending here before connections are refused.
   */
  drain(delayMs: number): Promise<void>;
  /** No new connections; requests in flight finish (10 s at most); sockets close with 1001. */
  close(): Promise<void>;
}

export interface SubgraphEntry {
  name: string;
  url: string;
}

/** The subgraphs named by the supergraph's `join__graph(name:, url:)`. */
export function subgraphsOf(supergraphSdl: string): SubgraphEntry[] {
  const text = (value: ConstValueNode | undefined) => (value?.kind === Kind.STRING ? value.value : undefined);
  const entries: SubgraphEntry[] = [];
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const directive = value.directives?.find((d) => d.name.value === 'join__graph');
      const arg = (name: string) => text(directive?.arguments?.find((a) => a.name.value === name)?.value);
      const name = arg('name');
      const url = arg('url');
      if (name && url) entries.push({ name, url });
    }
  }
  return entries;
}

/** Resolves the caller once per HTTP request; graphql-ws connections did it at connection_init. */
function useIdentity(resolveIdentity: IdentityResolver): GatewayPlugin<IdentityContext> {
  return {
    onContextBuilding({ context, extendContext }) {
      if (context[IDENTITY_CONTEXT_KEY]) return;
      return resolveIdentity(credentialsFromHeaders(context.request.headers)).then((identity) => {
        extendContext({ [IDENTITY_CONTEXT_KEY]: identity });
      });
    },
  };
}

/** The root Mutation fields a subgraph resolves, from the supergraph's `@join__field`. */
export function mutationsOf(supergraphSdl: string, subgraphName: string): Set<string> {
  const document = parse(supergraphSdl);
  let graph: string | undefined;
  for (const d of document.definitions) {
    if (d.kind !== Kind.ENUM_TYPE_DEFINITION || d.name.value !== 'join__Graph') continue;
    graph = d.values?.find((v) =>
      v.directives?.some(
        (dir) =>
          dir.name.value === 'join__graph' &&
          dir.arguments?.some(
            (a) => a.name.value === 'name' && a.value.kind === Kind.STRING && a.value.value === subgraphName,
          ),
      ),
    )?.name.value;
  }
  const fields = new Set<string>();
  for (const d of document.definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION || d.name.value !== 'Mutation') continue;
    for (const field of d.fields ?? []) {
      const owned = field.directives?.some(
        (dir) =>
          dir.name.value === 'join__field' &&
          dir.arguments?.some(
            (a) => a.name.value === 'graph' && a.value.kind === Kind.ENUM && a.value.value === graph,
          ),
      );
      if (owned) fields.add(field.name.value);
    }
  }
  return fields;
}

/**
 * After a mutation that organizations executed (a grant, a key, an account, a move…), this
 * gateway drops its cached identities before answering, so the caller's next request sees the
 * change; other gateway processes see it at their next generation poll.
 */
function useFlushIdentitiesAfter(fields: Set<string>, cache: IdentityCache<Identity | null>): GatewayPlugin {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return;
      const touches = operation.selectionSet.selections.some(
        (s) => s.kind === Kind.FIELD && fields.has(s.name.value),
      );
      if (!touches) return;
      return { onExecuteDone: () => cache.flush() };
    },
  };
}

/** GraphiQL bundled in the package (no CDN); the ~9 MB page is rendered once per option set. */
function localGraphiQL(): (options?: Parameters<typeof renderGraphiQL>[0]) => string {
  const pages = new Map<string, string>();
  return (options) => {
    const key = JSON.stringify(options ?? {});
    let page = pages.get(key);
    if (page === undefined) pages.set(key, (page = renderGraphiQL(options)));
    return page;
  };
}

export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  installAbortSignalAny();
  const sdl =
    options.supergraphSdl ?? readFileSync(requireOption(options.supergraphPath, 'supergraphPath'), 'utf8');
  const overrides = new Map(Object.entries(options.subgraphUrls ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const subgraphs = subgraphsOf(sdl).map((s) => ({
    ...s,
    url: overrides.get(s.name.toLowerCase()) ?? s.url,
  }));

  const organizations = subgraphs.find((s) => s.name.toLowerCase() === 'organizations');
  const identityUrl =
    options.identityUrl ??
    (organizations && organizations.url.replace(/\/graphql\/?$/, '/internal/identity'));
  const identityCache =
    options.identityCache === false || !organizations
      ? undefined
      : new IdentityCache<Identity | null>({
          readGeneration: async () =>
            (
              await postInternal<{ generation: string }>(
                internalUrl(organizations.url, 'identity-generation'),
                {},
                options.internalSecret,
                { timeoutMs: 2_000 },
              )
            ).generation,
          pollMs: options.identityCache?.pollMs,
        });
  await identityCache?.start();
  const resolveIdentity = createIdentityResolver({
    cache: identityCache,
    verifyToken: createTokenVerifier(options.auth),
    identityUrl: requireOption(identityUrl, 'identityUrl (no organizations subgraph in the supergraph)'),
    internalSecret: options.internalSecret,
    platformAdminSubjects: options.platformAdminSubjects ?? [],
  });

  const production = options.production ?? false;
  const runtime = createGatewayRuntime<IdentityContext>({
    supergraph: sdl,
    ...(options.queryPlanner === 'stitching' ? {} : { unifiedGraphHandler: routerRuntime }),
    // Subscriptions go to subgraphs over graphql-ws on their `/graphql`; everything else is HTTP.
    transports: {
      http: httpTransport,
      ws: createSignedWsTransport(options.internalSecret),
    },
    transportEntries: {
      '*.http': {
        options: {
          subscriptions: { kind: 'ws', location: GRAPHQL_PATH },
          // The executor would merge identical queries in flight by URL and body alone, before
          // the signature (the caller's identity) is added: one caller's answer would reach
          // another who may not see it. Every request is its own.
          deduplicateInflightRequests: false,
        },
      },
      ...Object.fromEntries(subgraphs.map((s) => [s.name, { location: s.url }])),
    },
    // Order matters: the signature plugin must see the final body, so it comes last.
    plugins: () => [
      ...limitPlugins({ production }),
      useIdentity(resolveIdentity),
      useReportCache({ ttlMs: options.reportCacheMs ?? 1_000 }),
      ...(identityCache ? [useFlushIdentitiesAfter(mutationsOf(sdl, 'organizations'), identityCache)] : []),
      useInternalSignature(options.internalSecret),
    ],
    // A subgraph that hangs does not hold the request: it fails after this long (statement_timeout
    // bounds the database below it).
    // Subscriptions are long-lived by design: no timeout for them.
    upstreamTimeout: ({ executionRequest }) =>
      isSubscription(executionRequest)
        ? undefined
        : isImport(executionRequest)
          ? (options.importTimeoutMs ?? 120_000)
          : (options.upstreamTimeoutMs ?? 10_000),
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: '/healthz',
    readinessCheckEndpoint: '/readyz',
    landingPage: false,
    cors: corsFor(options.corsAllowedOrigins ?? []),
    productName: 'Laurel',
    graphiql: production ? false : { title: 'Laurel', subscriptionsProtocol: 'WS' },
    renderGraphiQL: localGraphiQL(),
    disableIntrospection: production ? {} : undefined,
    logging: options.logging ?? 'info',
  });

  // HTTP routes outside GraphQL (exports) run before the runtime, with the same authentication.
  const routeDeps = {
    resolveIdentity,
    execute: (request: { query: string; variables?: Record<string, unknown> }, headers: Headers) =>
      Promise.resolve(
        runtime.fetch(`http://gateway${GRAPHQL_PATH}`, {
          method: 'POST',
          headers: { ...Object.fromEntries(headers), 'content-type': 'application/json' },
          body: JSON.stringify(request),
        }),
      ),
  };
  const limiter = new RateLimiter({
    perCredentialPerMinute: options.rateLimit?.perCredentialPerMinute ?? 0,
    perIpPerMinute: options.rateLimit?.perIpPerMinute ?? 0,
  });
  let draining = false;
  // The launcher checks it reached the process it started, not another one on the port.
  const instance = process.env.LAUREL_INSTANCE;
  const webApp = options.webApp ? createWebApp(options.webApp) : null;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (instance) {
      const path = new URL(req.url ?? '/', 'http://gateway').pathname;
      if (path === '/readyz' || path === '/healthz') res.setHeader(INSTANCE_HEADER, instance);
    }
    if (draining) {
      // No connection is kept for another request, and readiness is off.
      res.setHeader('connection', 'close');
      if (new URL(req.url ?? '/', 'http://gateway').pathname === '/readyz') {
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: 'draining' }));
        return;
      }
    }
    const verdict = limiter.check(req);
    if (!verdict.allowed) {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(verdict.retryAfter) });
      res.end(
        JSON.stringify({
          errors: [
            {
              message: `Too many requests: ${verdict.limit} a minute; try again in ${verdict.retryAfter} s`,
              extensions: { code: 'RATE_LIMITED' },
            },
          ],
        }),
      );
      return;
    }
    if (webApp && (await webApp(req, res))) return;
    if (await handleExports(req, res, routeDeps)) return;
    // Files have their own route and cap; they reach the runtime through runtime.fetch, not here.
    if (
      await handleImports(req, res, {
        ...routeDeps,
        maxBytes: options.importMaxBytes ?? DEFAULT_IMPORT_MAX_BYTES,
      })
    )
      return;
    if (isCrossSiteRequest(req)) {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          errors: [
            {
              message:
                'Send GraphQL as POST with content-type: application/json (or add the x-graphql-csrf header to a GET)',
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        }),
      );
      return;
    }
    if (await refuseLargeBody(req, res, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)) return;
    await runtime.requestListener(req, res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
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
  // Listening before the WebSocket server is attached: a port already taken fails the start
  // with its own error (the process exits non-zero), never a half-started server.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, options.host ?? '0.0.0.0', () => {
      server.off('error', reject);
      resolve();
    });
  });

  // Subscriptions from clients: authenticated once, at connection_init.
  type WsExtra = Extra & Record<PropertyKey, unknown> & { identity?: Identity; subscriptions?: number };
  type WsContext = IdentityContext & {
    params?: SubscribeParams;
    [WS_ROUTE_KEY]?: { id: string; socket: WatcherSocket };
  };
  const ws: WebSocketLimits = { ...DEFAULT_WS_LIMITS, ...options.websocket };
  const wss = new WebSocketServer({
    server,
    path: GRAPHQL_PATH,
    maxPayload: ws.maxPayloadBytes,
    // Origin check on the upgrade: a browser page elsewhere cannot ride the user's session. A
    // browser always sends Origin; the gateway's own pages are same-origin; others must be listed.
    verifyClient: ({ origin, req }: { origin?: string; req: IncomingMessage }) =>
      !origin || ws.allowedOrigins.includes(origin) || isSameOrigin(origin, req.headers.host),
  });
  const socketsBySubject = new Map<string, number>();
  const base = getGraphQLWSOptions<IdentityContext, WsExtra>(runtime, (ctx) => ({
    [IDENTITY_CONTEXT_KEY]: ctx.extra.identity ?? ANONYMOUS,
  }));
  const subscribeOrdinary = requireOption(base.subscribe, 'graphql-ws subscribe');
  const voting = subgraphs.find((s) => s.name.toLowerCase() === 'voting');
  const progressAudience = async (sessionId: string, identities: Identity[]): Promise<boolean[]> => {
    if (!voting) return identities.map(() => false);
    const answer = await postInternal<{ allowed: boolean[] }>(
      internalUrl(voting.url, 'progress-audience'),
      { sessionId, identities },
      options.internalSecret,
    );
    return answer.allowed;
  };
  const fanout = new ProgressFanout({
    subscribeUpstream: (params) =>
      Promise.resolve(
        subscribeOrdinary({
          contextValue: {
            params,
            connectionParams: {},
            waitUntil: runtime.waitUntil,
            [IDENTITY_CONTEXT_KEY]: SYSTEM_IDENTITY,
          },
        } as unknown as Parameters<typeof subscribeOrdinary>[0]),
      ) as Promise<ResultStream | object>,
    audience: progressAudience,
    maxBufferedBytes: ws.maxBufferedBytes,
  });
  const wsServer = useServer<Record<string, unknown> | undefined, WsExtra>(
    {
      ...base,
      connectionInitWaitTimeout: ws.initTimeoutMs,
      onSubscribe: async (ctx, id, payload) => {
        const count = (ctx.extra.subscriptions ?? 0) + 1;
        if (ws.subscriptionsPerSocket > 0 && count > ws.subscriptionsPerSocket)
          return [
            new GraphQLError(`At most ${ws.subscriptionsPerSocket} subscriptions per connection`, {
              extensions: { code: 'BAD_REQUEST' },
            }),
          ];
        ctx.extra.subscriptions = count;
        const args = await base.onSubscribe?.(ctx, id, payload);
        // Where a shared stream writes this subscription's frames (see progress-fanout.ts).
        if (args && 'contextValue' in args)
          (args.contextValue as Record<string, unknown>)[WS_ROUTE_KEY] = { id, socket: ctx.extra.socket };
        return args;
      },
      subscribe: async (args) => {
        const context = args.contextValue as WsContext;
        const route = context[WS_ROUTE_KEY];
        const shared = route && context.params ? sharedProgressRequest(context.params) : null;
        if (shared && route && context.params)
          return fanout.join(
            shared,
            context.params,
            context[IDENTITY_CONTEXT_KEY] ?? ANONYMOUS,
            route.socket,
            route.id,
          );
        // Any other selection of votingProgress: the same audience rule first, and the same
        // NOT_FOUND (the voting subgraph's refusal would reach the client as a masked error).
        const sessionId = context.params ? progressSessionId(context.params) : null;
        if (sessionId !== null) {
          const [allowed] = await progressAudience(sessionId, [
            context[IDENTITY_CONTEXT_KEY] ?? ANONYMOUS,
          ]).catch(() => [true]);
          if (allowed !== true)
            // graphql-ws serialises errors with toJSON: GraphQLErrors, not plain objects.
            return {
              data: null,
              errors: PROGRESS_NOT_FOUND.errors.map(
                (e) => new GraphQLError(e.message, { path: e.path, extensions: e.extensions }),
              ),
            };
        }
        return subscribeOrdinary(args);
      },
      onComplete: (ctx) => {
        ctx.extra.subscriptions = Math.max(0, (ctx.extra.subscriptions ?? 1) - 1);
      },
      onNext: (ctx) => {
        // A slow consumer is dropped rather than buffered without end.
        if (ctx.extra.socket.bufferedAmount > ws.maxBufferedBytes) ctx.extra.socket.terminate();
      },
      onConnect: async (ctx) => {
        try {
          const credentials = credentialsFromConnectionParams(ctx.connectionParams);
          const identity = await resolveIdentity(credentials);
          ctx.extra.identity = identity;
          // Anonymous sockets (the public showcase has no subscription, but a socket costs memory
          // all the same) count per client address, as authenticated ones count per subject.
          const key =
            identity.subject ??
            (identity.apiKey
              ? `key:${identity.apiKey.id}`
              : `address:${ctx.extra.request.socket.remoteAddress ?? 'unknown'}`);
          const cap = key.startsWith('address:') ? ws.anonymousSocketsPerAddress : ws.socketsPerSubject;
          if (cap > 0) {
            const open = (socketsBySubject.get(key) ?? 0) + 1;
            if (open > cap) return false;
            socketsBySubject.set(key, open);
            ctx.extra.socket.once('close', () => {
              const left = (socketsBySubject.get(key) ?? 1) - 1;
              if (left <= 0) socketsBySubject.delete(key);
              else socketsBySubject.set(key, left);
            });
          }
          closeWhenTokenExpires(ctx.extra.socket, credentials.authorization);
          return true;
        } catch (error) {
          // graphql-ws closes a refused connection with 4403 Forbidden.
          if (error instanceof GraphQLError && error.extensions['code'] === 'UNAUTHENTICATED') return false;
          throw error;
        }
      },
    },
    wss,
  );

  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host =
    !options.host || options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;

  let closing: Promise<void> | undefined;
  return {
    server,
    url: `http://${host}:${port}${GRAPHQL_PATH}`,
    resolveIdentity,
    drain: async (delayMs) => {
      draining = true;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    },
    close: () =>
      (closing ??= (async () => {
        draining = true;
        // Stops accepting and closes idle keep-alive connections; resolves once every connection,
        // those with a request in flight included, has ended.
        const ended = new Promise<void>((resolve) => server.close(() => resolve()));
        // Every client socket closes with 1001 (going away) and the close handshake completes.
        await wsServer.dispose();
        const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        await ended;
        clearTimeout(cut);
        await runtime.dispose();
        identityCache?.stop();
      })()),
  };
}

function requireOption<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`createGateway: missing ${name}`);
  return value;
}

/**
 * A long-lived socket stays honest: it closes (4401) when the token it was opened with expires,
 * so a client must reconnect with a fresh token to keep receiving.
 */
function closeWhenTokenExpires(
  socket: { close(code: number, reason: string): void; once(e: 'close', f: () => void): unknown },
  authorization: string | null | undefined,
): void {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (!token) return;
  let exp: unknown;
  try {
    exp = (
      JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown }
    ).exp;
  } catch {
    return;
  }
  if (typeof exp !== 'number') return;
  const ms = Math.max(0, exp * 1000 - Date.now());
  // setTimeout holds at most ~24.8 days: a token living longer closes the socket then.
  const timer = setTimeout(() => socket.close(4401, 'Token expired'), Math.min(ms, 2_000_000_000));
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}

const SIMPLE_CONTENT_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * CSRF prevention: a browser sends a cross-site request without a preflight only as a "simple"
 * request (GET, or a POST with one of three content types). GraphQL here arrives as a JSON POST;
 * a GET operation must carry a custom header, which a cross-site form cannot add. The GraphiQL
 * page itself (GET, Accept: text/html, no query) stays reachable.
 */
function isCrossSiteRequest(req: IncomingMessage): boolean {
  const url = new URL(req.url ?? '/', 'http://gateway');
  if (url.pathname !== GRAPHQL_PATH) return false;
  if (req.method === 'GET') return url.searchParams.has('query') && !req.headers['x-graphql-csrf'];
  if (req.method === 'POST') {
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    return type === '' || SIMPLE_CONTENT_TYPES.includes(type);
  }
  return false;
}

/** A mutation made only of import fields (`importPeople`, …), as `/imports/` sends them. */
function isImport(request: { document?: { definitions: readonly unknown[] } } | undefined): boolean {
  const operations = (request?.document?.definitions ?? []).filter(
    (d): d is OperationDefinitionNode => (d as { kind?: string }).kind === Kind.OPERATION_DEFINITION,
  );
  return (
    operations.length === 1 &&
    operations[0]!.operation === OperationTypeNode.MUTATION &&
    operations[0]!.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && IMPORT_FIELDS.has(s.name.value),
    )
  );
}

function isSubscription(
  request: { operationType?: string; document?: { definitions: readonly unknown[] } } | undefined,
): boolean {
  if (!request) return false;
  if (request.operationType) return request.operationType === 'subscription';
  return (request.document?.definitions ?? []).some(
    (d) =>
      (d as { kind?: string; operation?: string }).kind === Kind.OPERATION_DEFINITION &&
      (d as { operation?: string }).operation === 'subscription',
  );
}

/** The CORS answer: only for listed origins, the listed origin itself, no credentials. */
function corsFor(allowed: readonly string[]) {
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.includes(origin)) return false as const;
    return {
      origin: [origin],
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'x-api-key', 'x-graphql-csrf'],
      maxAge: 600,
    };
  };
}

/** Whether a browser's Origin is the gateway itself (the web app it serves). */
export function isSameOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}
