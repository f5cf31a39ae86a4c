import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Section 9: `updateCampaign` records what it changed in the campaign's history (an extension
 * while OPEN: which deadline, from when to when, who and when), beside the status changes.
 */
export class CampaignChanges1764720000000 implements MigrationInterface {
  name = 'CampaignChanges1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "campaigns"."campaign_transition" ADD "change" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "campaigns"."campaign_transition" DROP COLUMN "change"`);
  }
}
