import { createUnionType, Directive, Field, ID, ObjectType } from 'type-graphql';

/** The organizations subgraph's entity; this subgraph contributes `exemplars` and `initiatives`. */
@ObjectType('Organization')
@Directive('@key(fields: "id")')
export class OrganizationRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Person')
@Directive('@key(fields: "id", resolvable: false)')
export class PersonRef {
  @Field(() => ID)
  id!: string;
}

/** The nominations subgraph's entity; this subgraph contributes `exemplar` (the showcase's link to adopt). */
@ObjectType('Nomination')
@Directive('@key(fields: "id")')
export class NominationRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Distinction')
@Directive('@key(fields: "code", resolvable: false)')
export class DistinctionRef {
  @Field()
  code!: string;
}

export const Nominee = createUnionType({
  name: 'Nominee',
  types: () => [OrganizationRef, PersonRef] as const,
  resolveType: (value) =>
    (value as { __typename?: string }).__typename === 'Person' ? PersonRef : OrganizationRef,
});
