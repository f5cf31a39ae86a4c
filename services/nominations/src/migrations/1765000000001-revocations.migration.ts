import { enableRowLevelSecurity } from '@laurel/db';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** SPEC 8: stage REVOKED, and the revocations (generated from the entities). */
export class Revocations1765000000001 implements MigrationInterface {
  name = 'Revocations1765000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "nominations"."nomination" DROP CONSTRAINT "nomination_stage_check"`);
    await q.query(
      `ALTER TABLE "nominations"."nomination" ADD CONSTRAINT "nomination_stage_check" CHECK ("stage" IN ('REGISTERED', 'PROPOSED', 'UNDER_REVIEW', 'COUNCIL_APPROVED', 'COUNCIL_REJECTED', 'RECOGNIZED', 'ESCALATED', 'RETURNED', 'WITHDRAWN', 'REVOKED'))`,
    );
    await q.query(
      `CREATE TABLE "nominations"."revocation" ("nomination_id" uuid NOT NULL, "decision_number" text NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text NOT NULL, "revoked_by" text NOT NULL, "reward_to_recover" integer NOT NULL, "affected_ids" uuid array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "revocation_reward_check" CHECK ("reward_to_recover" >= 0), CONSTRAINT "revocation_pkey" PRIMARY KEY ("nomination_id"))`,
    );
    await q.query(
      `ALTER TABLE "nominations"."revocation" ADD CONSTRAINT "revocation_nomination_fk" FOREIGN KEY ("nomination_id") REFERENCES "nominations"."nomination"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await enableRowLevelSecurity(q, {
      schema: 'nominations',
      role: 'laurel_nominations',
      organizations: '"nominations"."directory_organization"',
      tables: { revocation: 'within(nomination, nomination_id)' },
    });
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "nominations"."revocation"`);
    await q.query(`ALTER TABLE "nominations"."nomination" DROP CONSTRAINT "nomination_stage_check"`);
    await q.query(
      `ALTER TABLE "nominations"."nomination" ADD CONSTRAINT "nomination_stage_check" CHECK ("stage" IN ('REGISTERED', 'PROPOSED', 'UNDER_REVIEW', 'COUNCIL_APPROVED', 'COUNCIL_REJECTED', 'RECOGNIZED', 'ESCALATED', 'RETURNED', 'WITHDRAWN'))`,
    );
  }
}
