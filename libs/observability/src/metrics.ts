import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Every Laurel metric, in one registry per process. Labels are bounded sets only: operation and
 * root-field names (the schema's), subgraph and process names, error codes; never an
 * organization, a person or any other tenant's data.
 */
export const registry = new Registry();

/** Latency buckets (seconds): few, so that a histogram costs little per observation and per scrape. */
const LATENCY = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

let enabled = false;

/** Whether this process records metrics (METRICS_ENABLED; on by default). */
export function metricsEnabled(): boolean {
  return enabled;
}

/**
 * Event-loop delay sampled every 100 ms (prom-client's default is 10): an idle process wakes ten
 * times a second instead of a hundred, and a stall that matters (the alert's 0.5 s) is still seen.
 */
const EVENT_LOOP_RESOLUTION_MS = 100;

/** Turns metrics on for this process: Node's defaults (event-loop lag, GC, heap) and `process` on every series. */
export function enableMetrics(processName: string): void {
  if (enabled) return;
  enabled = true;
  registry.setDefaultLabels({ process: processName });
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: EVENT_LOOP_RESOLUTION_MS });
}

const counter = (name: string, help: string, labelNames: string[] = []) =>
  new Counter({ name, help, labelNames, registers: [registry] });
const histogram = (name: string, help: string, labelNames: string[] = [], buckets = LATENCY) =>
  new Histogram({ name, help, labelNames, buckets, registers: [registry] });
const gauge = (name: string, help: string, labelNames: string[] = []) =>
  new Gauge({ name, help, labelNames, registers: [registry] });

export const metrics = {
  /** GraphQL operations answered (gateway: per client operation; subgraph: per request). */
  operations: counter('laurel_graphql_operations_total', 'GraphQL operations answered', [
    'operation_type',
    'operation_name',
    'outcome',
  ]),
  operationDuration: histogram('laurel_graphql_operation_duration_seconds', 'GraphQL operation latency', [
    'operation_type',
    'operation_name',
  ]),
  /** Root fields executed: ballots per minute are `castBallot`'s, reports per second `orgReport`'s. */
  rootFields: counter('laurel_graphql_root_fields_total', 'Root fields executed', [
    'operation_type',
    'field',
  ]),
  errors: counter('laurel_graphql_errors_total', 'GraphQL errors answered, by extensions.code', ['code']),
  subgraphRequests: counter(
    'laurel_gateway_subgraph_requests_total',
    'Requests from the gateway to a subgraph',
    ['subgraph', 'outcome'],
  ),
  subgraphDuration: histogram(
    'laurel_gateway_subgraph_request_duration_seconds',
    'Subgraph request latency',
    ['subgraph'],
  ),
  internalRequests: counter(
    'laurel_internal_requests_total',
    'Service-to-service /internal/ requests served',
    ['route', 'outcome'],
  ),
  httpRefusals: counter('laurel_http_refusals_total', 'HTTP requests refused before GraphQL', ['reason']),
  wsConnections: gauge('laurel_ws_connections', 'Open graphql-ws connections'),
  wsSubscriptions: gauge('laurel_ws_subscriptions', 'Active graphql-ws subscriptions'),
  fanoutDeliveries: counter(
    'laurel_fanout_deliveries_total',
    'votingProgress frames written by the shared fan-out',
  ),
  fanoutLag: histogram(
    'laurel_fanout_broadcast_seconds',
    'Time from an upstream progress event to its last subscriber write',
    [],
    [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1],
  ),
  reportCache: counter('laurel_report_cache_lookups_total', 'Report cache lookups', ['result']),
  fastPathOperations: counter(
    'laurel_gateway_fast_path_operations_total',
    'Operations the gateway sent straight to the one subgraph that answers them (no query planning)',
    ['operation_type', 'subgraph'],
  ),
  dbQueryDuration: histogram('laurel_db_query_duration_seconds', 'PostgreSQL query latency', ['outcome']),
};

/** Gauges read at scrape time (pool usage, backlogs): `read` runs only when Prometheus asks. */
export function scrapeGauge(
  name: string,
  help: string,
  labelNames: string[],
  read: (set: (labels: Record<string, string>, value: number) => void) => Promise<void> | void,
): Gauge {
  return new Gauge({
    name,
    help,
    labelNames,
    registers: [registry],
    async collect() {
      this.reset();
      await read((labels, value) => this.set(labels, value));
    },
  });
}

/** Seconds since `start` (from `performance.now()`). */
export function secondsSince(start: number): number {
  return (performance.now() - start) / 1000;
}
