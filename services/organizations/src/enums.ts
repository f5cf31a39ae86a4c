import { enumOf } from '@laurel/contracts';
import { registerEnumType } from 'type-graphql';
import { CHANGE_KINDS, type ChangeKindValue } from './organization/organization-change.entity';

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
export enum RoleEnum {
  ORG_ADMIN = 'ORG_ADMIN',
  UNIT_LEAD = 'UNIT_LEAD',
  VIEWER = 'VIEWER',
}
export enum GroupKind {
  BLOCK = 'BLOCK',
  CLUSTER = 'CLUSTER',
}
export enum ImportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
/** The kinds of `CHANGE_KINDS` (the entity's list). */
export const OrganizationChangeKind = enumOf(CHANGE_KINDS);
export type OrganizationChangeKind = ChangeKindValue;
export enum OrganizationChangeStatus {
  SCHEDULED = 'SCHEDULED',
  APPLIED = 'APPLIED',
  /** Scheduled, but the tree had changed by its date so that it no longer applied. */
  CANCELLED = 'CANCELLED',
}

registerEnumType(OrgKind, { name: 'OrgKind' });
registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(GroupKind, { name: 'GroupKind' });
registerEnumType(ImportFormat, { name: 'ImportFormat' });
registerEnumType(OrganizationChangeKind, { name: 'OrganizationChangeKind' });
registerEnumType(OrganizationChangeStatus, { name: 'OrganizationChangeStatus' });
