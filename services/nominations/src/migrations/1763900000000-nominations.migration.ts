import { directoryTablesSql, dropDirectoryTablesSql } from '@laurel/directory';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Nominations with their history, the campaign copy and its quotas (the quota rows are the
 * locks of concurrent registrations), distinction records, the outbox and processed events
 * (generated from the entities by the schema builder); this service's copy of the organization
 * directory; the trigger that stamps each outbox row with its transaction for the event feed.
 */
export class Nominations1763900000000 implements MigrationInterface {
  name = 'Nominations1763900000000';

  async up(q: QueryRunner): Promise<void> {
    for (const statement of directoryTablesSql('nominations')) await q.query(statement);
    await q.query(
      `CREATE TABLE "nominations"."nomination" ("id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "year" integer NOT NULL, "distinction_code" text NOT NULL, "target" text NOT NULL, "nominee_person_id" uuid, "nominee_organization_id" uuid, "nominee_name" text NOT NULL, "nominee_name_folded" text NOT NULL, "submitting_organization_id" uuid NOT NULL, "stage" text NOT NULL, "dossier" jsonb, "decision_number" text, "decided_at" TIMESTAMP WITH TIME ZONE, "escalated_from_id" uuid, "escalated_to_id" uuid, "published" boolean NOT NULL DEFAULT false, "published_at" TIMESTAMP WITH TIME ZONE, "created_by" text NOT NULL, "idempotency_key" text, "request_hash" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "nomination_nominee_check" CHECK (("nominee_person_id" IS NULL) <> ("nominee_organization_id" IS NULL) AND ("target" = 'INDIVIDUAL') = ("nominee_person_id" IS NOT NULL)), CONSTRAINT "nomination_target_check" CHECK ("target" IN ('INDIVIDUAL', 'COLLECTIVE')), CONSTRAINT "nomination_stage_check" CHECK ("stage" IN ('REGISTERED', 'PROPOSED', 'UNDER_REVIEW', 'COUNCIL_APPROVED', 'COUNCIL_REJECTED', 'RECOGNIZED', 'ESCALATED', 'RETURNED', 'WITHDRAWN')), CONSTRAINT "nomination_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "nomination_nominee_person_idx" ON "nominations"."nomination"("nominee_person_id") `,
    );
    await q.query(
      `CREATE INDEX "nomination_nominee_organization_idx" ON "nominations"."nomination"("nominee_organization_id") `,
    );
    await q.query(
      `CREATE INDEX "nomination_submitter_idx" ON "nominations"."nomination"("submitting_organization_id", "created_at") `,
    );
    await q.query(
      `CREATE INDEX "nomination_campaign_submitter_idx" ON "nominations"."nomination"("campaign_id", "submitting_organization_id") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "nomination_idempotency_key" ON "nominations"."nomination"("created_by", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "nomination_organization_unique" ON "nominations"."nomination"("campaign_id", "distinction_code", "nominee_organization_id") WHERE "nominee_organization_id" IS NOT NULL AND "stage" <> 'WITHDRAWN'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "nomination_person_unique" ON "nominations"."nomination"("campaign_id", "distinction_code", "nominee_person_id") WHERE "nominee_person_id" IS NOT NULL AND "stage" <> 'WITHDRAWN'`,
    );
    await q.query(
      `CREATE TABLE "nominations"."nomination_transition" ("id" BIGSERIAL NOT NULL, "nomination_id" uuid NOT NULL, "from_stage" text, "to_stage" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "by" text NOT NULL, "reason" text, CONSTRAINT "nomination_transition_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "nomination_transition_nomination_idx" ON "nominations"."nomination_transition"("nomination_id", "id") `,
    );
    await q.query(
      `CREATE TABLE "nominations"."campaign_ref" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "parent_id" uuid, "status" text NOT NULL, "year" integer NOT NULL, "registration_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "proposal_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "escalation_deadline" TIMESTAMP WITH TIME ZONE, "group_ids" uuid array NOT NULL, "distinction_codes" text array NOT NULL, "criterion_ids" uuid array NOT NULL, "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "campaign_ref_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "nominations"."campaign_quota" ("id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "organization_id" uuid, "group_id" uuid, "min" integer NOT NULL, "max" integer NOT NULL, CONSTRAINT "campaign_quota_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "campaign_quota_campaign_idx" ON "nominations"."campaign_quota"("campaign_id") `,
    );
    await q.query(
      `CREATE TABLE "nominations"."distinction_record" ("id" uuid NOT NULL, "person_id" uuid, "organization_id" uuid, "year" integer NOT NULL, "distinction_code" text NOT NULL, "decision_number" text, "source" text NOT NULL, "nomination_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "distinction_record_source_check" CHECK ("source" IN ('PLATFORM', 'IMPORTED')), CONSTRAINT "distinction_record_holder_check" CHECK (("person_id" IS NULL) <> ("organization_id" IS NULL)), CONSTRAINT "distinction_record_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "distinction_record_organization_key" ON "nominations"."distinction_record"("organization_id", "year", "distinction_code") WHERE "organization_id" IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "distinction_record_person_key" ON "nominations"."distinction_record"("person_id", "year", "distinction_code") WHERE "person_id" IS NOT NULL`,
    );
    await q.query(
      `CREATE TABLE "nominations"."outbox_event" ("id" uuid NOT NULL, "topic" text NOT NULL, "nomination_id" uuid NOT NULL, "payload" jsonb NOT NULL, "xid" bigint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outbox_event_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "outbox_event_xid_idx" ON "nominations"."outbox_event"("xid", "id") `);
    await q.query(
      `CREATE TABLE "nominations"."processed_event" ("id" uuid NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "processed_event_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `ALTER TABLE "nominations"."nomination" ADD CONSTRAINT "nomination_escalated_from_fk" FOREIGN KEY ("escalated_from_id") REFERENCES "nominations"."nomination"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "nominations"."nomination_transition" ADD CONSTRAINT "nomination_transition_nomination_fk" FOREIGN KEY ("nomination_id") REFERENCES "nominations"."nomination"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "nominations"."campaign_quota" ADD CONSTRAINT "campaign_quota_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "nominations"."campaign_ref"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE FUNCTION "nominations"."stamp_xid"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN NEW.xid := pg_current_xact_id()::text::bigint; RETURN NEW; END $$`,
    );
    await q.query(
      `CREATE TRIGGER "outbox_event_stamp_xid" BEFORE INSERT ON "nominations"."outbox_event"
       FOR EACH ROW EXECUTE FUNCTION "nominations"."stamp_xid"()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "outbox_event_stamp_xid" ON "nominations"."outbox_event"`);
    await q.query(`DROP FUNCTION "nominations"."stamp_xid"()`);
    for (const table of [
      'processed_event',
      'outbox_event',
      'distinction_record',
      'campaign_quota',
      'campaign_ref',
      'nomination_transition',
      'nomination',
    ])
      await q.query(`DROP TABLE "nominations"."${table}"`);
    for (const statement of dropDirectoryTablesSql('nominations')) await q.query(statement);
  }
}
