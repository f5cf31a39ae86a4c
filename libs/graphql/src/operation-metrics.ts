import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { logger, metrics, secondsSince } from '@laurel/observability';
import { Kind, type GraphQLError, type OperationDefinitionNode } from 'graphql';

/** The operation's first root field (`nominations`, `_entities`, …): a bounded label, unlike client names. */
export function rootFieldOf(operation: OperationDefinitionNode | null | undefined): string {
  const first = operation?.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
  return first?.kind === Kind.FIELD ? first.name.value : 'unknown';
}

/** One root field's label sets, built once: no object per request. */
interface OperationSeries {
  duration: { operation_type: string; operation_name: string };
  ok: { operation_type: string; operation_name: string; outcome: 'ok' };
  error: { operation_type: string; operation_name: string; outcome: 'error' };
}

/**
 * A subgraph's operations counted and timed by root field, its errors by `extensions.code`, and
 * one debug line per operation (no variables: they may hold a ballot or a person's data). Label
 * sets are cached per operation type and root field (the schema's, a bounded set).
 */
export function operationMetricsPlugin(service: string): ApolloServerPlugin<BaseContext> {
  const cache = new Map<string, Map<string, OperationSeries>>();
  const seriesOf = (type: string, field: string): OperationSeries => {
    let ofType = cache.get(type);
    if (!ofType) cache.set(type, (ofType = new Map()));
    let series = ofType.get(field);
    if (!series) {
      const duration = { operation_type: type, operation_name: field };
      series = { duration, ok: { ...duration, outcome: 'ok' }, error: { ...duration, outcome: 'error' } };
      ofType.set(field, series);
    }
    return series;
  };
  const listener = (start: number) => ({
    async didEncounterErrors({ errors }: { errors: readonly GraphQLError[] }) {
      for (const error of errors)
        metrics.errors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
    },
    async willSendResponse({
      operation,
      errors,
    }: {
      operation?: OperationDefinitionNode | null;
      errors?: readonly GraphQLError[];
    }) {
      const type = operation?.operation ?? 'unknown';
      const series = seriesOf(type, rootFieldOf(operation));
      const seconds = secondsSince(start);
      metrics.operations.inc(errors?.length ? series.error : series.ok);
      metrics.operationDuration.observe(series.duration, seconds);
      const log = logger();
      if (log.isLevelEnabled('debug'))
        log.debug(
          {
            service,
            operation: series.duration.operation_name,
            type,
            ms: Math.round(seconds * 1000),
            codes: errors?.map((e) => e.extensions?.code),
          },
          'graphql operation',
        );
    },
  });
  return {
    async requestDidStart() {
      return listener(performance.now());
    },
  };
}
