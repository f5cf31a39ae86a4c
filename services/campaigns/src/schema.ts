import type { PgPubSub } from '@laurel/events';
import { buildFederatedSchema } from '@laurel/graphql';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { DistinctionResolver } from './distinction/distinction.resolver';
import { DistinctionService } from './distinction/distinction.service';
import { DistinctionRulesResolver } from './distinction/distinction-rules.resolver';
import { DistinctionRulesService } from './distinction/distinction-rules.service';
import { NO_ORGANIZATIONS, type OrganizationLookup } from './organization-lookup';
import { referenceResolvers } from './references';

export const RESOLVERS = [DistinctionResolver, DistinctionRulesResolver] as const;

export async function buildCampaignsSchema(options: {
  db?: DataSource;
  pubSub?: PgPubSub;
  /** The organization directory (id → path, kind); none is known by default. */
  resolveOrganization?: OrganizationLookup;
}): Promise<GraphQLSchema> {
  const { db } = options;
  const resolveOrganization = options.resolveOrganization ?? NO_ORGANIZATIONS;
  const instances = new Map<Function, unknown>(
    db
      ? [
          [DistinctionResolver, new DistinctionResolver(new DistinctionService(db))],
          [
            DistinctionRulesResolver,
            new DistinctionRulesResolver(new DistinctionRulesService(db), resolveOrganization),
          ],
        ]
      : [],
  );
  return buildFederatedSchema({
    resolvers: [...RESOLVERS],
    pubSub: options.pubSub,
    container: { get: (cls: Function) => instances.get(cls) ?? new (cls as new () => unknown)() },
    referenceResolvers,
  });
}
