import { assertAuthenticated, type RequestContext } from '@laurel/graphql';
import { Ctx, Directive, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';

@ObjectType({ description: 'Operational facts about one subgraph.' })
@Directive('@shareable')
export class ServiceInfo {
  @Field()
  service!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The name of the last migration applied to its schema.',
  })
  schemaVersion!: string | null;
}

/** The last migration applied, from TypeORM's table in the service's schema. */
export async function schemaVersion(db: DataSource, schema: string): Promise<string | null> {
  const rows: { name: string }[] = await db.query(
    `SELECT name FROM "${schema}"."migrations" ORDER BY id DESC LIMIT 1`,
  );
  return rows[0]?.name ?? null;
}

export interface ServiceInfoResolverClass {
  new (db: DataSource, schema: string): object;
}

/**
 * The resolver of `<service>Info` (which subgraph answers and the schema version it runs on),
 * the same in every service; build it with `new ServiceInfoResolver(db, SCHEMA)`.
 */
export function createServiceInfoResolver(service: string): ServiceInfoResolverClass {
  @Resolver(() => ServiceInfo)
  class ServiceInfoResolver {
    constructor(
      private readonly db: DataSource,
      private readonly schema: string,
    ) {}

    @Query(() => ServiceInfo, {
      name: `${service}Info`,
      description: 'Which subgraph answers and the schema version it runs on.',
    })
    async info(@Ctx() ctx: RequestContext): Promise<ServiceInfo> {
      assertAuthenticated(ctx);
      return { service, schemaVersion: await schemaVersion(this.db, this.schema) };
    }
  }
  return ServiceInfoResolver;
}
