import { isUniqueViolation } from '@laurel/db';
import type { ImportResult } from '@laurel/graphql';
import { foldVietnamese } from '@laurel/i18n';
import type { DataSource, EntityManager } from 'typeorm';
import { chunked } from './import.chunks';
import type { PlannedPerson } from './person-import.plan';

/**
 * Writes a checked people file in one transaction, with set-based statements (unnest): the new
 * people, then the changes of known ones (a blank leftAt keeps the one recorded). An account or
 * staff code taken meanwhile writes nothing and is reported on row 0.
 */
export async function writePeopleImport(
  db: DataSource,
  creates: PlannedPerson[],
  updates: PlannedPerson[],
): Promise<ImportResult> {
  const columns = (list: PlannedPerson[]) => [
    list.map((p) => p.id),
    list.map((p) => p.org.tenantId),
    list.map((p) => p.org.id),
    list.map((p) => p.org.path),
    list.map((p) => p.fullName),
    list.map((p) => foldVietnamese(p.fullName)),
    list.map((p) => p.party),
    list.map((p) => p.gov),
    list.map((p) => p.leadsId),
    list.map((p) => p.account),
    list.map((p) => p.staffCode),
    list.map((p) => p.leftAt),
  ];
  const unnest = `unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::ltree[], $5::text[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::text[], $11::text[], $12::timestamptz[])`;
  try {
    await db.transaction(async (m: EntityManager) => {
      await chunked(creates, (chunk) =>
        m.query(
          `INSERT INTO organizations.person (id, tenant_id, organization_id, org_path, full_name, full_name_folded, party_position, government_position, leads_id, account, staff_code, left_at)
           SELECT * FROM ${unnest}`,
          columns(chunk),
        ),
      );
      await chunked(updates, (chunk) =>
        m.query(
          `UPDATE organizations.person p
              SET tenant_id = u.t, organization_id = u.o, org_path = u.op, full_name = u.fn, full_name_folded = u.ff,
                  party_position = u.pp, government_position = u.gp, leads_id = u.l, account = u.a, staff_code = u.s,
                  left_at = COALESCE(u.la, p.left_at), updated_at = now()
             FROM ${unnest} AS u(id, t, o, op, fn, ff, pp, gp, l, a, s, la)
            WHERE p.id = u.id`,
          columns(chunk),
        ),
      );
    });
  } catch (error) {
    if (isUniqueViolation(error))
      return {
        created: 0,
        updated: 0,
        errors: [
          {
            row: 0,
            message: 'an account or staff code was taken meanwhile; nothing was written, try again',
          },
        ],
      };
    throw error;
  }
  return { created: creates.length, updated: updates.length, errors: [] };
}
