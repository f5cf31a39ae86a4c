import { z } from 'zod';
import { sensitive } from './parse-env';

/** Variables every Laurel process reads. Services extend this shape with their own. */
export const commonEnvShape = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error']).default('info'),
  /** HMAC secret shared by the gateway and the subgraphs only (signed internal identity). */
  INTERNAL_SECRET: sensitive(z.string().min(32, 'must be at least 32 characters')),
};

export type CommonEnv = z.infer<z.ZodObject<typeof commonEnvShape>>;
