import { timePgQueries } from './database';
import { createLogger, routeConsole, type Logger } from './logger';
import { enableMetrics } from './metrics';

/** What every process reads to observe itself (@laurel/config's common environment), beside OTEL_*. */
export interface ObservabilityEnv {
  METRICS_ENABLED: boolean;
  LOG_LEVEL: string;
}

/** Logs (JSON, console included) and metrics for the process named `processName`. */
export function startObservability(processName: string, env: ObservabilityEnv): Logger {
  const log = createLogger(processName, env.LOG_LEVEL);
  routeConsole(log);
  if (env.METRICS_ENABLED) {
    enableMetrics(processName);
    timePgQueries();
  }
  return log;
}
