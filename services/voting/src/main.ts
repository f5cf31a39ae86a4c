import 'reflect-metadata';
import { createVotingApp } from './app';
import { createDataSource } from './data-source';
import { env } from './environment';

async function main(): Promise<void> {
  const db = await createDataSource(env.DATABASE_URL, env.DB_POOL_SIZE).initialize();
  const app = await createVotingApp({
    db,
    port: env.PORT,
    internalSecret: env.INTERNAL_SECRET,
    introspection: env.NODE_ENV !== 'production',
  });
  console.log(`voting subgraph ready at ${app.url}`);
  const stop = async () => {
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
