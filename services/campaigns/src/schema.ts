import type { PgPubSub } from '@laurel/events';
import { buildFederatedSchema } from '@laurel/graphql';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { CampaignResolver, OrganizationCampaignsResolver } from './campaign/campaign.resolver';
import { CampaignLifecycleService } from './campaign/campaign-lifecycle.service';
import { CampaignService } from './campaign/campaign.service';
import { CampaignUpdateService } from './campaign/campaign-update.service';
import type { Directory } from './directory';
import { DistinctionResolver } from './distinction/distinction.resolver';
import { DistinctionService } from './distinction/distinction.service';
import { DistinctionRulesResolver } from './distinction/distinction-rules.resolver';
import { DistinctionRulesService } from './distinction/distinction-rules.service';
import { NO_ORGANIZATIONS, type OrganizationLookup } from './organization-lookup';
import { referenceResolvers } from './references';

export const RESOLVERS = [
  DistinctionResolver,
  DistinctionRulesResolver,
  CampaignResolver,
  OrganizationCampaignsResolver,
] as const;

export async function buildCampaignsSchema(options: {
  db?: DataSource;
  directory?: Directory;
  pubSub?: PgPubSub;
  /** The organization directory (id → path, kind); none is known by default. */
  resolveOrganization?: OrganizationLookup;
}): Promise<GraphQLSchema> {
  const { db, directory } = options;
  const resolveOrganization =
    options.resolveOrganization ??
    (directory ? (id: string) => directory.organization(id) : NO_ORGANIZATIONS);
  const instances = new Map<Function, unknown>();
  if (db) {
    const catalogue = new DistinctionService(db);
    instances.set(DistinctionResolver, new DistinctionResolver(catalogue));
    instances.set(
      DistinctionRulesResolver,
      new DistinctionRulesResolver(new DistinctionRulesService(db), resolveOrganization),
    );
    if (directory)
      instances.set(
        CampaignResolver,
        new CampaignResolver(
          new CampaignService(db, directory),
          new CampaignUpdateService(db, directory),
          new CampaignLifecycleService(db, directory),
          catalogue,
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
