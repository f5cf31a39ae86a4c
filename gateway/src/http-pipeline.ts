import { INSTANCE_HEADER } from '@laurel/config';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEFAULT_MAX_BODY_BYTES, refuseLargeBody } from './body-limit';
import { handleExports } from './exports';
import type { GatewayOptions } from './gateway-options';
import type { IdentityResolver } from './identity';
import { DEFAULT_IMPORT_MAX_BYTES, handleImports } from './imports';
import { RateLimiter } from './rate-limit';
import { GRAPHQL_PATH, type LaurelRuntime } from './runtime';
import { createWebApp } from './web-app';

/**
 * One step of the gateway's HTTP pipeline: `true` when it answered the request (the steps after
 * it do not run), `false` to pass it on.
 */
export type HttpStep = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface HttpPipeline {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** From now on `/readyz` answers 503 and no connection is kept for another request. */
  startDraining(): void;
}

/** Called when a request is refused for its rate (metrics count them). */
export type RefusalListener = (reason: 'rate_limit') => void;

/**
 * The HTTP requests the gateway serves, as small steps in order: readiness while draining, the
 * rate limit, the web app, exports, imports, CSRF, the body cap, the single-subgraph fast path,
 * and finally the GraphQL runtime.
 */
export function createHttpPipeline(
  options: GatewayOptions,
  deps: {
    runtime: LaurelRuntime;
    resolveIdentity: IdentityResolver;
    onRefusal?: RefusalListener;
    /** The single-subgraph fast path (fast-path/fast-path.ts), last before the runtime. */
    fastPath?: HttpStep;
  },
): HttpPipeline {
  const { runtime } = deps;
  // HTTP routes outside GraphQL (exports) run before the runtime, with the same authentication.
  const routeDeps = {
    resolveIdentity: deps.resolveIdentity,
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
  const state = { draining: false };
  const webApp = options.webApp ? createWebApp(options.webApp) : null;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const importMaxBytes = options.importMaxBytes ?? DEFAULT_IMPORT_MAX_BYTES;

  const steps: HttpStep[] = [
    instanceHeader(process.env.LAUREL_INSTANCE),
    drainingReadiness(state),
    rateLimit(limiter, deps.onRefusal),
    ...(webApp ? [webApp] : []),
    (req, res) => handleExports(req, res, routeDeps),
    // Files have their own route and cap; they reach the runtime through runtime.fetch, not here.
    (req, res) => handleImports(req, res, { ...routeDeps, maxBytes: importMaxBytes }),
    refuseCrossSiteRequest,
    (req, res) => refuseLargeBody(req, res, maxBodyBytes),
    ...(deps.fastPath ? [deps.fastPath] : []),
  ];
  return {
    handle: async (req, res) => {
      for (const step of steps) if (await step(req, res)) return;
      await runtime.requestListener(req, res);
    },
    startDraining: () => {
      state.draining = true;
    },
  };
}

function writeJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): true {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
  return true;
}

/** The launcher checks it reached the process it started, not another one on the port. */
function instanceHeader(instance: string | undefined): HttpStep {
  return (req, res) => {
    if (instance) {
      const path = new URL(req.url ?? '/', 'http://gateway').pathname;
      if (path === '/readyz' || path === '/healthz') res.setHeader(INSTANCE_HEADER, instance);
    }
    return false;
  };
}

/** While draining, no connection is kept for another request, and readiness is off. */
function drainingReadiness(state: { draining: boolean }): HttpStep {
  return (req, res) => {
    if (!state.draining) return false;
    res.setHeader('connection', 'close');
    if (new URL(req.url ?? '/', 'http://gateway').pathname !== '/readyz') return false;
    return writeJson(res, 503, { status: 'draining' });
  };
}

function rateLimit(limiter: RateLimiter, onRefusal: RefusalListener | undefined): HttpStep {
  return (req, res) => {
    const verdict = limiter.check(req);
    if (verdict.allowed) return false;
    onRefusal?.('rate_limit');
    return writeJson(
      res,
      429,
      {
        errors: [
          {
            message: `Too many requests: ${verdict.limit} a minute; try again in ${verdict.retryAfter} s`,
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      },
      { 'retry-after': String(verdict.retryAfter) },
    );
  };
}

const refuseCrossSiteRequest: HttpStep = (req, res) =>
  isCrossSiteRequest(req) &&
  writeJson(res, 400, {
    errors: [
      {
        message:
          'Send GraphQL as POST with content-type: application/json (or add the x-graphql-csrf header to a GET)',
        extensions: { code: 'BAD_REQUEST' },
      },
    ],
  });

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
