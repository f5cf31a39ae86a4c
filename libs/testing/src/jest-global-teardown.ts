import { dropDatabase, type EmbeddedPostgresHandle } from '@laurel/db';
import type { Platform } from '@laurel/launcher';
import { TEST_ENV } from './environment';

export default async function teardown(): Promise<void> {
  const g = globalThis as { __laurelPlatform?: Platform; __laurelEmbedded?: EmbeddedPostgresHandle };
  await g.__laurelPlatform?.stop();
  const url = process.env[TEST_ENV.databaseUrl];
  if (url && !process.env.LAUREL_KEEP_TEST_DB) await dropDatabase(url).catch(() => undefined);
  await g.__laurelEmbedded?.stop();
}
