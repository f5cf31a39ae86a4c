import { enableRowLevelSecurity } from '@laurel/db';
import { directoryRowSecurity } from '@laurel/directory';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The second wall: see libs/db/src/row-level-security.ts and SECURITY.md. */
export class RowLevelSecurity1764400000000 implements MigrationInterface {
  name = 'RowLevelSecurity1764400000000';

  async up(q: QueryRunner): Promise<void> {
    const directory = directoryRowSecurity('voting');
    await enableRowLevelSecurity(q, {
      schema: 'voting',
      role: 'laurel_voting',
      organizations: directory.organizations,
      tables: {
        ...directory.tables,
        council: 'visible(organization_id)',
        council_member: 'within(council, council_id)',
        voting_session: 'within(council, council_id)',
        session_nomination: 'within(voting_session, session_id)',
        participation: 'within(voting_session, session_id)',
        sealed_ballot: 'within(voting_session, session_id)',
        receipt: 'within(voting_session, session_id)',
        ballot: 'within(voting_session, session_id)',
        session_result: 'within(voting_session, session_id)',
      },
      // Written with council changes, relayed by the service.
      appendOnly: ['council_outbox'],
      serviceOnly: directory.serviceOnly,
      shared: directory.shared,
    });
  }

  async down(): Promise<void> {
    // Policies and grants stay: removing the second wall is not a migration's job.
  }
}
