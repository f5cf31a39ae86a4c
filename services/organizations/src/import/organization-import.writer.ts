import { randomUUID } from 'node:crypto';
import { isUniqueViolation } from '@laurel/db';
import type { ImportResult } from '@laurel/graphql';
import { foldVietnamese } from '@laurel/i18n';
import type { DataSource } from 'typeorm';
import type { Context } from '../context';
import { ORGANIZATION_EVENTS } from '../organization/organization.events';
import { chunked } from './import.chunks';
import type { PlacedOrganization, PlannedOrganization } from './organization-import.plan';

/**
 * Writes a checked organizations file in one transaction, with set-based statements (unnest):
 * the new organizations (parents first) and their CREATED history as one batch, then the renames.
 * A code taken meanwhile by another import writes nothing and is reported on row 0.
 */
export async function writeOrganizationImport(
  db: DataSource,
  ctx: Context,
  creates: PlacedOrganization[],
  updates: PlannedOrganization[],
): Promise<ImportResult> {
  try {
    await db.transaction(async (m) => {
      await chunked(creates, (chunk) =>
        m.query(
          `INSERT INTO organizations.organization (id, code, name, name_folded, kind, parent_id, path, tenant_id)
           SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::ltree[], $8::uuid[])`,
          [
            chunk.map((c) => c.id),
            chunk.map((c) => c.code),
            chunk.map((c) => c.name),
            chunk.map((c) => foldVietnamese(c.name)),
            chunk.map((c) => c.kind),
            chunk.map((c) => c.parentId),
            chunk.map((c) => c.path),
            chunk.map((c) => c.tenantId),
          ],
        ),
      );
      await chunked(creates, (chunk) =>
        m.query(
          `INSERT INTO organizations.organization_change (id, tenant_id, organization_id, kind, status, to_parent_id, batch_id, effective_from, applied_at, recorded_by)
           SELECT gen_random_uuid(), t, o, 'CREATED', 'APPLIED', p, $4, now(), now(), $5 FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS u(t, o, p)`,
          [
            chunk.map((c) => c.tenantId),
            chunk.map((c) => c.id),
            chunk.map((c) => c.parentId),
            randomUUID(),
            actor(ctx),
          ],
        ),
      );
      await chunked(updates, (chunk) =>
        m.query(
          `UPDATE organizations.organization o SET name = u.name, name_folded = u.folded, updated_at = now()
             FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, name, folded)
            WHERE o.id = u.id AND o.name IS DISTINCT FROM u.name`,
          [chunk.map((c) => c.id), chunk.map((c) => c.name), chunk.map((c) => foldVietnamese(c.name))],
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
            message: 'another import created some of these codes meanwhile; nothing was written, try again',
          },
        ],
      };
    throw error;
  }
  if (creates.length > 0) {
    await ctx.pubSub
      .publishNow(ORGANIZATION_EVENTS, {
        kind: 'CREATED',
        organizationId: creates[0]!.id,
        paths: creates.slice(0, 50).map((c) => c.path),
        at: new Date().toISOString(),
      })
      .catch(() => undefined);
  }
  return { created: creates.length, updated: updates.length, errors: [] };
}

function actor(ctx: Context): string {
  return ctx.identity.subject ?? 'unknown';
}
