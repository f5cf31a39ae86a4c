import { ApiKeyEntity } from './api-key/api-key.entity';
import { EmulationGroupEntity, EmulationGroupMemberEntity } from './emulation-group/emulation-group.entity';
import { OrganizationChangeEntity } from './organization/organization-change.entity';
import { OrganizationEntity } from './organization/organization.entity';
import { PersonEntity } from './person/person.entity';
import { RoleGrantEntity } from './role-grant/role-grant.entity';

export const ENTITIES = [
  OrganizationEntity,
  OrganizationChangeEntity,
  PersonEntity,
  RoleGrantEntity,
  ApiKeyEntity,
  EmulationGroupEntity,
  EmulationGroupMemberEntity,
];
