import 'reflect-metadata';
import { startEmbeddedPostgres, withDatabase, type EmbeddedPostgresHandle } from '@laurel/db';
import { migrateAll, ROOT } from '@laurel/launcher';
import { join } from 'node:path';
import { devSecrets } from './dev-secrets';
import { AlreadySeededError, seedNational } from './seed/national/seed';

/**
 * `npm run seed:national [-- --reset]`: migrates, then loads docs/API.md §4's reference dataset
 * (SEED_SCALE, default 1: the national figures) into DATABASE_URL, or into `npm start`'s embedded
 * database when it is unset (stop `npm start` first: it shares that server).
 */
async function main(): Promise<void> {
  const log = (line: string) => console.log(`[seed] ${line}`);
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--reset');
  if (unknown.length > 0) {
    console.error(`unknown argument ${unknown.join(' ')} (only --reset)`);
    process.exit(2);
  }
  const scale = Number(process.env.SEED_SCALE ?? 1);
  const production = process.env.NODE_ENV === 'production';
  // Sessions left open keep their key wrapped under the voting service's key.
  const votingSealingKey =
    process.env.VOTING_SEALING_KEY ?? (production ? undefined : (await devSecrets()).VOTING_SEALING_KEY);

  let embedded: EmbeddedPostgresHandle | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  try {
    if (!databaseUrl) {
      embedded = await startEmbeddedPostgres({ dataDir: join(ROOT, '.data', 'postgres'), log });
      databaseUrl = withDatabase(embedded.url, 'laurel');
    }
    await migrateAll(databaseUrl, log);
    if (!votingSealingKey) log('no VOTING_SEALING_KEY: no voting session is left open (no UNDER_REVIEW)');
    await seedNational({ databaseUrl, scale, votingSealingKey, reset: args.includes('--reset'), log });
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof AlreadySeededError ? `[seed] ${error.message}` : error);
  process.exit(1);
});
