import type { LogLevel } from '@graphql-hive/gateway-runtime';
import type { TokenVerifierOptions } from '@laurel/auth';
import type { RateLimitOptions } from './rate-limit';
import type { WebAppOptions } from './web-app';

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
  /**
   * Operations one subgraph answers whole skip the query planner once validated (true). See
   * fast-path/fast-path.ts.
   */
  fastPath?: boolean;
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
  /**
   * Prometheus `/metrics` on a port of its own, never on the public one (docs/OPERATING.md);
   * absent or false: no metrics (port 0: a free port, see `Gateway.metricsUrl`).
   */
  metrics?: false | { port: number; host?: string };
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

export const DEFAULT_WS_LIMITS: WebSocketLimits = {
  socketsPerSubject: 20,
  subscriptionsPerSocket: 50,
  maxPayloadBytes: 64 * 1024,
  initTimeoutMs: 5_000,
  maxBufferedBytes: 1024 * 1024,
  allowedOrigins: [],
  anonymousSocketsPerAddress: 20,
};
