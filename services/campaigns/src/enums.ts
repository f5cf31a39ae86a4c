import { registerEnumType } from 'type-graphql';

/** Same values and name as the organizations subgraph's enum (composition merges them). */
export enum OrgKind {
  NATION = 'NATION',
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  AGENCY = 'AGENCY',
  INSTITUTION = 'INSTITUTION',
  UNIT = 'UNIT',
  MASS_ORGANIZATION = 'MASS_ORGANIZATION',
}

export enum Target {
  INDIVIDUAL = 'INDIVIDUAL',
  COLLECTIVE = 'COLLECTIVE',
}

registerEnumType(OrgKind, { name: 'OrgKind' });
registerEnumType(Target, { name: 'Target' });

export enum CampaignKind {
  ANNUAL = 'ANNUAL',
  THEMATIC = 'THEMATIC',
  /** A multi-year plan (e.g. 2021–2025) with a preliminary and a final review. */
  PHASE = 'PHASE',
}

export enum CampaignStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  ARCHIVED = 'ARCHIVED',
}

export enum CriterionTarget {
  INDIVIDUAL = 'INDIVIDUAL',
  COLLECTIVE = 'COLLECTIVE',
  LEADER = 'LEADER',
}

/** Education runs by school year (September to August), other sectors by calendar year. */
export enum CampaignCalendar {
  SCHOOL_YEAR = 'SCHOOL_YEAR',
  CALENDAR_YEAR = 'CALENDAR_YEAR',
}

export enum CampaignStage {
  REGISTRATION = 'REGISTRATION',
  PROPOSAL = 'PROPOSAL',
  ESCALATION = 'ESCALATION',
}

export enum ReviewKind {
  /** Sơ kết. */
  PRELIMINARY = 'PRELIMINARY',
  /** Tổng kết. */
  FINAL = 'FINAL',
}

registerEnumType(CampaignKind, { name: 'CampaignKind' });
registerEnumType(CampaignStatus, { name: 'CampaignStatus' });
registerEnumType(CriterionTarget, { name: 'CriterionTarget' });
registerEnumType(CampaignCalendar, {
  name: 'CampaignCalendar',
  description: 'Which year a campaign counts in: the school year (năm học) or the calendar year.',
});
registerEnumType(CampaignStage, { name: 'CampaignStage' });
registerEnumType(ReviewKind, { name: 'ReviewKind' });
