import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The yearly statistics group campaigns by year and kind: campaign_ref keeps them (generated from
 * the entity). Rows remembered before stay null until the event consumer refetches them from the
 * campaigns subgraph (it does so once at start).
 */
export class CampaignYears1764100000000 implements MigrationInterface {
  name = 'CampaignYears1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "reporting"."campaign_ref" ADD "year" integer`);
    await q.query(`ALTER TABLE "reporting"."campaign_ref" ADD "end_year" integer`);
    await q.query(`ALTER TABLE "reporting"."campaign_ref" ADD "kind" text`);
    await q.query(`CREATE INDEX "campaign_ref_end_year_idx" ON "reporting"."campaign_ref"("end_year") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "reporting"."campaign_ref_end_year_idx"`);
    await q.query(`ALTER TABLE "reporting"."campaign_ref" DROP COLUMN "kind"`);
    await q.query(`ALTER TABLE "reporting"."campaign_ref" DROP COLUMN "end_year"`);
    await q.query(`ALTER TABLE "reporting"."campaign_ref" DROP COLUMN "year"`);
  }
}
