import { z } from 'zod';
import { booleanFlag, secret } from './parse-env';

/** Variables every Laurel process reads. Services extend this shape with their own. */
export const commonEnvShape = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error']).default('info'),
  /** HMAC secret shared by the gateway and the subgraphs only (signed internal identity). */
  INTERNAL_SECRET: secret(z.string().min(32, 'must be at least 32 characters')),
  /**
   * After SIGTERM, how long the process keeps serving with `/readyz` at 503 before it refuses
   * connections, so that load balancers stop sending first (Kubernetes' preStop sleep does it there).
   */
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).default(0),
  /** Prometheus metrics at `/metrics` (see docs/OPERATING.md); `false` turns them off. */
  METRICS_ENABLED: booleanFlag(true),
};

export type CommonEnv = z.infer<z.ZodObject<typeof commonEnvShape>>;
