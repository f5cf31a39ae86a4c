import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import gql from 'graphql-tag';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema, createResolversMap, type BuildSchemaOptions, type NonEmptyArray } from 'type-graphql';

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@provides", "@requires", "@inaccessible"])`;

export interface FederatedSchemaOptions {
  /** The explicit list of resolvers: no auto-discovery. */
  // type-graphql's own signature for resolver classes.
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  pubSub?: BuildSchemaOptions['pubSub'];
  /** Resolver instances (constructed with their services) instead of `new Resolver()`. */
  container?: BuildSchemaOptions['container'];
  /** `__resolveReference` and union `__resolveType` resolvers, keyed by type name. */
  referenceResolvers?: GraphQLResolverMap<unknown>;
}

/**
 * type-graphql -> SDL with directives -> @apollo/subgraph, after type-graphql's
 * `examples/apollo-federation-2/helpers/buildFederatedSchema.ts`. Instants are `DateTime`.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    // Printing the SDL needs no broker; a running service always passes its own.
    pubSub: options.pubSub ?? createPubSub(),
    container: options.container,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    validate: { forbidUnknownValues: false },
    skipCheck: true,
    emitSchemaFile: false,
  });
  // __resolveReference goes in the resolver map given to buildSubgraphSchema: that is where
  // @apollo/subgraph reads it (a resolver added to the schema afterwards is never called).
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, extra] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = {
      ...(resolvers[typeName] as object),
      ...(extra as object),
    } as GraphQLResolverMap<unknown>[string];
  }
  return buildSubgraphSchema([
    { typeDefs: gql(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`), resolvers },
  ]);
}
