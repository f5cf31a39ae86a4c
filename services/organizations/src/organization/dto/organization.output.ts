import { connectionType } from '@laurel/graphql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { OrganizationChangeKind, OrganizationChangeStatus, OrgKind } from '../../enums';
import type { OrganizationChangeEntity } from '../organization-change.entity';
import type { OrganizationEntity } from '../organization.entity';

@ObjectType({
  description:
    'A node of the tree: nation, province, district, commune, agency, institution, unit or mass organization.',
})
@Directive('@key(fields: "id")')
export class Organization {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The official code, unique, used by imports and exports.' })
  code!: string;

  // Shareable: reporting provides it from its copy of the directory on report rows, so that a
  // dashboard's drill-down does not cost a second subgraph fetch.
  @Field()
  @Directive('@shareable')
  name!: string;

  @Field(() => OrgKind)
  kind!: OrgKind;

  @Field(() => Date, { nullable: true, description: 'When the organization was merged into another.' })
  dissolvedAt!: Date | null;

  // Not exposed directly; resolved into objects by field resolvers.
  parentId!: string | null;
  path!: string;
  tenantId!: string;
  mergedIntoId!: string | null;
}

export function toOrganization(e: OrganizationEntity): Organization {
  return {
    id: e.id,
    code: e.code,
    name: e.name,
    kind: e.kind as OrgKind,
    dissolvedAt: e.dissolvedAt,
    parentId: e.parentId,
    path: e.path,
    tenantId: e.tenantId,
    mergedIntoId: e.mergedIntoId,
  };
}

export const OrganizationConnection = connectionType(Organization, 'Organization');
export type OrganizationConnection = InstanceType<typeof OrganizationConnection>;

@ObjectType({ description: 'One effective-dated change of the tree.' })
export class OrganizationChange {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganizationChangeKind)
  kind!: OrganizationChangeKind;

  @Field(() => OrganizationChangeStatus)
  status!: OrganizationChangeStatus;

  @Field()
  effectiveFrom!: Date;

  @Field(() => Date, { nullable: true })
  appliedAt!: Date | null;

  @Field()
  recordedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      "The subject who recorded it; null for a caller who may not read the organization's role grants " +
      '(who holds a role is not directory knowledge).',
  })
  recordedBy!: string | null;

  organizationId!: string;
  fromParentId!: string | null;
  toParentId!: string | null;
  relatedOrganizationId!: string | null;
}

export function toOrganizationChange(e: OrganizationChangeEntity): OrganizationChange {
  return {
    id: e.id,
    kind: e.kind as OrganizationChangeKind,
    status: e.status as OrganizationChangeStatus,
    effectiveFrom: e.effectiveFrom,
    appliedAt: e.appliedAt,
    recordedAt: e.recordedAt,
    recordedBy: e.recordedBy,
    organizationId: e.organizationId,
    fromParentId: e.fromParentId,
    toParentId: e.toParentId,
    relatedOrganizationId: e.relatedOrganizationId,
  };
}

@ObjectType({ description: 'Pushed when an organization of a subtree is created, moved, merged or renamed.' })
export class OrganizationEvent {
  @Field(() => OrganizationChangeKind)
  kind!: OrganizationChangeKind;

  @Field(() => Organization)
  organization!: Organization;

  @Field()
  at!: Date;
}
