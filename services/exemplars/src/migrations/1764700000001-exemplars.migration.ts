import { directoryTablesSql, dropDirectoryTablesSql } from '@laurel/directory';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exemplars with their plans, actions, evaluations, recognitions and adoptions; initiatives with
 * their progress notes; the nominations events applied and the feed cursor; this service's copy
 * of the organization directory.
 */
export class Exemplars1764700000001 implements MigrationInterface {
  name = 'Exemplars1764700000001';

  async up(q: QueryRunner): Promise<void> {
    for (const statement of directoryTablesSql('exemplars')) await q.query(statement);
    for (const statement of [
      'CREATE TABLE "exemplars"."exemplar" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "nominee_id" uuid NOT NULL, "nominee_kind" text NOT NULL, "nominee_name" text NOT NULL, "target" text NOT NULL, "title" text NOT NULL, "field" text, "published" boolean NOT NULL DEFAULT false, "plan_goals" text, "plan_target_code" text, "plan_target_year" integer, "plan_period" text, "plan_set_at" TIMESTAMP WITH TIME ZONE, "created_by" text NOT NULL, "idempotency_key" text, "request_hash" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "exemplar_idempotency_key" UNIQUE ("created_by", "idempotency_key"), CONSTRAINT "exemplar_nominee_key" UNIQUE ("organization_id", "nominee_id"), CONSTRAINT "exemplar_pkey" PRIMARY KEY ("id"))',
      'CREATE TABLE "exemplars"."exemplar_recognition" ("nomination_id" uuid NOT NULL, "exemplar_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "distinction_code" text NOT NULL, "year" integer NOT NULL, "stage" text NOT NULL, "published" boolean NOT NULL DEFAULT false, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "exemplar_recognition_pkey" PRIMARY KEY ("nomination_id"))',
      'CREATE INDEX "exemplar_recognition_exemplar_idx" ON "exemplars"."exemplar_recognition" ("exemplar_id")',
      'CREATE TABLE "exemplars"."fostering_action" ("id" uuid NOT NULL, "exemplar_id" uuid NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "responsible_organization_id" uuid, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "done_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "fostering_action_pkey" PRIMARY KEY ("id"))',
      'CREATE INDEX "fostering_action_exemplar_idx" ON "exemplars"."fostering_action" ("exemplar_id")',
      'CREATE TABLE "exemplars"."evaluation" ("id" uuid NOT NULL, "exemplar_id" uuid NOT NULL, "period" text NOT NULL, "period_end" TIMESTAMP WITH TIME ZONE NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "by" text NOT NULL, "effect" text NOT NULL, "influence" text NOT NULL, "potential" text NOT NULL, "difficulties" text, "support" text, CONSTRAINT "evaluation_period_key" UNIQUE ("exemplar_id", "period"), CONSTRAINT "evaluation_pkey" PRIMARY KEY ("id"))',
      'CREATE TABLE "exemplars"."adoption" ("id" uuid NOT NULL, "exemplar_id" uuid NOT NULL, "fostering_organization_id" uuid NOT NULL, "adopter_organization_id" uuid NOT NULL, "kind" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "outcome" text, "recorded_by" text NOT NULL, CONSTRAINT "adoption_pkey" PRIMARY KEY ("id"))',
      'CREATE INDEX "adoption_adopter_idx" ON "exemplars"."adoption" ("adopter_organization_id")',
      'CREATE INDEX "adoption_exemplar_idx" ON "exemplars"."adoption" ("exemplar_id")',
      'CREATE TABLE "exemplars"."processed_event" ("id" uuid NOT NULL, CONSTRAINT "processed_event_pkey" PRIMARY KEY ("id"))',
      'CREATE TABLE "exemplars"."feed_cursor" ("feed" text NOT NULL, "since" bigint NOT NULL, CONSTRAINT "feed_cursor_pkey" PRIMARY KEY ("feed"))',
      'CREATE TABLE "exemplars"."initiative" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "title" text NOT NULL, "field" text, "year" integer NOT NULL, "author_ids" uuid array NOT NULL, "status" text NOT NULL, "reach" text, "reach_decision_number" text, "nomination_id" uuid, "created_by" text NOT NULL, "idempotency_key" text, "request_hash" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "initiative_idempotency_key" UNIQUE ("created_by", "idempotency_key"), CONSTRAINT "initiative_pkey" PRIMARY KEY ("id"))',
      'CREATE INDEX "initiative_organization_idx" ON "exemplars"."initiative" ("organization_id", "year")',
      'CREATE TABLE "exemplars"."initiative_progress" ("id" uuid NOT NULL, "initiative_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "by" text NOT NULL, "text" text NOT NULL, CONSTRAINT "initiative_progress_pkey" PRIMARY KEY ("id"))',
      'CREATE INDEX "initiative_progress_initiative_idx" ON "exemplars"."initiative_progress" ("initiative_id")',
    ])
      await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'initiative_progress',
      'initiative',
      'feed_cursor',
      'processed_event',
      'adoption',
      'evaluation',
      'fostering_action',
      'exemplar_recognition',
      'exemplar',
    ])
      await q.query(`DROP TABLE "exemplars"."${table}"`);
    for (const statement of dropDirectoryTablesSql('exemplars')) await q.query(statement);
  }
}
