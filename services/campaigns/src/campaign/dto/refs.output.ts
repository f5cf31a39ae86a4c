import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The organizations subgraph's entity; this subgraph contributes `campaigns` to it. */
@ObjectType('Organization')
@Directive('@key(fields: "id")')
export class OrganizationRef {
  @Field(() => ID)
  id!: string;
}

/** Owned by the organizations subgraph. */
@ObjectType('EmulationGroup')
@Directive('@key(fields: "id", resolvable: false)')
export class EmulationGroupRef {
  @Field(() => ID)
  id!: string;
}
