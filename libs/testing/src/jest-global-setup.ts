import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDatabase, startEmbeddedPostgres, withDatabase } from '@laurel/db';
import {
  launchGateway,
  launchPlatform,
  migrateAll,
  ROOT,
  type LaunchedGateway,
  type Platform,
  type ProcessName,
  type ProcessOutput,
} from '@laurel/launcher';
import { PLATFORM_ADMIN, TEST_ENV } from './environment';

export interface TestPlatformOptions {
  /**
   * Runs on the migrated database before the platform starts, with the secrets it will run with
   * (the bench loads the national dataset here, before any replica could fetch it over HTTP).
   */
  beforeLaunch?: (databaseUrl: string, secrets: TestSecrets) => Promise<void>;
  /** Environment over the test settings (the bench sets the pollers back to their defaults). */
  env?: Record<string, string>;
}

export interface TestSecrets {
  AUTH_JWT_SECRET: string;
  INTERNAL_SECRET: string;
  VOTING_SEALING_KEY: string;
}

/**
 * Once per `npm test`: a fresh database (on DATABASE_URL's server, or an embedded PostgreSQL
 * when it is unset), every migration, and the whole platform as real processes on free ports.
 */
export default async function setup(): Promise<void> {
  await startTestPlatform();
}

export async function startTestPlatform(options: TestPlatformOptions = {}): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({
      dataDir: join(ROOT, '.data', 'test-postgres'),
      // Tests only: a power cut may lose the last commits of a database dropped afterwards anyway.
      relaxDurability: true,
    });
    (globalThis as { __laurelEmbedded?: typeof embedded }).__laurelEmbedded = embedded;
    serverUrl = embedded.url;
  }
  const databaseUrl = withDatabase(serverUrl, `laurel_test_${Date.now()}_${randomBytes(3).toString('hex')}`);
  await ensureDatabase(databaseUrl);
  await migrateAll(databaseUrl);

  const secrets: TestSecrets = {
    AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
    INTERNAL_SECRET: randomBytes(32).toString('base64url'),
    VOTING_SEALING_KEY: randomBytes(32).toString('hex'),
  };
  // Workers inherit the environment of the process that runs the global setup.
  process.env[TEST_ENV.databaseUrl] = databaseUrl;
  process.env[TEST_ENV.jwtSecret] = secrets.AUTH_JWT_SECRET;
  process.env[TEST_ENV.internalSecret] = secrets.INTERNAL_SECRET;
  process.env[TEST_ENV.votingSealingKey] = secrets.VOTING_SEALING_KEY;
  await options.beforeLaunch?.(databaseUrl, secrets);
  startEnv = launchEnv = options.env ?? {};
  await launchTestPlatform(databaseUrl, secrets);
}

/** `startTestPlatform`'s `env`, kept for a restart. */
let launchEnv: Record<string, string> = {};
/** `startTestPlatform`'s `env` as given, which a restart's own `env` goes over. */
let startEnv: Record<string, string> = {};

/**
 * Stops the platform, runs `between` on its database, and starts it again with the same secrets
 * (and `env` over the start's own, e.g. the bench turning metrics or tracing on and off).
 */
export async function restartTestPlatform(
  between: (databaseUrl: string, secrets: TestSecrets) => Promise<void>,
  env?: Record<string, string>,
): Promise<void> {
  await (globalThis as { __laurelPlatform?: Platform }).__laurelPlatform?.stop();
  if (env) launchEnv = { ...startEnv, ...env };
  const secrets = runningSecrets();
  const databaseUrl = process.env[TEST_ENV.databaseUrl] as string;
  await between(databaseUrl, secrets);
  await launchTestPlatform(databaseUrl, secrets);
}

/** The settings every process of the test platform runs with. */
function testPlatformEnv(secrets: TestSecrets): Record<string, string> {
  return {
    ...secrets,
    NODE_ENV: 'test',
    // Written to files (testLogs), read by the log-redaction test.
    LOG_LEVEL: 'info',
    PLATFORM_ADMIN_SUBJECTS: PLATFORM_ADMIN,
    SCHEDULE_INTERVAL_MS: '500',
    EVENTS_POLL_MS: '100',
    // The suite and the bench send thousands of requests a minute from one address; the
    // limiter has its own test (gateway.spec.ts).
    RATE_LIMIT_PER_MINUTE: '0',
    RATE_LIMIT_IP_PER_MINUTE: '0',
    // The bench opens a thousand sockets as one subject.
    WS_SOCKETS_PER_SUBJECT: '0',
    // Six platforms' pools must fit the CI server's 100 connections beside the suites' own
    // clients and the launcher test's second platform (the bench sets the deployed 10 back).
    DB_POOL_SIZE: '6',
    ...launchEnv,
  };
}

const testOutput = () => (process.env.LAUREL_TEST_LOGS ? 'inherit' : 'ignore');

/** Each process's output appended to `<logDir>/<process>.log` (LAUREL_TEST_LOGS: the terminal). */
function testLogs(): 'inherit' | ((name: ProcessName) => number) {
  if (process.env.LAUREL_TEST_LOGS) return 'inherit';
  const dir = (process.env[TEST_ENV.logDir] ??= join(ROOT, '.data', 'test-logs', `${Date.now()}`));
  mkdirSync(dir, { recursive: true });
  return (name) => openSync(join(dir, `${name}.log`), 'a');
}

/** The secrets of the running test platform, from the environment its setup exported. */
function runningSecrets(): TestSecrets {
  const env = (key: keyof typeof TEST_ENV) => process.env[TEST_ENV[key]] as string;
  return {
    AUTH_JWT_SECRET: env('jwtSecret'),
    INTERNAL_SECRET: env('internalSecret'),
    VOTING_SEALING_KEY: env('votingSealingKey'),
  };
}

/**
 * A second gateway process in front of the running test platform's subgraphs, with the
 * platform's settings and `env` over them (the bench's gateway with the report cache off).
 */
export function launchTestGateway(
  env: Record<string, string>,
  options: { output?: ProcessOutput; subgraphUrls?: Record<string, string> } = {},
): Promise<LaunchedGateway> {
  return launchGateway({
    subgraphUrls: {
      ...(JSON.parse(process.env[TEST_ENV.subgraphUrls] as string) as Record<string, string>),
      ...options.subgraphUrls,
    },
    env: { ...testPlatformEnv(runningSecrets()), ...env },
    output: options.output ?? testOutput(),
  });
}

/** The environment the test platform's processes run with (secrets included), for one more of them. */
export function testProcessEnv(): Record<string, string> {
  return testPlatformEnv(runningSecrets());
}

async function launchTestPlatform(databaseUrl: string, secrets: TestSecrets): Promise<void> {
  const platform = await launchPlatform({
    databaseUrl,
    gatewayPort: 0,
    servicePorts: 'random',
    env: testPlatformEnv(secrets),
    output: testLogs(),
  });
  (globalThis as { __laurelPlatform?: typeof platform }).__laurelPlatform = platform;
  process.env[TEST_ENV.gatewayUrl] = platform.gatewayUrl;
  process.env[TEST_ENV.gatewayMetricsUrl] = platform.gatewayMetricsUrl;
  process.env[TEST_ENV.subgraphUrls] = JSON.stringify(platform.subgraphUrls);
}
