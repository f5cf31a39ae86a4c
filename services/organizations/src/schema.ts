import type { PgPubSub } from '@laurel/events';
import { buildFederatedSchema } from '@laurel/graphql';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { ApiKeyResolver } from './api-key/api-key.resolver';
import { EmulationGroupResolver } from './emulation-group/emulation-group.resolver';
import { ViewerResolver } from './identity/viewer.resolver';
import { ImportResolver } from './import/import.resolver';
import { ImportService } from './import/import.service';
import { OrganizationQueries } from './organization/organization.queries';
import { OrganizationChangeResolver, OrganizationResolver } from './organization/organization.resolver';
import { OrganizationService } from './organization/organization.service';
import { PersonResolver } from './person/person.resolver';
import { PersonService } from './person/person.service';
import { referenceResolvers } from './references';
import { RoleGrantResolver } from './role-grant/role-grant.resolver';

export const RESOLVERS = [
  ViewerResolver,
  OrganizationResolver,
  OrganizationChangeResolver,
  PersonResolver,
  EmulationGroupResolver,
  RoleGrantResolver,
  ApiKeyResolver,
  ImportResolver,
] as const;

/** Services are built once per process and handed to resolvers through a tiny container. */
export function buildServices(db: DataSource) {
  const organizations = new OrganizationService(db);
  return {
    organizations,
    queries: new OrganizationQueries(db),
    people: new PersonService(db),
    imports: new ImportService(db),
  };
}
export type Services = ReturnType<typeof buildServices>;

export async function buildOrganizationsSchema(options: {
  db?: DataSource;
  pubSub?: PgPubSub;
}): Promise<GraphQLSchema> {
  const services = options.db ? buildServices(options.db) : undefined;
  const instances = new Map<Function, unknown>(
    services
      ? [
          [OrganizationResolver, new OrganizationResolver(services.organizations, services.queries)],
          [PersonResolver, new PersonResolver(services.people)],
          [ImportResolver, new ImportResolver(services.imports)],
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
