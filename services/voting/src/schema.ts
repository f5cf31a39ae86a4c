import type { PgPubSub } from '@laurel/events';
import { buildFederatedSchema } from '@laurel/graphql';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { SCHEMA } from './data-source';
import { ServiceInfoResolver } from './service-info';
import { CouncilResolver } from './council/council.resolver';
import { VotingProgressResolver, VotingSessionResolver } from './session/voting.resolver';
import { referenceResolvers } from './references';
import type { VotingService } from './session/voting.service';

export const RESOLVERS = [
  ServiceInfoResolver,
  CouncilResolver,
  VotingSessionResolver,
  VotingProgressResolver,
] as const;

export async function buildVotingSchema(options: {
  db?: DataSource;
  voting?: VotingService;
  pubSub?: PgPubSub;
}): Promise<GraphQLSchema> {
  const instances = new Map<Function, unknown>();
  if (options.db) instances.set(ServiceInfoResolver, new ServiceInfoResolver(options.db, SCHEMA));
  if (options.voting) {
    instances.set(CouncilResolver, new CouncilResolver(options.voting));
    instances.set(VotingSessionResolver, new VotingSessionResolver(options.voting));
  }
  return buildFederatedSchema({
    resolvers: [...RESOLVERS],
    pubSub: options.pubSub,
    container: { get: (cls: Function) => instances.get(cls) ?? new (cls as new () => unknown)() },
    referenceResolvers,
  });
}
