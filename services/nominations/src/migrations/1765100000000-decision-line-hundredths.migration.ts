import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A decision line keeps its multiple in hundredths too: a commune chairman's Giấy khen (Decree
 * 91/2017) is 0.15 × the base salary, no whole number of tenths. Lines written before carry
 * their tenths × 10.
 */
export class DecisionLineHundredths1765100000000 implements MigrationInterface {
  name = 'DecisionLineHundredths1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "nominations"."decision_line" ADD "multiple_hundredths" integer`);
    await q.query(
      `UPDATE "nominations"."decision_line" SET "multiple_hundredths" = "multiple_tenths" * 10 WHERE "multiple_tenths" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "nominations"."decision_line" DROP COLUMN "multiple_hundredths"`);
  }
}
