import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The organizations subgraph's entity; this subgraph contributes `nominations` and `distinctions`. */
@ObjectType('Organization')
@Directive('@key(fields: "id")')
export class OrganizationRef {
  @Field(() => ID)
  id!: string;
}

/** The organizations subgraph's entity; this subgraph contributes `distinctions`. */
@ObjectType('Person')
@Directive('@key(fields: "id")')
export class PersonRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Campaign')
@Directive('@key(fields: "id", resolvable: false)')
export class CampaignRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Distinction')
@Directive('@key(fields: "code", resolvable: false)')
export class DistinctionRef {
  @Field()
  code!: string;
}
