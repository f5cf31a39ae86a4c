import { commonEnvShape, loadEnv, sensitive } from '@laurel/config';
import { z } from 'zod';

export const env = loadEnv('reporting', {
  ...commonEnvShape,
  DATABASE_URL: sensitive(z.string().url()),
  PORT: z.coerce.number().int().min(0).default(4105),
  DB_POOL_SIZE: z.coerce.number().int().min(1).default(10),
  ORGANIZATIONS_URL: z.string().url().default('http://127.0.0.1:4101'),
  CAMPAIGNS_URL: z.string().url().default('http://127.0.0.1:4102'),
  /** Whose outbox feed the rollups follow. */
  NOMINATIONS_URL: z.string().url().default('http://127.0.0.1:4103'),
  DIRECTORY_POLL_MS: z.coerce.number().int().min(100).default(10_000),
  /** How stale a report may be: the events are polled this often and caught up on read. */
  EVENTS_POLL_MS: z.coerce.number().int().min(50).default(1_000),
});

export type Env = typeof env;
