import { Directive, Field, ObjectType } from 'type-graphql';

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
