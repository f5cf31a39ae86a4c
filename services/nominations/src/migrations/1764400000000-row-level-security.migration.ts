import { enableRowLevelSecurity } from '@laurel/db';
import { directoryRowSecurity } from '@laurel/directory';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const OF_NOMINATION = (table: string) =>
  `EXISTS (SELECT 1 FROM "nominations"."nomination" n WHERE n.id = ${table}.nomination_id)`;

/** The second wall: see libs/db/src/row-level-security.ts and SECURITY.md. */
export class RowLevelSecurity1764400000000 implements MigrationInterface {
  name = 'RowLevelSecurity1764400000000';

  async up(q: QueryRunner): Promise<void> {
    const directory = directoryRowSecurity('nominations');
    await enableRowLevelSecurity(q, {
      schema: 'nominations',
      role: 'laurel_nominations',
      organizations: directory.organizations,
      tables: {
        ...directory.tables,
        nomination: 'visible(submitting_organization_id)',
        nomination_transition: OF_NOMINATION('nomination_transition'),
        nomination_reviewer: OF_NOMINATION('nomination_reviewer'),
        outbox_event: OF_NOMINATION('outbox_event'),
        distinction_record: `visible(coalesce(distinction_record.organization_id,
          (SELECT p.organization_id FROM "nominations"."directory_person" p WHERE p.id = distinction_record.person_id)))`,
        campaign_ref: 'visible(organization_id)',
        campaign_quota:
          'EXISTS (SELECT 1 FROM "nominations"."campaign_ref" r WHERE r.id = campaign_quota.campaign_id)',
      },
      // The public showcase (SPEC 3, exemplars) reads what an organization published.
      publicReads: { nomination: 'published' },
      serviceOnly: [...directory.serviceOnly, 'processed_event'],
      shared: directory.shared,
    });
  }

  async down(): Promise<void> {
    // Policies and grants stay: removing the second wall is not a migration's job.
  }
}
