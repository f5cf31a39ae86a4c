import { Field, Int, ObjectType } from 'type-graphql';
import { DistinctionRef, OrganizationRef } from '../../report/dto/report.output';

@ObjectType({ description: 'Campaigns by kind.' })
export class CampaignKindCounts {
  @Field(() => Int) annual!: number;
  @Field(() => Int) thematic!: number;
  @Field(() => Int) phase!: number;
  @Field(() => Int) total!: number;
}

@ObjectType({
  description:
    'Emulation movements (campaigns) launched in the year: opened ones, drafts excluded, by who launched them.',
})
export class LaunchedCampaigns {
  @Field(() => CampaignKindCounts, {
    description: 'By the organization itself (and organizations merged into it).',
  })
  own!: CampaignKindCounts;

  @Field(() => CampaignKindCounts, { description: 'By organizations of its subtree.' })
  below!: CampaignKindCounts;

  @Field(() => CampaignKindCounts, {
    description: 'By its ancestors, applying to it (their whole scope, or an emulation group it sits in).',
  })
  above!: CampaignKindCounts;
}

@ObjectType()
export class TargetCounts {
  @Field(() => Int) collectives!: number;
  @Field(() => Int) individuals!: number;
}

@ObjectType({ description: "One distinction's figures over the subtree, in the year's campaigns." })
export class YearlyDistinctionFigures {
  @Field(() => DistinctionRef)
  distinction!: DistinctionRef;

  @Field(() => TargetCounts, { description: 'Registered: every nomination not withdrawn.' })
  registered!: TargetCounts;

  @Field(() => TargetCounts, {
    description: 'Proposed with a dossier, or further along (under review, decided, recognized, escalated).',
  })
  proposed!: TargetCounts;

  @Field(() => TargetCounts, {
    description:
      'Recognized: the decision is issued (RECOGNIZED, or ESCALATED, which only a recognized nomination can be).',
  })
  recognized!: TargetCounts;
}

@ObjectType({
  description:
    "An organization's yearly statistics of emulation and commendation (its subtree, merged predecessors " +
    'included): the movements launched in the year and the figures of the campaigns whose emulation year ' +
    "ends in it (a multi-year PHASE counts in its last year), from reporting's rollups.",
})
export class YearlyStatistics {
  @Field(() => OrganizationRef)
  organization!: OrganizationRef;

  @Field(() => Int)
  year!: number;

  @Field(() => LaunchedCampaigns)
  campaigns!: LaunchedCampaigns;

  @Field(() => [YearlyDistinctionFigures], {
    description: 'Distinctions with at least one figure, by code.',
  })
  distinctions!: YearlyDistinctionFigures[];
}
