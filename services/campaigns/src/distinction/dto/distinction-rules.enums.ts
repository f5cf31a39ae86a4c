import { registerEnumType } from 'type-graphql';

// Same values as the `*_KINDS`/`*_BASES` lists of distinction-rule.types.ts (the entity's checks).

export enum DistinctionKind {
  TITLE = 'TITLE',
  AWARD = 'AWARD',
  RECOGNITION = 'RECOGNITION',
  INITIATIVE = 'INITIATIVE',
}

/** Contract name (docs/API.md §3): the voting subgraph uses the same enum for its sessions. */
export enum VoteBase {
  TOTAL_MEMBERS = 'TOTAL_MEMBERS',
  BALLOTS_CAST = 'BALLOTS_CAST',
}

export enum VoteComparison {
  AT_LEAST = 'AT_LEAST',
  MORE_THAN = 'MORE_THAN',
}

export enum RequirementKind {
  DISTINCTION = 'DISTINCTION',
  INITIATIVE = 'INITIATIVE',
  RATING_OUTSTANDING = 'RATING_OUTSTANDING',
  RESEARCH_APPLIED = 'RESEARCH_APPLIED',
  MEMBERS_ALL_COMPLETED = 'MEMBERS_ALL_COMPLETED',
  MEMBERS_SHARE = 'MEMBERS_SHARE',
  MEMBERS_AT_LEAST = 'MEMBERS_AT_LEAST',
}

export enum InitiativeReach {
  INSTITUTION = 'INSTITUTION',
  PROVINCE = 'PROVINCE',
  NATION = 'NATION',
}

export enum ExclusionKind {
  RECRUITED_WITHIN = 'RECRUITED_WITHIN',
  DISCIPLINARY_REVIEW = 'DISCIPLINARY_REVIEW',
}

registerEnumType(DistinctionKind, {
  name: 'DistinctionKind',
  description:
    'TITLE: danh hiệu thi đua; AWARD: hình thức khen thưởng; RECOGNITION: điển hình, mô hình; INITIATIVE: sáng kiến.',
});
registerEnumType(VoteBase, { name: 'VoteBase' });
registerEnumType(VoteComparison, { name: 'VoteComparison' });
registerEnumType(RequirementKind, { name: 'RequirementKind' });
registerEnumType(InitiativeReach, { name: 'InitiativeReach' });
registerEnumType(ExclusionKind, { name: 'ExclusionKind' });
