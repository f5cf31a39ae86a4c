import type { DataSource } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { PersonEntity } from '../person/person.entity';
import { CHUNK } from './import.chunks';

/** People a file may name again, keyed `tenantId/staffCode` and `tenantId/account`. */
export interface KnownPeople {
  byStaff: Map<string, PersonEntity>;
  byAccount: Map<string, PersonEntity>;
}

/** The organizations a file names, by code, with the parents of those that exist. */
export async function organizationsByCode(
  db: DataSource,
  codes: string[],
): Promise<Map<string, OrganizationEntity>> {
  const found = new Map<string, OrganizationEntity>();
  for (let i = 0; i < codes.length; i += CHUNK) {
    const rows = await db
      .getRepository(OrganizationEntity)
      .createQueryBuilder('o')
      .where('o.code = ANY(:codes)', { codes: codes.slice(i, i + CHUNK) })
      .getMany();
    for (const r of rows) found.set(r.code, r);
  }
  // Parents of existing rows, so that "same parent" can be checked by code.
  const parentIds = [...found.values()]
    .map((o) => o.parentId)
    .filter((id): id is string => id !== null && ![...found.values()].some((f) => f.id === id));
  if (parentIds.length > 0) {
    const parents = await db
      .getRepository(OrganizationEntity)
      .createQueryBuilder('o')
      .where('o.id = ANY(:ids)', { ids: parentIds })
      .getMany();
    for (const p of parents) if (!found.has(p.code)) found.set(p.code, p);
  }
  return found;
}

export async function peopleByKeys(
  db: DataSource,
  staffCodes: string[],
  accounts: string[],
): Promise<KnownPeople> {
  const byStaff = new Map<string, PersonEntity>();
  const byAccount = new Map<string, PersonEntity>();
  if (staffCodes.length + accounts.length > 0) {
    const rows = await db
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .where('p.staff_code = ANY(:staff) OR p.account = ANY(:accounts)', { staff: staffCodes, accounts })
      .getMany();
    for (const p of rows) {
      if (p.staffCode) byStaff.set(`${p.tenantId}/${p.staffCode}`, p);
      if (p.account) byAccount.set(`${p.tenantId}/${p.account}`, p);
    }
  }
  return { byStaff, byAccount };
}
