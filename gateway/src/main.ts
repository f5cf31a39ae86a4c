// First: tracing (when configured) must patch http and pg before anything loads them.
import '@laurel/observability/preload';
import { exitOnStartFailure } from '@laurel/config';
import { startObservability } from '@laurel/observability';
import { env, subgraphUrlOverrides } from './environment';
import { createGateway } from './gateway';

const log = startObservability('gateway', env);

// One client's aborted upstream call must not take every other client down with the process.
process.on('unhandledRejection', (reason) => {
  log.error(
    { err: reason instanceof Error ? { type: reason.name, message: reason.message } : String(reason) },
    'unhandled rejection',
  );
});

async function main(): Promise<void> {
  const gateway = await createGateway({
    supergraphPath: env.SUPERGRAPH_PATH,
    subgraphUrls: subgraphUrlOverrides,
    identityUrl: env.ORGANIZATIONS_IDENTITY_URL,
    internalSecret: env.INTERNAL_SECRET,
    auth: {
      hs256Secret: env.AUTH_JWT_SECRET,
      jwksUrl: env.AUTH_JWKS_URL,
      issuer: env.AUTH_ISSUER,
      audience: env.AUTH_AUDIENCE,
      maxLifetimeSeconds: env.AUTH_MAX_TOKEN_LIFETIME_SECONDS,
    },
    platformAdminSubjects: env.PLATFORM_ADMIN_SUBJECTS,
    production: env.NODE_ENV === 'production',
    port: env.PORT,
    host: env.HOST,
    logging: env.LOG_LEVEL,
    rateLimit: {
      perCredentialPerMinute: env.RATE_LIMIT_PER_MINUTE,
      perIpPerMinute: env.RATE_LIMIT_IP_PER_MINUTE,
    },
    websocket: {
      socketsPerSubject: env.WS_SOCKETS_PER_SUBJECT,
      subscriptionsPerSocket: env.WS_SUBSCRIPTIONS_PER_SOCKET,
      allowedOrigins: env.WS_ALLOWED_ORIGINS,
      anonymousSocketsPerAddress: env.WS_ANONYMOUS_SOCKETS_PER_ADDRESS,
    },
    corsAllowedOrigins: env.CORS_ALLOWED_ORIGINS,
    maxBodyBytes: env.GRAPHQL_MAX_BODY_BYTES,
    reportCacheMs: env.REPORT_CACHE_MS,
    fastPath: env.GATEWAY_FAST_PATH,
    queryPlanner: env.QUERY_PLANNER,
    importMaxBytes: env.IMPORT_MAX_BYTES,
    metrics: env.METRICS_ENABLED ? { port: env.METRICS_PORT, host: env.METRICS_HOST } : false,
    webApp: {
      root: env.WEB_APP_ROOT,
      production: env.NODE_ENV === 'production',
      devTokenSecret: env.AUTH_JWT_SECRET,
      oidc: {
        issuer: env.OIDC_ISSUER ?? env.AUTH_ISSUER,
        clientId: env.OIDC_CLIENT_ID,
        scope: env.OIDC_SCOPE,
        audience: env.AUTH_AUDIENCE,
      },
    },
  });
  log.info({ url: gateway.url, metrics: gateway.metricsUrl }, `gateway listening on ${gateway.url}`);

  // Ctrl-C reaches every process of `npm start`, which then sends SIGTERM too: one shutdown.
  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info(`${signal}: shutting down`);
    gateway
      .drain(env.SHUTDOWN_DELAY_MS)
      .then(() => gateway.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: String(error) }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  // The Hive runtime's server adapter disposes the runtime on SIGINT/SIGTERM by itself, which
  // aborts the requests in flight (SHUTTING_DOWN); close() disposes it once they have finished.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch(exitOnStartFailure('gateway'));
