import { commonEnvShape, parseEnv, sensitive } from '@laurel/config';
import { z } from 'zod';

export const env = parseEnv({
  ...commonEnvShape,
  DATABASE_URL: sensitive(z.string().url()),
  PORT: z.coerce.number().int().min(0).default(4103),
  DB_POOL_SIZE: z.coerce.number().int().min(1).default(10),
});

export type Env = typeof env;
