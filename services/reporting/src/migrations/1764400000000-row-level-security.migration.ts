import { enableRowLevelSecurity } from '@laurel/db';
import { directoryRowSecurity } from '@laurel/directory';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The second wall: see libs/db/src/row-level-security.ts and SECURITY.md. */
export class RowLevelSecurity1764400000000 implements MigrationInterface {
  name = 'RowLevelSecurity1764400000000';

  async up(q: QueryRunner): Promise<void> {
    const directory = directoryRowSecurity('reporting');
    await enableRowLevelSecurity(q, {
      schema: 'reporting',
      role: 'laurel_reporting',
      organizations: directory.organizations,
      tables: {
        ...directory.tables,
        nomination_state: 'visible(organization_id)',
        nomination_count: 'visible(organization_id)',
        subtree_count: 'visible(organization_id)',
        count_delta: 'visible(organization_id)',
        folded_path: 'visible(organization_id)',
        campaign_ref: 'visible(organization_id)',
        cascade_total: 'visible(organization_id)',
      },
      serviceOnly: [...directory.serviceOnly, 'processed_event', 'feed_cursor'],
      shared: directory.shared,
    });
  }

  async down(): Promise<void> {
    // Policies and grants stay: removing the second wall is not a migration's job.
  }
}
