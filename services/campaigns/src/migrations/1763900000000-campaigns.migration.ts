import { directoryTablesSql, dropDirectoryTablesSql } from '@laurel/directory';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Campaigns with their criteria, distinctions, quotas, reviews and history (generated from the
 * entities by the schema builder), plus this service's copy of the organization directory and
 * the Vietnamese collation campaign titles sort in.
 */
export class Campaigns1763900000000 implements MigrationInterface {
  name = 'Campaigns1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE COLLATION IF NOT EXISTS "campaigns"."vi" (provider = icu, locale = 'vi')`);
    for (const statement of directoryTablesSql('campaigns')) await q.query(statement);
    await q.query(
      `CREATE TABLE "campaigns"."campaign" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "parent_id" uuid, "title" text NOT NULL, "title_folded" text NOT NULL, "year" integer NOT NULL, "end_year" integer NOT NULL, "kind" text NOT NULL, "calendar" text NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "registration_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "proposal_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "escalation_deadline" TIMESTAMP WITH TIME ZONE, "group_ids" uuid array NOT NULL DEFAULT '{}', "created_by" text NOT NULL, "idempotency_key" text, "request_hash" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "campaign_deadlines_check" CHECK ("registration_deadline" <= "proposal_deadline" AND ("escalation_deadline" IS NULL OR "proposal_deadline" <= "escalation_deadline")), CONSTRAINT "campaign_years_check" CHECK ("end_year" >= "year"), CONSTRAINT "campaign_calendar_check" CHECK ("calendar" IN ('SCHOOL_YEAR', 'CALENDAR_YEAR')), CONSTRAINT "campaign_status_check" CHECK ("status" IN ('DRAFT', 'OPEN', 'CLOSED', 'ARCHIVED')), CONSTRAINT "campaign_kind_check" CHECK ("kind" IN ('ANNUAL', 'THEMATIC', 'PHASE')), CONSTRAINT "campaign_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "campaign_idempotency_key" ON "campaigns"."campaign"("created_by", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`,
    );
    await q.query(`CREATE INDEX "campaign_parent_idx" ON "campaigns"."campaign"("parent_id") `);
    await q.query(
      `CREATE INDEX "campaign_organization_year_idx" ON "campaigns"."campaign"("organization_id", "year") `,
    );
    await q.query(
      `CREATE TABLE "campaigns"."campaign_distinction" ("campaign_id" uuid NOT NULL, "code" text NOT NULL, "position" integer NOT NULL, CONSTRAINT "campaign_distinction_pkey" PRIMARY KEY ("campaign_id", "code"))`,
    );
    await q.query(
      `CREATE TABLE "campaigns"."criterion" ("id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "position" integer NOT NULL, "target" text NOT NULL, "text" text NOT NULL, "evaluator_organization_id" uuid, CONSTRAINT "criterion_target_check" CHECK ("target" IN ('INDIVIDUAL', 'COLLECTIVE', 'LEADER')), CONSTRAINT "criterion_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "criterion_campaign_idx" ON "campaigns"."criterion"("campaign_id", "position") `,
    );
    await q.query(
      `CREATE TABLE "campaigns"."quota" ("id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "organization_id" uuid, "group_id" uuid, "min" integer NOT NULL, "max" integer NOT NULL, CONSTRAINT "quota_bounds_check" CHECK ("min" >= 0 AND "min" <= "max"), CONSTRAINT "quota_owner_check" CHECK (("organization_id" IS NULL) <> ("group_id" IS NULL)), CONSTRAINT "quota_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "quota_campaign_group_key" ON "campaigns"."quota"("campaign_id", "group_id") WHERE "group_id" IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "quota_campaign_organization_key" ON "campaigns"."quota"("campaign_id", "organization_id") WHERE "organization_id" IS NOT NULL`,
    );
    await q.query(
      `CREATE TABLE "campaigns"."campaign_review" ("id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "campaign_review_kind_check" CHECK ("kind" IN ('PRELIMINARY', 'FINAL')), CONSTRAINT "campaign_review_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "campaign_review_campaign_idx" ON "campaigns"."campaign_review"("campaign_id", "due_at") `,
    );
    await q.query(
      `CREATE TABLE "campaigns"."campaign_transition" ("id" BIGSERIAL NOT NULL, "campaign_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "by" text NOT NULL, CONSTRAINT "campaign_transition_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "campaign_transition_campaign_idx" ON "campaigns"."campaign_transition"("campaign_id", "id") `,
    );
    await q.query(
      `ALTER TABLE "campaigns"."campaign" ADD CONSTRAINT "campaign_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "campaigns"."campaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "campaigns"."campaign_distinction" ADD CONSTRAINT "campaign_distinction_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "campaigns"."campaign_distinction" ADD CONSTRAINT "campaign_distinction_code_fk" FOREIGN KEY ("code") REFERENCES "campaigns"."distinction"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "campaigns"."criterion" ADD CONSTRAINT "criterion_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "campaigns"."quota" ADD CONSTRAINT "quota_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "campaigns"."campaign_review" ADD CONSTRAINT "campaign_review_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "campaigns"."campaign_transition" ADD CONSTRAINT "campaign_transition_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'campaign_transition',
      'campaign_review',
      'quota',
      'criterion',
      'campaign_distinction',
      'campaign',
    ])
      await q.query(`DROP TABLE "campaigns"."${table}"`);
    for (const statement of dropDirectoryTablesSql('campaigns')) await q.query(statement);
    await q.query(`DROP COLLATION IF EXISTS "campaigns"."vi"`);
  }
}
