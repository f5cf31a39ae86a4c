import 'reflect-metadata';
import { exitOnStartFailure } from '@laurel/config';
import { createPgPubSub } from '@laurel/events';
import { createOrganizationsApp } from './app';
import { createDataSource } from './data-source';
import { env } from './environment';

async function main(): Promise<void> {
  const db = await createDataSource(env.DATABASE_URL, env.DB_POOL_SIZE).initialize();
  const pubSub = await createPgPubSub({ url: env.DATABASE_URL, channel: 'laurel_organizations' });
  const app = await createOrganizationsApp({
    db,
    pubSub,
    port: env.PORT,
    internalSecret: env.INTERNAL_SECRET,
    introspection: env.NODE_ENV !== 'production',
    scheduleIntervalMs: env.SCHEDULE_INTERVAL_MS,
  });
  console.log(`organizations subgraph ready at ${app.url}`);
  const stop = async () => {
    await app.drain(env.SHUTDOWN_DELAY_MS);
    await app.close();
    await pubSub.close();
    await db.destroy();
    process.exit(0);
  };
  // Ctrl-C reaches every process of `npm start`, which then sends SIGTERM too: one stop.
  let stopping: Promise<void> | undefined;
  const stopOnce = () => void (stopping ??= stop());
  process.once('SIGINT', stopOnce);
  process.once('SIGTERM', stopOnce);
}

main().catch(exitOnStartFailure('organizations'));
