import { directoryTablesSql, dropDirectoryTablesSql } from '@laurel/directory';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rollups of the nominations' events (generated from the entities by the schema builder):
 * each nomination's current state, per-organization counters, the campaign cascade, applied
 * event ids and the feed cursor; this service's copy of the organization directory; the
 * Vietnamese collation drill-down rows sort in.
 */
export class Reporting1763900000000 implements MigrationInterface {
  name = 'Reporting1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE COLLATION IF NOT EXISTS "reporting"."vi" (provider = icu, locale = 'vi')`);
    for (const statement of directoryTablesSql('reporting')) await q.query(statement);
    await q.query(
      `CREATE TABLE "reporting"."nomination_state" ("nomination_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "target" text NOT NULL, "distinction_code" text NOT NULL, "stage" text NOT NULL, "published" boolean NOT NULL DEFAULT false, CONSTRAINT "nomination_state_pkey" PRIMARY KEY ("nomination_id"))`,
    );
    await q.query(
      `CREATE INDEX "nomination_state_campaign_idx" ON "reporting"."nomination_state"("campaign_id") `,
    );
    await q.query(
      `CREATE TABLE "reporting"."nomination_count" ("organization_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "stage" text NOT NULL, "target" text NOT NULL, "distinction_code" text NOT NULL, "count" integer NOT NULL, CONSTRAINT "nomination_count_pkey" PRIMARY KEY ("organization_id", "campaign_id", "stage", "target", "distinction_code"))`,
    );
    await q.query(
      `CREATE INDEX "nomination_count_campaign_idx" ON "reporting"."nomination_count"("campaign_id") `,
    );
    await q.query(
      `CREATE TABLE "reporting"."campaign_ref" ("id" uuid NOT NULL, "parent_id" uuid, "organization_id" uuid NOT NULL, CONSTRAINT "campaign_ref_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "campaign_ref_parent_idx" ON "reporting"."campaign_ref"("parent_id") `);
    await q.query(
      `CREATE TABLE "reporting"."processed_event" ("id" uuid NOT NULL, CONSTRAINT "processed_event_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "reporting"."feed_cursor" ("feed" text NOT NULL, "since" bigint NOT NULL, CONSTRAINT "feed_cursor_pkey" PRIMARY KEY ("feed"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'feed_cursor',
      'processed_event',
      'campaign_ref',
      'nomination_count',
      'nomination_state',
    ])
      await q.query(`DROP TABLE "reporting"."${table}"`);
    for (const statement of dropDirectoryTablesSql('reporting')) await q.query(statement);
    await q.query(`DROP COLLATION IF EXISTS "reporting"."vi"`);
  }
}
