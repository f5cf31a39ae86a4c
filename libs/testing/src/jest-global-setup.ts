import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ensureDatabase, startEmbeddedPostgres, withDatabase } from '@laurel/db';
import { launchPlatform, migrateAll, ROOT } from '@laurel/launcher';
import { PLATFORM_ADMIN, TEST_ENV } from './environment';

/**
 * Once per `npm test`: a fresh database (on DATABASE_URL's server, or an embedded PostgreSQL
 * when it is unset), every migration, and the whole platform as real processes on free ports.
 */
export default async function setup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({ dataDir: join(ROOT, '.data', 'test-postgres') });
    (globalThis as { __laurelEmbedded?: typeof embedded }).__laurelEmbedded = embedded;
    serverUrl = embedded.url;
  }
  const databaseUrl = withDatabase(serverUrl, `laurel_test_${Date.now()}_${randomBytes(3).toString('hex')}`);
  await ensureDatabase(databaseUrl);
  await migrateAll(databaseUrl);

  const secrets = {
    AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
    INTERNAL_SECRET: randomBytes(32).toString('base64url'),
    VOTING_SEALING_KEY: randomBytes(32).toString('hex'),
  };
  const platform = await launchPlatform({
    databaseUrl,
    gatewayPort: 0,
    servicePorts: 'random',
    env: {
      ...secrets,
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      PLATFORM_ADMIN_SUBJECTS: PLATFORM_ADMIN,
      SCHEDULE_INTERVAL_MS: '500',
      EVENTS_POLL_MS: '100',
      // The suite and the bench send thousands of requests a minute from one address; the
      // limiter has its own test (gateway.spec.ts).
      RATE_LIMIT_PER_MINUTE: '0',
      RATE_LIMIT_IP_PER_MINUTE: '0',
      // The bench opens a thousand sockets as one subject.
      WS_SOCKETS_PER_SUBJECT: '0',
    },
    output: process.env.LAUREL_TEST_LOGS ? 'inherit' : 'ignore',
  });
  (globalThis as { __laurelPlatform?: typeof platform }).__laurelPlatform = platform;

  // Workers inherit the environment of the process that runs the global setup.
  process.env[TEST_ENV.databaseUrl] = databaseUrl;
  process.env[TEST_ENV.gatewayUrl] = platform.gatewayUrl;
  process.env[TEST_ENV.jwtSecret] = secrets.AUTH_JWT_SECRET;
  process.env[TEST_ENV.internalSecret] = secrets.INTERNAL_SECRET;
  process.env[TEST_ENV.votingSealingKey] = secrets.VOTING_SEALING_KEY;
  process.env[TEST_ENV.subgraphUrls] = JSON.stringify(platform.subgraphUrls);
}
