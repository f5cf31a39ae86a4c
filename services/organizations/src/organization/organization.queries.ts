import { accessibleSql, type AppAbility } from '@laurel/auth';
import { keysetPage } from '@laurel/db';
import { clampFirst, decodeCursor } from '@laurel/graphql';
import { foldVietnamese } from '@laurel/i18n';
import type { DataSource } from 'typeorm';
import { PersonEntity } from '../person/person.entity';
import { OrganizationEntity, type OrgKindValue } from './organization.entity';

const VI = 'COLLATE "organizations"."vi"';

export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

export function idFromLabel(label: string): string {
  return `${label.slice(0, 8)}-${label.slice(8, 12)}-${label.slice(12, 16)}-${label.slice(16, 20)}-${label.slice(20)}`;
}

/** Ids of the ancestors of a path, root first, without the organization itself. */
export function ancestorIds(path: string): string[] {
  return path.split('.').slice(0, -1).map(idFromLabel);
}

/** Lists of the directory and of people, in Vietnamese order, paginated by keyset. */
export class OrganizationQueries {
  constructor(private readonly db: DataSource) {}

  async organizations(
    filter: {
      parentId?: string;
      search?: string;
      kind?: OrgKindValue;
      includeDissolved?: boolean;
      within?: string;
    },
    page: PageRequest,
  ) {
    const qb = this.db.getRepository(OrganizationEntity).createQueryBuilder('o');
    if (filter.parentId) qb.andWhere('o.parent_id = :parentId', { parentId: filter.parentId });
    if (filter.within) qb.andWhere('o.path <@ CAST(:within AS ltree)', { within: filter.within });
    if (filter.kind) qb.andWhere('o.kind = :kind', { kind: filter.kind });
    if (!filter.includeDissolved) qb.andWhere('o.dissolved_at IS NULL');
    if (filter.search) {
      qb.andWhere('(o.name_folded LIKE :search OR o.code ILIKE :code)', {
        search: `%${escapeLike(foldVietnamese(filter.search))}%`,
        code: `${escapeLike(filter.search.trim())}%`,
      });
    }
    const result = await keysetPage(qb, {
      order: [
        { expr: `o.name ${VI}`, key: (o) => o.name },
        { expr: 'o.id', key: (o) => o.id },
      ],
      first: clampFirst(page.first),
      after: decodeCursor(page.after, ['string', 'uuid']),
    });
    return result;
  }

  async people(
    ability: AppAbility,
    filter: { organizationId?: string; within?: string; search?: string },
    page: PageRequest,
  ) {
    const visible = accessibleSql(ability, 'read', 'Person', { orgPath: 'p.org_path', id: 'p.id' });
    const qb = this.db.getRepository(PersonEntity).createQueryBuilder('p').where(visible.sql, visible.params);
    if (filter.organizationId) qb.andWhere('p.organization_id = :orgId', { orgId: filter.organizationId });
    if (filter.within) qb.andWhere('p.org_path <@ CAST(:within AS ltree)', { within: filter.within });
    if (filter.search) {
      qb.andWhere('p.full_name_folded LIKE :search', {
        search: `%${escapeLike(foldVietnamese(filter.search))}%`,
      });
    }
    const result = await keysetPage(qb, {
      order: [
        { expr: `p.full_name ${VI}`, key: (p) => p.fullName },
        { expr: 'p.id', key: (p) => p.id },
      ],
      first: clampFirst(page.first),
      after: decodeCursor(page.after, ['string', 'uuid']),
    });
    return result;
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
