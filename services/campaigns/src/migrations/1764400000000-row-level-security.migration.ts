import { enableRowLevelSecurity } from '@laurel/db';
import { directoryRowSecurity } from '@laurel/directory';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The second wall: see libs/db/src/row-level-security.ts and SECURITY.md. */
export class RowLevelSecurity1764400000000 implements MigrationInterface {
  name = 'RowLevelSecurity1764400000000';

  async up(q: QueryRunner): Promise<void> {
    const directory = directoryRowSecurity('campaigns');
    await enableRowLevelSecurity(q, {
      schema: 'campaigns',
      role: 'laurel_campaigns',
      organizations: directory.organizations,
      tables: {
        ...directory.tables,
        campaign: 'visible(organization_id)',
        campaign_distinction: 'within(campaign, campaign_id)',
        criterion: 'within(campaign, campaign_id)',
        quota: 'within(campaign, campaign_id)',
        campaign_review: 'within(campaign, campaign_id)',
        campaign_transition: 'within(campaign, campaign_id)',
      },
      serviceOnly: directory.serviceOnly,
      shared: {
        ...directory.shared,
        distinction: 'the national catalogue of titles and awards',
        distinction_rule: 'published law and the standards provinces publish',
        base_salary: 'the statutory base salary history',
      },
    });
  }

  async down(): Promise<void> {
    // Policies and grants stay: removing the second wall is not a migration's job.
  }
}
