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

/**
 * The gateway's GraphQL metrics: each client operation counted and timed by its name (a bounded
 * set: the first 200 names, then `other`) and type, its root fields counted (ballots per minute
 * are `castBallot`'s, reports `orgReport`'s), every error by `extensions.code`, and each subgraph
 * request counted and timed by subgraph. One debug line per operation, without its variables.
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
  const fastPath: FastPathObserver = {
    operation(operation, subgraph, seconds, codes) {
      const type = operation.operation;
      metrics.fastPathOperations.inc({ operation_type: type, subgraph });
      for (const selection of operation.selectionSet.selections)
        if (selection.kind === Kind.FIELD)
          metrics.rootFields.inc({ operation_type: type, field: selection.name.value });
      const labels = { operation_type: type, operation_name: nameLabel(operation.name?.value) };
      metrics.operations.inc({ ...labels, outcome: codes.length > 0 ? 'error' : 'ok' });
      metrics.operationDuration.observe(labels, seconds);
      for (const code of codes) metrics.errors.inc({ code });
      logger().debug(
        { operation: labels.operation_name, type, ms: Math.round(seconds * 1000), codes, fastPath: true },
        'graphql operation',
      );
    },
    subgraph(name, seconds, failed) {
      metrics.subgraphRequests.inc({ subgraph: name, outcome: failed ? 'error' : 'ok' });
      metrics.subgraphDuration.observe({ subgraph: name }, seconds);
    },
  };
  const plugin: GatewayPlugin = {
    onExecute({ args }) {
      const start = performance.now();
      const operation = getOperationAST(args.document, args.operationName);
      const type = operation?.operation ?? 'unknown';
      for (const selection of operation?.selectionSet.selections ?? [])
        if (selection.kind === Kind.FIELD)
          metrics.rootFields.inc({ operation_type: type, field: selection.name.value });
      const labels = {
        operation_type: type,
        operation_name: nameLabel(operation?.name?.value ?? args.operationName),
      };
      return {
        onExecuteDone({ result }) {
          if (isAsyncIterable(result)) return; // subscriptions: counted as sockets and subscriptions
          const seconds = secondsSince(start);
          const errors = result.errors ?? [];
          metrics.operations.inc({ ...labels, outcome: errors.length > 0 ? 'error' : 'ok' });
          metrics.operationDuration.observe(labels, seconds);
          logger().debug(
            {
              operation: labels.operation_name,
              type,
              ms: Math.round(seconds * 1000),
              codes: errors.map((e) => e.extensions?.code),
            },
            'graphql operation',
          );
        },
      };
    },
    // Every answer, those refused before execution (parse, validation, limits) included.
    onResultProcess({ result }) {
      const results = Array.isArray(result) ? result : [result];
      for (const one of results) {
        if (isAsyncIterable(one)) continue;
        for (const error of ((one as { errors?: readonly GraphQLError[] }).errors ?? []) as GraphQLError[])
          metrics.errors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
      }
    },
    onSubgraphExecute({ subgraphName }) {
      const start = performance.now();
      return ({ result }) => {
        if (isAsyncIterable(result)) return;
        metrics.subgraphRequests.inc({
          subgraph: subgraphName,
          outcome: result.errors?.length ? 'error' : 'ok',
        });
        metrics.subgraphDuration.observe({ subgraph: subgraphName }, secondsSince(start));
      };
    },
  };
  return { plugin, fastPath };
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
