import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Organization')
@Directive('@key(fields: "id")')
export class OrganizationRef {
  @Field(() => ID)
  id!: string;

  /** Organizations' field; reporting provides it (from its directory copy) where it says `@provides`. */
  @Field()
  @Directive('@external')
  name?: string;
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

@ObjectType({ description: 'Counts by current stage, and by nominee kind (everything not WITHDRAWN).' })
export class NominationTotals {
  @Field(() => Int) registered!: number;
  @Field(() => Int) proposed!: number;
  @Field(() => Int) underReview!: number;
  @Field(() => Int) councilApproved!: number;
  @Field(() => Int) councilRejected!: number;
  @Field(() => Int) recognized!: number;
  @Field(() => Int) escalated!: number;
  @Field(() => Int, { description: 'Recognitions revoked (SPEC 8).' }) revoked!: number;
  @Field(() => Int) collectives!: number;
  @Field(() => Int) individuals!: number;
}

@ObjectType()
export class DistinctionCount {
  @Field(() => DistinctionRef)
  distinction!: DistinctionRef;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class OrgReportRow {
  @Field(() => OrganizationRef)
  @Directive('@provides(fields: "name")')
  organization!: OrganizationRef;

  @Field(() => NominationTotals)
  totals!: NominationTotals;
}

@ObjectType({ description: "An organization's subtree over a campaign's whole cascade." })
export class OrgReport {
  @Field(() => OrganizationRef)
  @Directive('@provides(fields: "name")')
  organization!: OrganizationRef;

  @Field(() => CampaignRef)
  campaign!: CampaignRef;

  @Field(() => NominationTotals)
  totals!: NominationTotals;

  @Field(() => [DistinctionCount])
  byDistinction!: DistinctionCount[];

  @Field(() => [OrgReportRow], { description: 'One row per child organization, for drill-down.' })
  children!: OrgReportRow[];
}

@ObjectType({
  description: 'What one child organization submitted in a campaign, against its deadlines and quota.',
})
export class ComplianceRow {
  @Field(() => OrganizationRef)
  organization!: OrganizationRef;

  @Field(() => Int, { description: 'Nominations it registered (every one not withdrawn).' })
  registered!: number;

  @Field(() => Int, { description: 'Of those, proposed or further along.' })
  proposed!: number;

  @Field(() => Int, { nullable: true })
  quotaMin!: number | null;

  @Field(() => Int, { nullable: true })
  quotaMax!: number | null;

  @Field({
    description:
      'Registered by the registration deadline and proposed by the proposal deadline (once passed).',
  })
  onTime!: boolean;

  @Field({ description: 'Between its quota’s minimum and maximum (true without a quota).' })
  withinQuota!: boolean;
}
