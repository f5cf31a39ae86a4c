import { accessibleSql, type AppAbility } from '@laurel/auth';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { EmulationGroupEntity } from './emulation-group/emulation-group.entity';
import { isId } from './ids';
import { OrganizationEntity } from './organization/organization.entity';
import { PersonEntity } from './person/person.entity';

export interface Loaders {
  /** The public directory: no authorization beyond being authenticated. */
  organization: DataLoader<string, OrganizationEntity | null>;
  /** People the caller may read; others come back null, as if they did not exist. */
  person: DataLoader<string, PersonEntity | null>;
  /** Groups the caller may read (the owner's subtree). */
  emulationGroup: DataLoader<string, EmulationGroupEntity | null>;
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/** One set per request (per event for subscriptions, where `cache` is false). */
export function createLoaders(db: DataSource, ability: AppAbility, options: { cache: boolean }): Loaders {
  return {
    organization: new DataLoader(
      async (ids) => {
        const valid = ids.filter(isId);
        if (valid.length === 0) return ids.map(() => null);
        const rows = await db
          .getRepository(OrganizationEntity)
          .createQueryBuilder('o')
          .where('o.id IN (:...ids)', { ids: valid })
          .getMany();
        return byId(ids, rows);
      },
      { cache: options.cache },
    ),
    person: new DataLoader(
      async (ids) => {
        const valid = ids.filter(isId);
        if (valid.length === 0) return ids.map(() => null);
        const visible = accessibleSql(ability, 'read', 'Person', { orgPath: 'p.org_path', id: 'p.id' });
        const rows = await db
          .getRepository(PersonEntity)
          .createQueryBuilder('p')
          .where('p.id IN (:...ids)', { ids: valid })
          .andWhere(visible.sql, visible.params)
          .getMany();
        return byId(ids, rows);
      },
      { cache: options.cache },
    ),
    emulationGroup: new DataLoader(
      async (ids) => {
        const valid = ids.filter(isId);
        if (valid.length === 0) return ids.map(() => null);
        const visible = accessibleSql(ability, 'read', 'EmulationGroup', { orgPath: 'g.owner_path' });
        const rows = await db
          .getRepository(EmulationGroupEntity)
          .createQueryBuilder('g')
          .where('g.id IN (:...ids)', { ids: valid })
          .andWhere(visible.sql, visible.params)
          .getMany();
        return byId(ids, rows);
      },
      { cache: options.cache },
    ),
  };
}
