import { directoryTablesSql, dropDirectoryTablesSql } from '@laurel/directory';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Councils, sessions and the secret ballot (generated from the entities by the schema builder):
 * `participation` (who voted) and `sealed_ballot` (what, sealed) are separate tables with nothing
 * in common but the session; `ballot` receives the opened ballots at closing, in random order;
 * plus this service's copy of the organization directory.
 */
export class Voting1763900000000 implements MigrationInterface {
  name = 'Voting1763900000000';

  async up(q: QueryRunner): Promise<void> {
    for (const statement of directoryTablesSql('voting')) await q.query(statement);
    await q.query(
      `CREATE TABLE "voting"."council" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "created_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "council_kind_check" CHECK ("kind" IN ('EMULATION', 'INITIATIVE')), CONSTRAINT "council_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "council_organization_idx" ON "voting"."council"("organization_id") `);
    await q.query(
      `CREATE TABLE "voting"."council_member" ("council_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" text NOT NULL, CONSTRAINT "council_member_role_check" CHECK ("role" IN ('CHAIR', 'VICE_CHAIR', 'SECRETARY', 'MEMBER')), CONSTRAINT "council_member_pkey" PRIMARY KEY ("council_id", "person_id"))`,
    );
    await q.query(`CREATE INDEX "council_member_person_idx" ON "voting"."council_member"("person_id") `);
    await q.query(
      `CREATE TABLE "voting"."voting_session" ("id" uuid NOT NULL, "council_id" uuid NOT NULL, "title" text NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "threshold_numerator" integer NOT NULL, "threshold_denominator" integer NOT NULL, "base" text NOT NULL, "quorum_numerator" integer NOT NULL, "quorum_denominator" integer NOT NULL, "eligible_voters" integer NOT NULL DEFAULT '0', "ballots_cast" integer NOT NULL DEFAULT '0', "wrapped_key" bytea, "outcome_note" text, "created_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "voting_session_fractions_check" CHECK ("threshold_numerator" > 0 AND "threshold_numerator" <= "threshold_denominator" AND "quorum_numerator" >= 0 AND "quorum_numerator" <= "quorum_denominator"), CONSTRAINT "voting_session_base_check" CHECK ("base" IN ('TOTAL_MEMBERS', 'BALLOTS_CAST')), CONSTRAINT "voting_session_status_check" CHECK ("status" IN ('DRAFT', 'OPEN', 'CLOSED')), CONSTRAINT "voting_session_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "voting_session_council_idx" ON "voting"."voting_session"("council_id") `);
    await q.query(
      `CREATE TABLE "voting"."session_nomination" ("session_id" uuid NOT NULL, "nomination_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "session_nomination_pkey" PRIMARY KEY ("session_id", "nomination_id"))`,
    );
    await q.query(
      `CREATE TABLE "voting"."participation" ("session_id" uuid NOT NULL, "person_id" uuid NOT NULL, CONSTRAINT "participation_pkey" PRIMARY KEY ("session_id", "person_id"))`,
    );
    await q.query(
      `CREATE TABLE "voting"."sealed_ballot" ("id" uuid NOT NULL, "session_id" uuid NOT NULL, "sealed" bytea NOT NULL, CONSTRAINT "sealed_ballot_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "sealed_ballot_session_idx" ON "voting"."sealed_ballot"("session_id") `);
    await q.query(
      `CREATE TABLE "voting"."receipt" ("session_id" uuid NOT NULL, "code_hash" text NOT NULL, CONSTRAINT "receipt_pkey" PRIMARY KEY ("session_id", "code_hash"))`,
    );
    await q.query(
      `CREATE TABLE "voting"."ballot" ("id" uuid NOT NULL, "session_id" uuid NOT NULL, "choices" jsonb NOT NULL, CONSTRAINT "ballot_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ballot_session_idx" ON "voting"."ballot"("session_id") `);
    await q.query(
      `CREATE TABLE "voting"."session_result" ("session_id" uuid NOT NULL, "nomination_id" uuid NOT NULL, "approve" integer NOT NULL, "reject" integer NOT NULL, "abstain" integer NOT NULL, "passed" boolean NOT NULL, CONSTRAINT "session_result_pkey" PRIMARY KEY ("session_id", "nomination_id"))`,
    );
    await q.query(
      `CREATE TABLE "voting"."council_outbox" ("id" uuid NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "delivered_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', CONSTRAINT "council_outbox_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "council_outbox_pending_idx" ON "voting"."council_outbox"("delivered_at", "created_at") `,
    );
    await q.query(
      `ALTER TABLE "voting"."council_member" ADD CONSTRAINT "council_member_council_fk" FOREIGN KEY ("council_id") REFERENCES "voting"."council"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "voting"."voting_session" ADD CONSTRAINT "voting_session_council_fk" FOREIGN KEY ("council_id") REFERENCES "voting"."council"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "voting"."session_nomination" ADD CONSTRAINT "session_nomination_session_fk" FOREIGN KEY ("session_id") REFERENCES "voting"."voting_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "voting"."participation" ADD CONSTRAINT "participation_session_fk" FOREIGN KEY ("session_id") REFERENCES "voting"."voting_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'council_outbox',
      'session_result',
      'ballot',
      'receipt',
      'sealed_ballot',
      'participation',
      'session_nomination',
      'voting_session',
      'council_member',
      'council',
    ])
      await q.query(`DROP TABLE "voting"."${table}"`);
    for (const statement of dropDirectoryTablesSql('voting')) await q.query(statement);
  }
}
