import { commonEnvShape, loadEnv, secret, sensitive } from '@laurel/config';
import { z } from 'zod';

export const env = loadEnv('voting', {
  ...commonEnvShape,
  DATABASE_URL: sensitive(z.string().url()),
  PORT: z.coerce.number().int().min(0).default(4104),
  DB_POOL_SIZE: z.coerce.number().int().min(1).default(10),
  ORGANIZATIONS_URL: z.string().url().default('http://127.0.0.1:4101'),
  /** Where council stages go (nominations' signed internal route). */
  NOMINATIONS_URL: z.string().url().default('http://127.0.0.1:4103'),
  /** The distinction catalogue (default council votes). */
  CAMPAIGNS_URL: z.string().url().default('http://127.0.0.1:4102'),
  DIRECTORY_POLL_MS: z.coerce.number().int().min(100).default(10_000),
  /**
   * 32 bytes (hex or base64url) wrapping each session's ballot key. Only the voting processes
   * hold it: whoever reads the database cannot open a ballot. Generated in development.
   */
  VOTING_SEALING_KEY: secret(z.string().min(43), { minLength: 43 }),
  DISPATCH_INTERVAL_MS: z.coerce.number().int().min(50).default(1_000),
});

export type Env = typeof env;
