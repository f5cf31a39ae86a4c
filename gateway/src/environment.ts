import { booleanFlag, commaList, commonEnvShape, loadEnv, secret } from '@laurel/config';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_REPORT_CACHE_MS } from './report-cache';

const url = () => z.string().url().optional();

const parsed = loadEnv('gateway', {
  ...commonEnvShape,
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  /** Prometheus `/metrics` is served here, never on PORT (the public one); 0 picks a free port. */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  METRICS_HOST: z.string().default('0.0.0.0'),
  /** Requests a minute per bearer token or API key (429 with Retry-After beyond); 0: off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** Requests a minute per client address; 0: off. */
  RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().int().min(0).default(3_000),
  /** graphql-ws: open sockets per subject or API key (0: no cap). */
  WS_SOCKETS_PER_SUBJECT: z.coerce.number().int().min(0).default(20),
  WS_SUBSCRIPTIONS_PER_SOCKET: z.coerce.number().int().min(0).default(50),
  /** Largest request body on /graphql (and every route but /imports/), in bytes; 413 beyond. */
  GRAPHQL_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1_024)
    .default(100 * 1024),
  /** Largest file on POST /imports/<kind>, in bytes. */
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1_024)
    .default(20 * 1024 * 1024),
  /**
   * Browser origins allowed to open sockets besides the gateway's own (comma-separated); a
   * browser page of another origin is refused (401 on the upgrade).
   */
  WS_ALLOWED_ORIGINS: commaList(),
  /** graphql-ws: open anonymous sockets per client address (0: no cap). */
  WS_ANONYMOUS_SOCKETS_PER_ADDRESS: z.coerce.number().int().min(0).default(20),
  /**
   * Browser origins that may call /graphql cross-origin (comma-separated). Empty: none (the web
   * app is same-origin). Listed origins get CORS headers without credentials; others get none.
   */
  CORS_ALLOWED_ORIGINS: commaList(),
  /** How long a report answer is served again to callers with the same reads, in ms; 0: off. */
  REPORT_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(DEFAULT_REPORT_CACHE_MS),
  /**
   * Operations one subgraph answers whole go straight to it once the runtime has validated their
   * text (gateway/src/fast-path); `false`: every operation through the query planner.
   */
  GATEWAY_FAST_PATH: booleanFlag(true),
  /** Federation query planner: Hive Router's (default) or the JavaScript stitching runtime. */
  QUERY_PLANNER: z.enum(['router', 'stitching']).default('router'),
  /** HS256 secret of tokens; production requires a strong one unless AUTH_JWKS_URL is set. */
  AUTH_JWT_SECRET: secret(z.string().optional(), { requiredUnless: 'AUTH_JWKS_URL' }),
  /** OpenID Connect JWKS endpoint for RS256 tokens (production). */
  AUTH_JWKS_URL: url(),
  AUTH_ISSUER: z.string().optional(),
  /** Longest lifetime a bearer token may claim (exp − iat), in seconds; 0: no cap. Tokens without exp are refused. */
  AUTH_MAX_TOKEN_LIFETIME_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .default(24 * 3600),
  AUTH_AUDIENCE: z.string().optional(),
  PLATFORM_ADMIN_SUBJECTS: commaList(),
  /** The built web app served at `/` (web/dist). */
  WEB_APP_ROOT: z.string().default(resolve(__dirname, '..', '..', 'web', 'dist')),
  /** The web app's OpenID Connect sign-in (production): issuer (defaults to AUTH_ISSUER), public client, scope. */
  OIDC_ISSUER: url(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_SCOPE: z.string().optional(),
  SUPERGRAPH_PATH: z.string().default(resolve(__dirname, '..', 'supergraph.graphql')),
  /** Defaults to the organizations subgraph URL with `/graphql` replaced by `/internal/identity`. */
  ORGANIZATIONS_IDENTITY_URL: url(),
  SUBGRAPH_ORGANIZATIONS_URL: url(),
  SUBGRAPH_CAMPAIGNS_URL: url(),
  SUBGRAPH_NOMINATIONS_URL: url(),
  SUBGRAPH_VOTING_URL: url(),
  SUBGRAPH_REPORTING_URL: url(),
  SUBGRAPH_EXEMPLARS_URL: url(),
});

function jwtSecret(): string | undefined {
  const given = parsed.AUTH_JWT_SECRET;
  // Production may rely on the JWKS alone; it never falls back to a generated secret (the
  // environment's check refused a missing or weak one already).
  if (given || parsed.NODE_ENV === 'production') return given;
  const generated = randomBytes(32).toString('base64url');
  // Printed once so a developer can mint tokens (`npm run token`) against this process.
  console.warn(`[gateway] AUTH_JWT_SECRET is not set; generated one for this run: ${generated}`);
  return generated;
}

export const env = { ...parsed, AUTH_JWT_SECRET: jwtSecret() };

const overrides: Record<string, string | undefined> = {
  organizations: env.SUBGRAPH_ORGANIZATIONS_URL,
  campaigns: env.SUBGRAPH_CAMPAIGNS_URL,
  nominations: env.SUBGRAPH_NOMINATIONS_URL,
  voting: env.SUBGRAPH_VOTING_URL,
  reporting: env.SUBGRAPH_REPORTING_URL,
  exemplars: env.SUBGRAPH_EXEMPLARS_URL,
};

/** Subgraph URL overrides, keyed by subgraph name as in the supergraph (case-insensitive). */
export const subgraphUrlOverrides: Record<string, string> = {};
for (const [name, url] of Object.entries(overrides)) if (url) subgraphUrlOverrides[name] = url;

export type Env = typeof env;
