import { commonEnvShape, loadEnv, sensitive } from '@laurel/config';
import { z } from 'zod';

export const env = loadEnv('nominations', {
  ...commonEnvShape,
  DATABASE_URL: sensitive(z.string().url()),
  PORT: z.coerce.number().int().min(0).default(4103),
  DB_POOL_SIZE: z.coerce.number().int().min(1).default(10),
  /** The organizations subgraph, whose directory feed this service replicates. */
  ORGANIZATIONS_URL: z.string().url().default('http://127.0.0.1:4101'),
  /** The campaigns subgraph: campaigns' deadlines, scope and quotas, and the catalogue. */
  CAMPAIGNS_URL: z.string().url().default('http://127.0.0.1:4102'),
  /** The exemplars subgraph: recognized initiatives and their reach, for initiative prerequisites. */
  EXEMPLARS_URL: z.string().url().default('http://127.0.0.1:4106'),
  DIRECTORY_POLL_MS: z.coerce.number().int().min(100).default(10_000),
});

export type Env = typeof env;
