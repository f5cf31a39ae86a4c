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
import { NominationAccess } from './nomination/nomination-access';
import { NominationEscalationService } from './nomination/nomination-escalation.service';
import { NominationJournal } from './nomination/nomination-history';
import { NominationRegistrationService } from './nomination/nomination-registration.service';
import { NominationService } from './nomination/nomination.service';
import { NominationWorkflow } from './nomination/nomination.workflow';
import { NominationWriter } from './nomination/nomination.writer';
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
    const journal = new NominationJournal();
    const access = new NominationAccess(deps.db, deps.directory, deps.campaigns);
    const writer = new NominationWriter(deps.db, journal);
    const workflow = new NominationWorkflow(deps.db, deps.directory, deps.catalogue, journal);
    const nominations = new NominationService(deps.db, deps.campaigns, access, workflow, journal);
    const registration = new NominationRegistrationService(
      deps.db,
      deps.directory,
      deps.campaigns,
      deps.catalogue,
      access,
      writer,
    );
    const escalation = new NominationEscalationService(
      deps.db,
      deps.directory,
      deps.campaigns,
      deps.catalogue,
      access,
      writer,
      journal,
    );
    const decisions = new DecisionService(deps.db, deps.directory, nominations, deps.rewards);
    instances.set(
      NominationResolver,
      new NominationResolver(nominations, registration, escalation, decisions),
    );
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
