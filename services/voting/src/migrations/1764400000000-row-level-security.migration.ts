import { enableRowLevelSecurity } from '@laurel/db';
import { directoryRowSecurity } from '@laurel/directory';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const OF_COUNCIL = (table: string) =>
  `EXISTS (SELECT 1 FROM "voting"."council" c WHERE c.id = ${table}.council_id)`;
const OF_SESSION = (table: string) =>
  `EXISTS (SELECT 1 FROM "voting"."voting_session" s WHERE s.id = ${table}.session_id)`;

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
        council_member: OF_COUNCIL('council_member'),
        voting_session: OF_COUNCIL('voting_session'),
        session_nomination: OF_SESSION('session_nomination'),
        participation: OF_SESSION('participation'),
        sealed_ballot: OF_SESSION('sealed_ballot'),
        receipt: OF_SESSION('receipt'),
        ballot: OF_SESSION('ballot'),
        session_result: OF_SESSION('session_result'),
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
