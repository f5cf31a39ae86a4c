import { enableRowLevelSecurity } from '@laurel/db';
import { directoryRowSecurity } from '@laurel/directory';
import type { MigrationInterface, QueryRunner } from 'typeorm';

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
        nomination_transition: 'within(nomination, nomination_id)',
        nomination_reviewer: 'within(nomination, nomination_id)',
        outbox_event: 'within(nomination, nomination_id)',
        distinction_record: `visible(coalesce(distinction_record.organization_id,
          (SELECT p.organization_id FROM "nominations"."directory_person" p WHERE p.id = distinction_record.person_id)))`,
        campaign_ref: 'visible(organization_id)',
        campaign_quota: 'within(campaign_ref, campaign_id)',
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
