import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { logger, metrics, secondsSince } from '@laurel/observability';
import { getOperationAST, Kind, type GraphQLError } from 'graphql';
import type { FastPathObserver } from './fast-path/fast-path';
import type { FanoutObserver } from './progress-fanout';
import type { WsObserver } from './ws-server';

/** Most distinct client operation names kept as labels; later ones count as `other`. */
const MAX_OPERATION_NAMES = 200;

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** The label sets of one operation (type and name), built once: no object per request. */
interface OperationSeries {
  type: string;
  name: string;
  duration: { operation_type: string; operation_name: string };
  ok: { operation_type: string; operation_name: string; outcome: 'ok' };
  error: { operation_type: string; operation_name: string; outcome: 'error' };
}

/** A subgraph's label sets, built once. */
interface SubgraphSeries {
  duration: { subgraph: string };
  ok: { subgraph: string; outcome: 'ok' };
  error: { subgraph: string; outcome: 'error' };
}

/**
 * The gateway's GraphQL metrics: each client operation counted and timed by its name (a bounded
 * set: the first 200 names, then `other`) and type, its root fields counted (ballots per minute
 * are `castBallot`'s, reports `orgReport`'s), every error by `extensions.code`, and each subgraph
 * request counted and timed by subgraph. One debug line per operation, without its variables.
 * Label sets are cached (bounded like the labels themselves): the default configuration's cost per
 * request is a few map lookups and counter updates.
 */
export function useGatewayMetrics(): GatewayPlugin {
  return gatewayMetrics().plugin;
}

/** The runtime's metrics plugin and the fast path's observer, counting into the same series. */
export function gatewayMetrics(): { plugin: GatewayPlugin; fastPath: FastPathObserver } {
  const names = new Set<string>();
  const nameLabel = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES || !/^[A-Za-z_]\w{0,63}$/.test(name)) return 'other';
    names.add(name);
    return name;
  };
  // By operation type, then by the name the client gave.
  const operations = new Map<string, Map<string, OperationSeries>>();
  const operationSeries = (type: string, rawName: string | null | undefined): OperationSeries => {
    let ofType = operations.get(type);
    if (!ofType) operations.set(type, (ofType = new Map()));
    let series = ofType.get(rawName ?? '');
    if (!series) {
      const name = nameLabel(rawName);
      const duration = { operation_type: type, operation_name: name };
      series = {
        type,
        name,
        duration,
        ok: { ...duration, outcome: 'ok' },
        error: { ...duration, outcome: 'error' },
      };
      // Names past the first 200 all map to `other`: they are not kept (a bounded cache).
      if (name !== 'other') ofType.set(rawName ?? '', series);
    }
    return series;
  };
  const rootFields = new Map<string, Map<string, { operation_type: string; field: string }>>();
  const rootFieldLabels = (type: string, field: string) => {
    let ofType = rootFields.get(type);
    if (!ofType) rootFields.set(type, (ofType = new Map()));
    let labels = ofType.get(field);
    // Root fields are the schema's (validation refused any other): a bounded set.
    if (!labels) ofType.set(field, (labels = { operation_type: type, field }));
    return labels;
  };
  const subgraphs = new Map<string, SubgraphSeries>();
  const subgraphSeries = (subgraph: string): SubgraphSeries => {
    let series = subgraphs.get(subgraph);
    if (!series)
      subgraphs.set(
        subgraph,
        (series = {
          duration: { subgraph },
          ok: { subgraph, outcome: 'ok' },
          error: { subgraph, outcome: 'error' },
        }),
      );
    return series;
  };
  const fastPathLabels = new Map<string, { operation_type: string; subgraph: string }>();
  const fastPath: FastPathObserver = {
    operation(operation, subgraph, seconds, codes) {
      const type = operation.operation;
      let labels = fastPathLabels.get(`${type}:${subgraph}`);
      if (!labels) fastPathLabels.set(`${type}:${subgraph}`, (labels = { operation_type: type, subgraph }));
      metrics.fastPathOperations.inc(labels);
      for (const selection of operation.selectionSet.selections)
        if (selection.kind === Kind.FIELD)
          metrics.rootFields.inc(rootFieldLabels(type, selection.name.value));
      const series = operationSeries(type, operation.name?.value);
      metrics.operations.inc(codes.length > 0 ? series.error : series.ok);
      metrics.operationDuration.observe(series.duration, seconds);
      for (const code of codes) metrics.errors.inc({ code });
      const log = logger();
      if (log.isLevelEnabled('debug'))
        log.debug(
          { operation: series.name, type, ms: Math.round(seconds * 1000), codes, fastPath: true },
          'graphql operation',
        );
    },
    subgraph(name, seconds, failed) {
      const series = subgraphSeries(name);
      metrics.subgraphRequests.inc(failed ? series.error : series.ok);
      metrics.subgraphDuration.observe(series.duration, seconds);
    },
  };
  const plugin: GatewayPlugin = {
    onExecute({ args }) {
      const start = performance.now();
      const operation = getOperationAST(args.document, args.operationName);
      const type = operation?.operation ?? 'unknown';
      for (const selection of operation?.selectionSet.selections ?? [])
        if (selection.kind === Kind.FIELD)
          metrics.rootFields.inc(rootFieldLabels(type, selection.name.value));
      const series = operationSeries(type, operation?.name?.value ?? args.operationName);
      return {
        onExecuteDone({ result }) {
          if (isAsyncIterable(result)) return; // subscriptions: counted as sockets and subscriptions
          const seconds = secondsSince(start);
          const errors = result.errors;
          metrics.operations.inc(errors?.length ? series.error : series.ok);
          metrics.operationDuration.observe(series.duration, seconds);
          const log = logger();
          if (log.isLevelEnabled('debug'))
            log.debug(
              {
                operation: series.name,
                type,
                ms: Math.round(seconds * 1000),
                codes: (errors ?? []).map((e) => e.extensions?.code),
              },
              'graphql operation',
            );
        },
      };
    },
    // Every answer, those refused before execution (parse, validation, limits) included.
    onResultProcess({ result }) {
      if (Array.isArray(result)) for (const one of result) countErrors(one);
      else countErrors(result);
    },
    onSubgraphExecute({ subgraphName }) {
      const start = performance.now();
      const series = subgraphSeries(subgraphName);
      return ({ result }) => {
        if (isAsyncIterable(result)) return;
        metrics.subgraphRequests.inc(result.errors?.length ? series.error : series.ok);
        metrics.subgraphDuration.observe(series.duration, secondsSince(start));
      };
    },
  };
  return { plugin, fastPath };
}

/** Each error of one answer, by `extensions.code`. */
function countErrors(result: unknown): void {
  if (isAsyncIterable(result)) return;
  const errors = (result as { errors?: readonly GraphQLError[] } | null)?.errors;
  if (!errors) return;
  for (const error of errors)
    metrics.errors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
}

/** Sockets, subscriptions and the progress fan-out's deliveries and lag. */
export function wsMetrics(): WsObserver {
  const fanout: FanoutObserver = {
    broadcast: (deliveries, lagSeconds) => {
      metrics.fanoutDeliveries.inc(deliveries);
      metrics.fanoutLag.observe(lagSeconds);
    },
  };
  return {
    socketOpened: () => metrics.wsConnections.inc(),
    socketClosed: () => metrics.wsConnections.dec(),
    subscriptionStarted: () => metrics.wsSubscriptions.inc(),
    subscriptionEnded: () => metrics.wsSubscriptions.dec(),
    fanout,
  };
}
