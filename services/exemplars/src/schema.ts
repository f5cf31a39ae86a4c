import type { PgPubSub } from '@laurel/events';
import { buildFederatedSchema } from '@laurel/graphql';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { SCHEMA } from './data-source';
import {
  AdoptionResolver,
  ExemplarResolver,
  NominationExemplarResolver,
  OrganizationExemplarsResolver,
} from './exemplar/exemplar.resolver';
import { ExemplarService } from './exemplar/exemplar.service';
import { InitiativeResolver, OrganizationInitiativesResolver } from './initiative/initiative.resolver';
import { InitiativeService } from './initiative/initiative.service';
import { PathwayService } from './pathway/pathway.service';
import { referenceResolvers } from './references';
import { ReplicationResolver } from './replication/replication.resolver';
import { ReplicationService } from './replication/replication.service';
import { ServiceInfoResolver } from './service-info';

export const RESOLVERS = [
  ServiceInfoResolver,
  ExemplarResolver,
  AdoptionResolver,
  NominationExemplarResolver,
  OrganizationExemplarsResolver,
  ReplicationResolver,
  InitiativeResolver,
  OrganizationInitiativesResolver,
] as const;

export async function buildExemplarsSchema(options: {
  db?: DataSource;
  pubSub?: PgPubSub;
}): Promise<GraphQLSchema> {
  const instances = new Map<Function, unknown>([
    [ExemplarResolver, new ExemplarResolver(new ExemplarService(), new PathwayService())],
    [InitiativeResolver, new InitiativeResolver(new InitiativeService())],
  ]);
  if (options.db) {
    instances.set(ServiceInfoResolver, new ServiceInfoResolver(options.db, SCHEMA));
    instances.set(ReplicationResolver, new ReplicationResolver(new ReplicationService(options.db)));
  }
  return buildFederatedSchema({
    resolvers: [...RESOLVERS],
    pubSub: options.pubSub,
    container: { get: (cls: Function) => instances.get(cls) ?? new (cls as new () => unknown)() },
    referenceResolvers,
  });
}
