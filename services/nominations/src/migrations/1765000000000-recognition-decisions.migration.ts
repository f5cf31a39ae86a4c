import { enableRowLevelSecurity } from '@laurel/db';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SPEC 8: recognition decisions with their lists (one line per nomination, with its reward) and
 * the emulation fund's append-only ledger. Generated from the entities; the second wall
 * (row-level security) covers the new tables as it covers the others.
 */
export class RecognitionDecisions1765000000000 implements MigrationInterface {
  name = 'RecognitionDecisions1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "nominations"."recognition_decision" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "number" text NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, "signer" text NOT NULL, "title" text NOT NULL, "total_reward" bigint NOT NULL, "created_by" text NOT NULL, "idempotency_key" text, "request_hash" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "recognition_decision_total_check" CHECK ("total_reward" >= 0), CONSTRAINT "recognition_decision_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "recognition_decision_organization_idx" ON "nominations"."recognition_decision" ("organization_id", "decided_at") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "recognition_decision_key_idx" ON "nominations"."recognition_decision" ("created_by", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`,
    );
    await q.query(
      `CREATE TABLE "nominations"."decision_line" ("nomination_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "position" integer NOT NULL, "reward" integer, "multiple_tenths" integer, "base_salary" integer, CONSTRAINT "decision_line_reward_check" CHECK ("reward" IS NULL OR "reward" >= 0), CONSTRAINT "decision_line_pkey" PRIMARY KEY ("nomination_id"))`,
    );
    await q.query(
      `CREATE INDEX "decision_line_decision_idx" ON "nominations"."decision_line" ("decision_id", "position") `,
    );
    await q.query(
      `CREATE TABLE "nominations"."fund_entry" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "year" integer NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "amount" bigint NOT NULL, "kind" text NOT NULL, "note" text, "decision_id" uuid, "created_by" text NOT NULL, CONSTRAINT "fund_entry_kind_check" CHECK ("kind" IN ('ALLOCATION', 'PAYMENT', 'RECOVERY', 'ADJUSTMENT')), CONSTRAINT "fund_entry_amount_check" CHECK (("kind" = 'ADJUSTMENT' AND "amount" <> 0) OR ("kind" <> 'ADJUSTMENT' AND "amount" > 0)), CONSTRAINT "fund_entry_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "fund_entry_fund_idx" ON "nominations"."fund_entry" ("organization_id", "year", "at") `,
    );
    await q.query(
      `ALTER TABLE "nominations"."decision_line" ADD CONSTRAINT "decision_line_decision_fk" FOREIGN KEY ("decision_id") REFERENCES "nominations"."recognition_decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "nominations"."decision_line" ADD CONSTRAINT "decision_line_nomination_fk" FOREIGN KEY ("nomination_id") REFERENCES "nominations"."nomination"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "nominations"."fund_entry" ADD CONSTRAINT "fund_entry_decision_fk" FOREIGN KEY ("decision_id") REFERENCES "nominations"."recognition_decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Append-only: the ledger's rows are never changed nor removed (a mistake is an ADJUSTMENT).
    await q.query(
      `CREATE FUNCTION "nominations".fund_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'fund entries are append-only: correct a mistake with an ADJUSTMENT'; END $$`,
    );
    await q.query(
      `CREATE TRIGGER fund_entry_append_only BEFORE UPDATE OR DELETE ON "nominations"."fund_entry"
         FOR EACH ROW EXECUTE FUNCTION "nominations".fund_entry_append_only()`,
    );
    await enableRowLevelSecurity(q, {
      schema: 'nominations',
      role: 'laurel_nominations',
      organizations: '"nominations"."directory_organization"',
      tables: {
        recognition_decision: 'visible(organization_id)',
        decision_line: 'within(recognition_decision, decision_id)',
        fund_entry: 'visible(organization_id)',
      },
    });
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "nominations"."fund_entry"`);
    await q.query(`DROP FUNCTION "nominations".fund_entry_append_only()`);
    await q.query(`DROP TABLE "nominations"."decision_line"`);
    await q.query(`DROP TABLE "nominations"."recognition_decision"`);
  }
}
