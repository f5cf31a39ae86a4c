import 'reflect-metadata';
import { exitOnStartFailure } from '@laurel/config';
import { DirectorySync } from '@laurel/directory';
import { createExemplarsApp } from './app';
import { createDataSource, SCHEMA } from './data-source';
import { env } from './environment';

async function main(): Promise<void> {
  const db = await createDataSource(env.DATABASE_URL, env.DB_POOL_SIZE).initialize();
  const directorySync = new DirectorySync({
    db,
    schema: SCHEMA,
    organizationsUrl: env.ORGANIZATIONS_URL,
    internalSecret: env.INTERNAL_SECRET,
    listenUrl: env.DATABASE_URL,
    pollMs: env.DIRECTORY_POLL_MS,
  });
  await directorySync.start();
  const app = await createExemplarsApp({
    db,
    port: env.PORT,
    internalSecret: env.INTERNAL_SECRET,
    introspection: env.NODE_ENV !== 'production',
    directorySync,
    nominationsUrl: env.NOMINATIONS_URL,
    campaignsUrl: env.CAMPAIGNS_URL,
    eventsPollMs: env.FOSTERING_EVENTS_POLL_MS,
  });
  console.log(`exemplars subgraph ready at ${app.url}`);
  const stop = async () => {
    await app.drain(env.SHUTDOWN_DELAY_MS);
    await app.close();
    await directorySync.close();
    await db.destroy();
    process.exit(0);
  };
  // Ctrl-C reaches every process of `npm start`, which then sends SIGTERM too: one stop.
  let stopping: Promise<void> | undefined;
  const stopOnce = () => void (stopping ??= stop());
  process.once('SIGINT', stopOnce);
  process.once('SIGTERM', stopOnce);
}

main().catch(exitOnStartFailure('exemplars'));
