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
