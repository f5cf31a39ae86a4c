export { registry, metrics, metricsEnabled, enableMetrics, scrapeGauge, secondsSince } from './metrics';
export { answerMetrics, serveMetrics, METRICS_PATH } from './metrics-server';
export { timePgQueries, watchPool, watchBacklog, type Backlog } from './database';
export { createLogger, logger, routeConsole, scrub, REDACTED_PATHS, type Logger } from './logger';
export { REQUEST_ID_HEADER, withRequestId, currentRequestId, requestIdFrom } from './request-context';
export { startTracing, tracingEnabled, samplerRatio, type TracingOptions } from './tracing';
export { startObservability, type ObservabilityEnv } from './start';
