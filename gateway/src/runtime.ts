import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { unifiedGraphHandler as routerRuntime } from '@graphql-hive/router-runtime';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createTokenVerifier, internalUrl, postInternal, type Identity } from '@laurel/auth';
import { getOperationAST, Kind, OperationTypeNode, type OperationDefinitionNode } from 'graphql';
import type { GatewayOptions } from './gateway-options';
import { IdentityCache } from './identity-cache';
import { createIdentityResolver, credentialsFromHeaders, type IdentityResolver } from './identity';
import { IMPORT_FIELDS } from './imports';
import { limitPlugins } from './limits';
import { useReportCache, type ReportCache } from './report-cache';
import {
  createSignedWsTransport,
  IDENTITY_CONTEXT_KEY,
  useInternalSignature,
  type IdentityContext,
} from './signing';
import { mutationsOf, requireOption, type SubgraphEntry } from './supergraph';

export const GRAPHQL_PATH = '/graphql';

export type LaurelRuntime = ReturnType<typeof createGatewayRuntime<IdentityContext>>;

/** Who the caller is: resolved by organizations, cached while its identity generation stays put. */
export async function createIdentity(
  options: GatewayOptions,
  subgraphs: SubgraphEntry[],
): Promise<{ resolveIdentity: IdentityResolver; identityCache: IdentityCache<Identity | null> | undefined }> {
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
  return { resolveIdentity, identityCache };
}

/** The Hive gateway runtime: query planning, transports to the subgraphs and the plugin chain. */
export function createRuntime(
  options: GatewayOptions,
  deps: {
    sdl: string;
    subgraphs: SubgraphEntry[];
    resolveIdentity: IdentityResolver;
    identityCache: IdentityCache<Identity | null> | undefined;
    /** Plugins that watch every request (metrics, tracing); they run first. */
    observers?: GatewayPlugin<IdentityContext>[];
    /** Runs once a request passed parsing, validation and the limits (the fast path learns there). */
    validated?: GatewayPlugin<IdentityContext>[];
    /** Report answers kept for a moment, shared with the fast path. */
    reportCache: ReportCache;
  },
): LaurelRuntime {
  const production = options.production ?? false;
  const { sdl, subgraphs, identityCache } = deps;
  return createGatewayRuntime<IdentityContext>({
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
      ...(deps.observers ?? []),
      ...limitPlugins({ production }),
      useIdentity(deps.resolveIdentity),
      useReportCache(deps.reportCache),
      ...(identityCache ? [useFlushIdentitiesAfter(mutationsOf(sdl, 'organizations'), identityCache)] : []),
      ...(deps.validated ?? []),
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
    // Hive's own debug output prints each subgraph request's variables (a ballot's choice, a
    // person's data) and headers: never below info, whatever LOG_LEVEL says for Laurel's lines.
    logging: hiveLogging(options.logging),
  });
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

/** Hive's log level: LOG_LEVEL, but never debug or trace (see `logging` above). */
export function hiveLogging(level: GatewayOptions['logging']): GatewayOptions['logging'] {
  if (level === undefined) return 'info';
  return level === 'debug' || level === 'trace' ? 'info' : level;
}
