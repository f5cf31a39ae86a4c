import { ensureDatabase, startEmbeddedPostgres, withDatabase, type EmbeddedPostgresHandle } from '@laurel/db';
import { launchPlatform, migrateAll, type Platform, type ProcessName } from '@laurel/launcher';
import { PLATFORM_ADMIN, TEST_ENV } from '@laurel/testing';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export interface FaultPlatform {
  /** A PostgreSQL of its own (never the machine's shared server): the tests stop and crash it. */
  postgres: EmbeddedPostgresHandle;
  platform: Platform;
  databaseUrl: string;
  internalSecret: string;
  /** One query on a fresh connection (the server restarts under the tests' feet). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Every process that has exited although no test stopped it. */
  crashed(): ProcessName[];
  stop(): Promise<void>;
}

/**
 * A private embedded PostgreSQL (durable: fsync and synchronous commit on, so that a crash loses
 * nothing acknowledged) in a temporary directory, every migration, and the whole platform as
 * real processes on free ports. The `@laurel/testing` helpers (tokens, `ok`, flows) point at it.
 */
export async function startFaultPlatform(): Promise<FaultPlatform> {
  const dir = await mkdtemp(join(tmpdir(), 'laurel-faults-'));
  // Under root the server runs as `postgres`, which must reach its data directory.
  await chmod(dir, 0o755);
  const postgres = await startEmbeddedPostgres({ dataDir: join(dir, 'pg') }).catch(async (error: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  const databaseUrl = withDatabase(postgres.url, 'laurel_faults');
  const secrets = {
    AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
    INTERNAL_SECRET: randomBytes(32).toString('base64url'),
    VOTING_SEALING_KEY: randomBytes(32).toString('hex'),
  };
  let platform: Platform;
  try {
    await ensureDatabase(databaseUrl);
    await migrateAll(databaseUrl);
    platform = await launchPlatform({
      databaseUrl,
      gatewayPort: 0,
      servicePorts: 'random',
      env: {
        ...secrets,
        // As deployed: libraries behave differently under NODE_ENV=test (Apollo Server, for one,
        // stops itself on SIGTERM only outside tests).
        NODE_ENV: 'production',
        LOG_LEVEL: 'error',
        PLATFORM_ADMIN_SUBJECTS: PLATFORM_ADMIN,
        EVENTS_POLL_MS: '100',
        DISPATCH_INTERVAL_MS: '200',
        DIRECTORY_POLL_MS: '1000',
        RATE_LIMIT_PER_MINUTE: '0',
        RATE_LIMIT_IP_PER_MINUTE: '0',
        WS_SOCKETS_PER_SUBJECT: '0',
        // After SIGTERM every process keeps serving for a second with /readyz at 503.
        SHUTDOWN_DELAY_MS: '1000',
      },
      output: process.env.LAUREL_TEST_LOGS ? 'inherit' : 'ignore',
    });
  } catch (error) {
    await postgres.stop('immediate');
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const started = platform;
  process.env[TEST_ENV.databaseUrl] = databaseUrl;
  process.env[TEST_ENV.gatewayUrl] = started.gatewayUrl;
  process.env[TEST_ENV.jwtSecret] = secrets.AUTH_JWT_SECRET;
  process.env[TEST_ENV.internalSecret] = secrets.INTERNAL_SECRET;
  process.env[TEST_ENV.votingSealingKey] = secrets.VOTING_SEALING_KEY;
  process.env[TEST_ENV.subgraphUrls] = JSON.stringify(started.subgraphUrls);
  return {
    postgres,
    platform: started,
    databaseUrl,
    internalSecret: secrets.INTERNAL_SECRET,
    sql: async <T>(text: string, params: unknown[] = []) => {
      const client = new Client({ connectionString: databaseUrl });
      client.on('error', () => undefined);
      await client.connect();
      try {
        return (await client.query(text, params)).rows as T[];
      } finally {
        await client.end().catch(() => undefined);
      }
    },
    crashed: () =>
      (Object.entries(started.processes) as [ProcessName, Platform['processes'][ProcessName]][])
        .filter(([, p]) => p.child.exitCode !== null || p.child.signalCode !== null)
        .map(([name]) => name),
    stop: async () => {
      await started.stop();
      await postgres.stop('fast');
      await rm(dir, { recursive: true, force: true });
    },
  };
}
