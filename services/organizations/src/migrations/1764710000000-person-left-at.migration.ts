import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Section 9: a person who left (`deactivatePerson`, or an import's `leftAt` column) keeps every
 * record and shows `active: false`; no new nominations or council seats afterwards.
 */
export class PersonLeftAt1764710000000 implements MigrationInterface {
  name = 'PersonLeftAt1764710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "organizations"."person" ADD "left_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "organizations"."person" DROP COLUMN "left_at"`);
  }
}
