import type { DirectoryReader } from '@laurel/directory';
import type { PgPubSub } from '@laurel/events';
import { buildFederatedSchema } from '@laurel/graphql';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { CampaignsClient } from './campaigns-client';
import type { CatalogueClient } from './catalogue-client';
import { SCHEMA } from './data-source';
import {
  DecisionResolver,
  FundEntryResolver,
  FundResolver,
  NominationDecisionResolver,
  RevocationPreviewResolver,
  RevocationResolver,
} from './decision/decision.resolver';
import { RevocationService } from './decision/revocation.service';
import { DecisionService } from './decision/decision.service';
import { FundService } from './decision/fund.service';
import { type RewardClient } from './decision/reward-client';
import {
  DistinctionRecordResolver,
  NominationResolver,
  OrganizationNominationsResolver,
  PersonDistinctionsResolver,
} from './nomination/nomination.resolver';
import { NominationService } from './nomination/nomination.service';
import { DistinctionRecordImportResolver } from './record/record-import.resolver';
import { DistinctionRecordImportService } from './record/record-import.service';
import { referenceResolvers } from './references';
import { ServiceInfoResolver } from './service-info';

export const RESOLVERS = [
  ServiceInfoResolver,
  NominationResolver,
  OrganizationNominationsResolver,
  PersonDistinctionsResolver,
  DistinctionRecordResolver,
  DistinctionRecordImportResolver,
  DecisionResolver,
  NominationDecisionResolver,
  FundResolver,
  FundEntryResolver,
  RevocationResolver,
  RevocationPreviewResolver,
] as const;

export interface NominationsDependencies {
  db: DataSource;
  directory: DirectoryReader;
  campaigns: CampaignsClient;
  catalogue: CatalogueClient;
  rewards: RewardClient;
}

export async function buildNominationsSchema(options: {
  deps?: NominationsDependencies;
  pubSub?: PgPubSub;
}): Promise<GraphQLSchema> {
  const instances = new Map<Function, unknown>();
  const deps = options.deps;
  if (deps) {
    instances.set(ServiceInfoResolver, new ServiceInfoResolver(deps.db, SCHEMA));
    const nominations = new NominationService(deps.db, deps.directory, deps.campaigns, deps.catalogue);
    const decisions = new DecisionService(deps.db, deps.directory, nominations, deps.rewards);
    instances.set(NominationResolver, new NominationResolver(nominations, decisions));
    instances.set(DecisionResolver, new DecisionResolver(decisions));
    instances.set(FundResolver, new FundResolver(new FundService(deps.db, deps.directory)));
    instances.set(
      NominationDecisionResolver,
      new NominationDecisionResolver(
        new RevocationService(deps.db, deps.directory, nominations, deps.campaigns, deps.catalogue),
      ),
    );
    instances.set(
      DistinctionRecordImportResolver,
      new DistinctionRecordImportResolver(
        new DistinctionRecordImportService(deps.db, deps.directory, deps.catalogue),
      ),
    );
  }
  return buildFederatedSchema({
    resolvers: [...RESOLVERS],
    pubSub: options.pubSub,
    container: { get: (cls: Function) => instances.get(cls) ?? new (cls as new () => unknown)() },
    referenceResolvers,
  });
}
