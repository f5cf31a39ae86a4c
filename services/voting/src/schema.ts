import type { PgPubSub } from '@laurel/events';
import { buildFederatedSchema } from '@laurel/graphql';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { SCHEMA } from './data-source';
import { ServiceInfoResolver } from './service-info/service-info.resolver';
import { ServiceInfoService } from './service-info/service-info.service';
import { CouncilResolver, toCouncil } from './council/council.resolver';
import { VotingProgressResolver, VotingSessionResolver, toSession } from './session/voting.resolver';
import type { VotingService } from './session/voting.service';
import type { Context } from './context';

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
  if (options.db)
    instances.set(ServiceInfoResolver, new ServiceInfoResolver(new ServiceInfoService(options.db, SCHEMA)));
  if (options.voting) {
    instances.set(CouncilResolver, new CouncilResolver(options.voting));
    instances.set(VotingSessionResolver, new VotingSessionResolver(options.voting));
  }
  return buildFederatedSchema({
    resolvers: [...RESOLVERS],
    pubSub: options.pubSub,
    container: { get: (cls: Function) => instances.get(cls) ?? new (cls as new () => unknown)() },
    referenceResolvers: {
      Council: {
        __resolveReference: async (ref: { id: string }, ctx: Context) => {
          try {
            return toCouncil((await ctx.voting.council(ctx, ref.id)).council);
          } catch {
            return null;
          }
        },
      },
      VotingSession: {
        __resolveReference: async (ref: { id: string }, ctx: Context) => {
          try {
            return toSession((await ctx.voting.session(ctx, ref.id)).session);
          } catch {
            return null;
          }
        },
      },
    },
  });
}
