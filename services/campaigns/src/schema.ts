import type { PgPubSub } from '@laurel/events';
import { buildFederatedSchema } from '@laurel/graphql';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { DistinctionResolver } from './distinction/distinction.resolver';
import { DistinctionService } from './distinction/distinction.service';
import { referenceResolvers } from './references';

export const RESOLVERS = [DistinctionResolver] as const;

export async function buildCampaignsSchema(options: {
  db?: DataSource;
  pubSub?: PgPubSub;
}): Promise<GraphQLSchema> {
  const instances = new Map<Function, unknown>(
    options.db ? [[DistinctionResolver, new DistinctionResolver(new DistinctionService(options.db))]] : [],
  );
  return buildFederatedSchema({
    resolvers: [...RESOLVERS],
    pubSub: options.pubSub,
    container: { get: (cls: Function) => instances.get(cls) ?? new (cls as new () => unknown)() },
    referenceResolvers,
  });
}
