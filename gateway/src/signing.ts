import {
  ANONYMOUS,
  IDENTITY_HEADER,
  SIGNATURE_HEADER,
  signInternalRequest,
  type Identity,
} from '@laurel/auth';
import { currentRequestId, REQUEST_ID_HEADER } from '@laurel/observability';
import { context as context_, propagation } from '@opentelemetry/api';
import { DisposableSymbols, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Executor, Transport } from '@graphql-mesh/transport-common';
import { buildGraphQLWSExecutor } from '@graphql-tools/executor-graphql-ws';

type WsExecutor = ReturnType<typeof buildGraphQLWSExecutor>;

/** Where the caller's identity lives in the GraphQL context (set once per request). */
export const IDENTITY_CONTEXT_KEY = 'laurelIdentity';

export interface IdentityContext {
  [IDENTITY_CONTEXT_KEY]?: Identity;
}

/** Without a resolved identity (a bug, or internal work) the least privilege is used. */
export function identityOf(context: unknown): Identity {
  const identity = (context as IdentityContext | undefined)?.[IDENTITY_CONTEXT_KEY];
  return identity ?? ANONYMOUS;
}

/** Identity-like headers a client might send, which must never reach a subgraph. */
export function isReservedHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('x-laurel-') || lower === IDENTITY_HEADER || lower === SIGNATURE_HEADER;
}

/**
 * Request headers for a subgraph: the client's identity headers removed, the gateway's
 * signature over the exact body added. Pure, so it is tested on its own.
 */
export function signedHeaders(
  headers: HeadersInit | undefined,
  identity: Identity,
  secret: string,
  body: string,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of new Headers(headers ?? {})) {
    if (!isReservedHeader(name)) result[name] = value;
  }
  return { ...result, ...signInternalRequest(identity, secret, body) };
}

/**
 * Signs every upstream HTTP request. Registered last, so it signs the body as finally sent.
 */
export function useInternalSignature(secret: string): GatewayPlugin {
  return {
    onFetch({ options, setOptions, context }) {
      const body = options.body ?? '';
      if (typeof body !== 'string') {
        // Multipart or streamed bodies cannot be signed byte for byte; none are sent today.
        throw new Error('Refusing to send an unsigned (non-string) body to a subgraph');
      }
      const identity = identityOf(context);
      const headers = signedHeaders(options.headers as HeadersInit, identity, secret, body);
      // Beside the signature, never inside it: the request id and the W3C trace context
      // (`traceparent`, when tracing is on) reach the subgraph for its logs and spans.
      const requestId = currentRequestId();
      if (requestId) headers[REQUEST_ID_HEADER] = requestId;
      propagation.inject(context_.active(), headers);
      setOptions({ ...options, headers });
    },
  };
}

/**
 * The `ws` transport for subscriptions to subgraphs. It replaces @graphql-mesh/transport-ws,
 * whose connectionParams are a static interpolated object: a signature made once would be
 * replayed, stale, when graphql-ws reconnects. Here one lazy connection is kept per identity
 * and per subgraph URL, and connection_init is signed afresh on every (re)connect.
 */
export function createSignedWsTransport(secret: string): Transport {
  return {
    getSubgraphExecutor({ transportEntry }) {
      if (!transportEntry.location) throw new Error(`No location for subgraph ${transportEntry.subgraph}`);
      const url = transportEntry.location.replace(/^http/, 'ws');
      const clients = new Map<string, WsExecutor>();

      const clientFor = (identity: Identity): WsExecutor => {
        const key = JSON.stringify(identity);
        const existing = clients.get(key);
        if (existing) return existing;
        const client: WsExecutor = buildGraphQLWSExecutor({
          url,
          lazy: true,
          lazyCloseTimeout: 3_000,
          connectionParams: () => signInternalRequest(identity, secret, ''),
          on: {
            closed: () => clients.get(key) === client && clients.delete(key),
          },
        });
        clients.set(key, client);
        return client;
      };

      const executor: Executor = (request) => clientFor(identityOf(request.context))(request);
      return Object.assign(executor, {
        [DisposableSymbols.asyncDispose]: async () => {
          const all = [...clients.values()];
          clients.clear();
          await Promise.all(all.map((client) => client[DisposableSymbols.asyncDispose]()));
        },
      });
    },
  };
}
