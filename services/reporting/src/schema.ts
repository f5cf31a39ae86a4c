import type { PgPubSub } from '@laurel/events';
import { buildFederatedSchema } from '@laurel/graphql';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { SCHEMA } from './data-source';
import { referenceResolvers } from './references';
import { ComplianceResolver, OrganizationReportResolver, ReportResolver } from './report/report.resolver';
import { ServiceInfoResolver } from './service-info';
import { StatisticsResolver } from './statistics/statistics.resolver';

export const RESOLVERS = [
  ServiceInfoResolver,
  ReportResolver,
  ComplianceResolver,
  OrganizationReportResolver,
  StatisticsResolver,
] as const;

export async function buildReportingSchema(options: {
  db?: DataSource;
  pubSub?: PgPubSub;
}): Promise<GraphQLSchema> {
  const instances = new Map<Function, unknown>(
    options.db ? [[ServiceInfoResolver, new ServiceInfoResolver(options.db, SCHEMA)]] : [],
  );
  return buildFederatedSchema({
    resolvers: [...RESOLVERS],
    pubSub: options.pubSub,
    container: { get: (cls: Function) => instances.get(cls) ?? new (cls as new () => unknown)() },
    referenceResolvers,
  });
}
