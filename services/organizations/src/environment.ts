import { commonEnvShape, loadEnv, sensitive } from '@laurel/config';
import { z } from 'zod';

export const env = loadEnv('organizations', {
  ...commonEnvShape,
  DATABASE_URL: sensitive(z.string().url()),
  PORT: z.coerce.number().int().min(0).default(4101),
  DB_POOL_SIZE: z.coerce.number().int().min(1).default(10),
  /** How often effective-dated moves and merges that have come due are applied. */
  SCHEDULE_INTERVAL_MS: z.coerce.number().int().min(100).default(30_000),
});

export type Env = typeof env;
