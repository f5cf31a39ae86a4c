import type { PgPubSub } from '@laurel/events';
import { buildFederatedSchema } from '@laurel/graphql';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { SCHEMA } from './data-source';
import { ServiceInfoResolver } from './service-info';
import { CouncilResolver } from './council/council.resolver';
import { VotingProgressResolver, VotingSessionResolver } from './session/voting.resolver';
import { referenceResolvers } from './references';
import type { VotingAccess } from './access';
import type { CouncilService } from './council/council.service';
import type { BallotService } from './session/ballot.service';
import type { ProgressService } from './session/progress.service';
import type { SessionService } from './session/session.service';

/** What the resolvers are built with (app.ts makes one of each). */
export interface VotingServices {
  access: VotingAccess;
  councils: CouncilService;
  sessions: SessionService;
  ballots: BallotService;
  progress: ProgressService;
}

export const RESOLVERS = [
  ServiceInfoResolver,
  CouncilResolver,
  VotingSessionResolver,
  VotingProgressResolver,
] as const;

export async function buildVotingSchema(options: {
  db?: DataSource;
  services?: VotingServices;
  pubSub?: PgPubSub;
}): Promise<GraphQLSchema> {
  const instances = new Map<Function, unknown>();
  if (options.db) instances.set(ServiceInfoResolver, new ServiceInfoResolver(options.db, SCHEMA));
  if (options.services) {
    const { access, councils, sessions, ballots, progress } = options.services;
    instances.set(CouncilResolver, new CouncilResolver(access, councils));
    instances.set(
      VotingSessionResolver,
      new VotingSessionResolver(access, councils, sessions, ballots, progress),
    );
  }
  return buildFederatedSchema({
    resolvers: [...RESOLVERS],
    pubSub: options.pubSub,
    container: { get: (cls: Function) => instances.get(cls) ?? new (cls as new () => unknown)() },
    referenceResolvers,
  });
}
