import { getGraphQLWSOptions } from '@graphql-hive/gateway-runtime';
import { ANONYMOUS, internalUrl, postInternal, type Identity } from '@laurel/auth';
import { getOperationAST, GraphQLError, type DocumentNode } from 'graphql';
import type { Extra } from 'graphql-ws/use/ws';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { DEFAULT_WS_LIMITS, type GatewayOptions, type WebSocketLimits } from './gateway-options';
import { credentialsFromConnectionParams, type IdentityResolver } from './identity';
import {
  ProgressFanout,
  PROGRESS_NOT_FOUND,
  progressSessionId,
  sharedProgressRequest,
  SYSTEM_IDENTITY,
  type FanoutObserver,
  type ResultStream,
  type SubscribeParams,
  type WatcherSocket,
} from './progress-fanout';
import { GRAPHQL_PATH, type LaurelRuntime } from './runtime';
import { IDENTITY_CONTEXT_KEY, type IdentityContext } from './signing';
import { requireOption, type SubgraphEntry } from './supergraph';

/** graphql-ws subscription id and socket, in the context of a subscription from a client. */
const WS_ROUTE_KEY = 'laurelWsRoute';

type WsExtra = Extra &
  Record<PropertyKey, unknown> & { identity?: Identity; subscriptions?: number; counted?: Set<string> };
type WsContext = IdentityContext & {
  params?: SubscribeParams;
  [WS_ROUTE_KEY]?: { id: string; socket: WatcherSocket };
};

/** What the graphql-ws server tells whoever counts (metrics); every member optional. */
export interface WsObserver {
  socketOpened?(): void;
  socketClosed?(): void;
  subscriptionStarted?(): void;
  subscriptionEnded?(): void;
  fanout?: FanoutObserver;
}

export interface WsGateway {
  /** Every client socket closes with 1001 (going away) and the close handshake completes. */
  dispose(): Promise<void>;
}

/** Subscriptions from clients over graphql-ws on `/graphql`: authenticated once, at connection_init. */
export function attachWebSocketServer(
  server: Server,
  options: GatewayOptions,
  deps: {
    runtime: LaurelRuntime;
    resolveIdentity: IdentityResolver;
    subgraphs: SubgraphEntry[];
    observer?: WsObserver;
  },
): WsGateway {
  const { runtime, resolveIdentity, observer } = deps;
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
  const voting = deps.subgraphs.find((s) => s.name.toLowerCase() === 'voting');
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
    observer: observer?.fanout,
  });
  if (observer?.socketOpened || observer?.socketClosed)
    wss.on('connection', (socket) => {
      observer.socketOpened?.();
      socket.once('close', () => observer.socketClosed?.());
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
        // Counted once it will run (graphql-ws completes it, even when the socket closes).
        if (observer && args && 'document' in args && isSubscriptionOf(args)) {
          (ctx.extra.counted ??= new Set<string>()).add(id);
          observer.subscriptionStarted?.();
        }
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
      onComplete: (ctx, id) => {
        ctx.extra.subscriptions = Math.max(0, (ctx.extra.subscriptions ?? 1) - 1);
        if (ctx.extra.counted?.delete(id)) observer?.subscriptionEnded?.();
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
  return {
    dispose: async () => {
      await wsServer.dispose();
    },
  };
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

/** Whether a browser's Origin is the gateway itself (the web app it serves). */
export function isSameOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}

function isSubscriptionOf(args: { document: DocumentNode; operationName?: string | null }): boolean {
  return getOperationAST(args.document, args.operationName ?? undefined)?.operation === 'subscription';
}
