import type { PgPubSub } from '@laurel/events';
import { buildFederatedSchema } from '@laurel/graphql';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { CampaignResolver, OrganizationCampaignsResolver } from './campaign/campaign.resolver';
import { CampaignService } from './campaign/campaign.service';
import type { Directory } from './directory';
import { DistinctionResolver } from './distinction/distinction.resolver';
import { DistinctionService } from './distinction/distinction.service';
import { referenceResolvers } from './references';

export const RESOLVERS = [DistinctionResolver, CampaignResolver, OrganizationCampaignsResolver] as const;

export async function buildCampaignsSchema(options: {
  db?: DataSource;
  directory?: Directory;
  pubSub?: PgPubSub;
}): Promise<GraphQLSchema> {
  const instances = new Map<Function, unknown>();
  if (options.db && options.directory) {
    const catalogue = new DistinctionService(options.db);
    instances.set(DistinctionResolver, new DistinctionResolver(catalogue));
    instances.set(
      CampaignResolver,
      new CampaignResolver(new CampaignService(options.db, options.directory), catalogue),
    );
  }
  return buildFederatedSchema({
    resolvers: [...RESOLVERS],
    pubSub: options.pubSub,
    container: { get: (cls: Function) => instances.get(cls) ?? new (cls as new () => unknown)() },
    referenceResolvers,
  });
}
