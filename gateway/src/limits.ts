import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import { showcaseSelectionRule } from './showcase';

/** The limits of issue 7, in one place: the same plugins run for HTTP and for graphql-ws. */
export const LIMITS = {
  depth: 6,
  aliases: 15,
  directives: 10,
  tokens: 1_000,
  /**
   * GraphQL Armor's cost (objects 2, scalars 1, ×1.5 per level). The most expensive real
   * operation seen (a page of 100 people with pageInfo, as the export test pages) costs 3,058:
   * the limit leaves it room. Every end-to-end test runs through these limits, and
   * failing-hostile-queries.spec.ts runs the attacks.
   */
  cost: 5_000,
} as const;

/** `castBallot` may not be aliased nor repeated: one ballot per operation. */
export function singleBallotRule(context: ValidationContext): ASTVisitor {
  let seen = 0;
  return {
    Field(node) {
      if (node.name.value !== 'castBallot') return;
      seen += 1;
      if (node.alias || seen > 1)
        context.reportError(
          new GraphQLError('castBallot is cast once per operation, without an alias', { nodes: [node] }),
        );
    },
  };
}

export function limitPlugins(options: { production?: boolean } = {}): GatewayPlugin[] {
  return [
    // In production the schema is not for strangers to guess: no "Did you mean …?".
    ...(options.production ? [blockFieldSuggestionsPlugin()] : []),
    maxTokensPlugin({ n: LIMITS.tokens }),
    // Fragments are followed (flattened): a fragment cannot hide depth (GHSA-hmfr-rx46-4jx2,
    // GHSA-224p-v68g-5g8f); an operation named __schema is not introspection.
    maxDepthPlugin({ n: LIMITS.depth, flattenFragments: true, ignoreIntrospection: false }),
    maxAliasesPlugin({ n: LIMITS.aliases }),
    maxDirectivesPlugin({ n: LIMITS.directives }),
    costLimitPlugin({ maxCost: LIMITS.cost, flattenFragments: true, ignoreIntrospection: false }),
    {
      onValidate({ addValidationRule }) {
        addValidationRule(singleBallotRule);
        addValidationRule(showcaseSelectionRule);
      },
    },
  ] as GatewayPlugin[];
}
