import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  BASE_SALARIES_1765000000000,
  DISCIPLINE_2017_SOURCE_1765000000000,
  REWARD_CORRECTIONS_1765000000000,
} from '../distinction/catalogue';

const nfc = (text: string) => text.normalize('NFC');

/**
 * Issue 19 (SPEC 8): the national catalogue's reward multiples corrected before money is paid
 * (Bằng khen of the Prime Minister 3.5 / 7.0), the 2017 disciplinary bar's source, and the base
 * salary reported from 1 July 2026 (marked unconfirmed). An issuer's own versions are untouched.
 */
export class RewardCorrections1765000000000 implements MigrationInterface {
  name = 'RewardCorrections1765000000000';

  async up(q: QueryRunner): Promise<void> {
    for (const c of REWARD_CORRECTIONS_1765000000000) {
      await q.query(
        `UPDATE "campaigns"."distinction_rule"
            SET "reward_individual_tenths" = $3, "reward_collective_tenths" = $4, "reward_source" = $5
          WHERE "code" = $1 AND "in_force_from" = CAST($2 AS date) AND "issuer_organization_id" IS NULL`,
        [c.code, c.inForceFrom, c.individualTenths, c.collectiveTenths, nfc(c.source)],
      );
    }
    await q.query(
      `UPDATE "campaigns"."distinction_rule"
          SET "exclusions" = replace("exclusions"::text, $1, $2)::jsonb
        WHERE "issuer_organization_id" IS NULL AND strpos("exclusions"::text, $1) > 0`,
      [
        JSON.stringify(nfc(DISCIPLINE_2017_SOURCE_1765000000000.from)).slice(1, -1),
        JSON.stringify(nfc(DISCIPLINE_2017_SOURCE_1765000000000.to)).slice(1, -1),
      ],
    );
    for (const salary of BASE_SALARIES_1765000000000) {
      await q.query(
        `INSERT INTO "campaigns"."base_salary" ("in_force_from", "amount_vnd", "source") VALUES ($1, $2, $3)
         ON CONFLICT ("in_force_from") DO NOTHING`,
        [salary.inForceFrom, salary.amountVnd, nfc(salary.source)],
      );
    }
  }

  async down(): Promise<void> {
    // The corrected figures stay: paying out the wrong ones again is not a rollback's job.
  }
}
