import { enableRowLevelSecurity } from '@laurel/db';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The second wall: see libs/db/src/row-level-security.ts and SECURITY.md. */
export class RowLevelSecurity1764400000000 implements MigrationInterface {
  name = 'RowLevelSecurity1764400000000';

  async up(q: QueryRunner): Promise<void> {
    // A global unique account told one tenant that another had linked it: unique per tenant.
    await q.query(`DROP INDEX IF EXISTS "organizations"."person_account_key"`);
    await q.query(
      `CREATE UNIQUE INDEX "person_tenant_account_key" ON "organizations"."person" ("tenant_id", "account")`,
    );
    await enableRowLevelSecurity(q, {
      schema: 'organizations',
      role: 'laurel_organizations',
      organizations: '"organizations"."organization"',
      tables: {
        person: 'visible(organization_id)',
        role_grant: 'visible(organization_id)',
        api_key: 'visible(organization_id)',
        emulation_group: 'visible(owner_id)',
        emulation_group_member: 'within(emulation_group, group_id)',
        organization_change: 'visible(organization_id)',
      },
      // Statement triggers append here in every identity-changing transaction.
      appendOnly: ['identity_change'],
      shared: { organization: 'the public organization directory (SPEC 2); the policies read it' },
    });
  }

  async down(): Promise<void> {
    // Policies and grants stay: removing the second wall is not a migration's job.
  }
}
