import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { logger, metrics, secondsSince } from '@laurel/observability';
import { Kind, type OperationDefinitionNode } from 'graphql';

/** The operation's first root field (`nominations`, `_entities`, …): a bounded label, unlike client names. */
export function rootFieldOf(operation: OperationDefinitionNode | null | undefined): string {
  const first = operation?.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
  return first?.kind === Kind.FIELD ? first.name.value : 'unknown';
}

/**
 * A subgraph's operations counted and timed by root field, its errors by `extensions.code`, and
 * one debug line per operation (no variables: they may hold a ballot or a person's data).
 */
export function operationMetricsPlugin(service: string): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      const start = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors)
            metrics.errors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
        },
        async willSendResponse({ operation, errors }) {
          const labels = {
            operation_type: operation?.operation ?? 'unknown',
            operation_name: rootFieldOf(operation),
          };
          const seconds = secondsSince(start);
          metrics.operations.inc({ ...labels, outcome: errors?.length ? 'error' : 'ok' });
          metrics.operationDuration.observe(labels, seconds);
          logger().debug(
            {
              service,
              operation: labels.operation_name,
              type: labels.operation_type,
              ms: Math.round(seconds * 1000),
              codes: errors?.map((e) => e.extensions?.code),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
