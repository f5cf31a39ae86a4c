import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A strict majority (MORE_THAN) beside AT_LEAST, and where a defaulted rule came from. */
export class VoteComparison1764000000000 implements MigrationInterface {
  name = 'VoteComparison1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "voting"."voting_session" ADD "comparison" text NOT NULL DEFAULT 'AT_LEAST'`);
    await q.query(`ALTER TABLE "voting"."voting_session" ADD "rule_source" text`);
    await q.query(
      `ALTER TABLE "voting"."voting_session" ADD CONSTRAINT "voting_session_comparison_check" CHECK ("comparison" IN ('AT_LEAST', 'MORE_THAN'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "voting"."voting_session" DROP CONSTRAINT "voting_session_comparison_check"`);
    await q.query(`ALTER TABLE "voting"."voting_session" DROP COLUMN "rule_source"`);
    await q.query(`ALTER TABLE "voting"."voting_session" DROP COLUMN "comparison"`);
  }
}
