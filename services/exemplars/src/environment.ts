import { commonEnvShape, loadEnv, sensitive } from '@laurel/config';
import { z } from 'zod';

export const env = loadEnv('exemplars', {
  ...commonEnvShape,
  DATABASE_URL: sensitive(z.string().url()),
  PORT: z.coerce.number().int().min(0).default(4106),
  /**
   * Few writes, reads of one subtree at a time: a small pool, so that a seventh process adds
   * little to the database's connection count (a test platform shares one server's 100).
   */
  DB_POOL_SIZE: z.coerce.number().int().min(1).default(4),
  ORGANIZATIONS_URL: z.string().url().default('http://127.0.0.1:4101'),
  /** The distinction catalogue and its rules (pathway, a plan's target distinction). */
  CAMPAIGNS_URL: z.string().url().default('http://127.0.0.1:4102'),
  /** Recognitions come from there: its nominations, its outbox feed and its distinction ledger. */
  NOMINATIONS_URL: z.string().url().default('http://127.0.0.1:4103'),
  DIRECTORY_POLL_MS: z.coerce.number().int().min(100).default(10_000),
  /**
   * How often the nominations events are polled (publication, initiatives' outcomes): its own
   * setting, not reporting's EVENTS_POLL_MS, since nothing here needs reporting's freshness (an
   * adoption catches up on demand before it says NOT_FOUND).
   */
  FOSTERING_EVENTS_POLL_MS: z.coerce.number().int().min(50).default(1_000),
});

export type Env = typeof env;
