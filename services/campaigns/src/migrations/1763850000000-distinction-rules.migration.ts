import { randomUUID } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  BASE_SALARIES_1763850000000,
  DISTINCTION_PROFILES_1763850000000,
  NATIONAL_RULES_1763850000000,
} from '../distinction/catalogue';

/** Every string of a seeded value in NFC, however the source file was saved. */
function nfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(nfc) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfc(v)])) as T;
  }
  return value;
}

/**
 * The catalogue's versioned rules (targets, kind, delegation; council vote, prerequisites,
 * exclusions, ratio caps, reward multiples, each with its source) and the base salary.
 * Generated from the entities (schema builder log); the columns added to `distinction` are
 * filled before they become NOT NULL. The overlap exclusion constraint needs btree_gist.
 */
export class DistinctionRules1763850000000 implements MigrationInterface {
  name = 'DistinctionRules1763850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await q.query(`ALTER TABLE "campaigns"."distinction" ADD "targets" text array`);
    await q.query(`ALTER TABLE "campaigns"."distinction" ADD "kind" text`);
    await q.query(`ALTER TABLE "campaigns"."distinction" ADD "delegated" boolean`);
    for (const [code, profile] of Object.entries(DISTINCTION_PROFILES_1763850000000)) {
      await q.query(
        `UPDATE "campaigns"."distinction" SET "targets" = $2, "kind" = $3, "delegated" = $4 WHERE "code" = $1`,
        [code, [...profile.targets], profile.kind, profile.delegated],
      );
    }
    // A row the seed does not know (none is expected) keeps its one target.
    await q.query(
      `UPDATE "campaigns"."distinction" SET "targets" = ARRAY["target"], "kind" = 'RECOGNITION', "delegated" = false WHERE "targets" IS NULL`,
    );
    await q.query(`ALTER TABLE "campaigns"."distinction" ALTER COLUMN "targets" SET NOT NULL`);
    await q.query(`ALTER TABLE "campaigns"."distinction" ALTER COLUMN "kind" SET NOT NULL`);
    await q.query(`ALTER TABLE "campaigns"."distinction" ALTER COLUMN "delegated" SET NOT NULL`);
    await q.query(
      `ALTER TABLE "campaigns"."distinction" ADD CONSTRAINT "distinction_kind_check" CHECK ("kind" IN ('TITLE', 'AWARD', 'RECOGNITION', 'INITIATIVE'))`,
    );
    await q.query(
      `ALTER TABLE "campaigns"."distinction" ADD CONSTRAINT "distinction_targets_check" CHECK (cardinality("targets") > 0 AND "targets" <@ ARRAY['INDIVIDUAL', 'COLLECTIVE']::text[] AND "target" = ANY ("targets"))`,
    );

    await q.query(
      `CREATE TABLE "campaigns"."distinction_rule" ("id" uuid NOT NULL, "code" text NOT NULL, "issuer_organization_id" uuid, "in_force_from" date NOT NULL, "in_force_to" date, "vote_threshold_numerator" integer, "vote_threshold_denominator" integer, "vote_base" text, "vote_comparison" text, "vote_secret_ballot" boolean, "vote_confirmed" boolean, "vote_source" text, "prerequisites" jsonb NOT NULL, "prerequisites_exhaustive" boolean NOT NULL, "exclusions" jsonb NOT NULL, "ratio_cap_code" text, "ratio_cap_numerator" integer, "ratio_cap_denominator" integer, "ratio_cap_source" text, "reward_individual_tenths" integer, "reward_collective_tenths" integer, "reward_source" text, "standard_vi" text, "source" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" text, CONSTRAINT "distinction_rule_lists_check" CHECK (jsonb_typeof("prerequisites") = 'array' AND jsonb_typeof("exclusions") = 'array'), CONSTRAINT "distinction_rule_reward_check" CHECK (("reward_individual_tenths" IS NULL OR "reward_individual_tenths" > 0) AND ("reward_collective_tenths" IS NULL OR "reward_collective_tenths" > 0) AND (("reward_individual_tenths" IS NULL AND "reward_collective_tenths" IS NULL) = ("reward_source" IS NULL))), CONSTRAINT "distinction_rule_ratio_cap_check" CHECK ((("ratio_cap_code" IS NULL AND "ratio_cap_numerator" IS NULL AND "ratio_cap_denominator" IS NULL AND "ratio_cap_source" IS NULL) OR ("ratio_cap_code" IS NOT NULL AND "ratio_cap_numerator" IS NOT NULL AND "ratio_cap_denominator" IS NOT NULL AND "ratio_cap_source" IS NOT NULL)) AND ("ratio_cap_numerator" IS NULL OR ("ratio_cap_numerator" > 0 AND "ratio_cap_numerator" <= "ratio_cap_denominator"))), CONSTRAINT "distinction_rule_vote_check" CHECK ((("vote_threshold_numerator" IS NULL AND "vote_threshold_denominator" IS NULL AND "vote_base" IS NULL AND "vote_comparison" IS NULL AND "vote_secret_ballot" IS NULL AND "vote_confirmed" IS NULL AND "vote_source" IS NULL) OR ("vote_threshold_numerator" IS NOT NULL AND "vote_threshold_denominator" IS NOT NULL AND "vote_base" IS NOT NULL AND "vote_comparison" IS NOT NULL AND "vote_secret_ballot" IS NOT NULL AND "vote_confirmed" IS NOT NULL AND "vote_source" IS NOT NULL)) AND ("vote_threshold_numerator" IS NULL OR ("vote_threshold_numerator" > 0 AND "vote_threshold_numerator" <= "vote_threshold_denominator" AND "vote_base" IN ('TOTAL_MEMBERS', 'BALLOTS_CAST') AND "vote_comparison" IN ('AT_LEAST', 'MORE_THAN')))), CONSTRAINT "distinction_rule_period_check" CHECK ("in_force_to" IS NULL OR "in_force_to" > "in_force_from"), CONSTRAINT "distinction_rule_no_overlap" EXCLUDE USING gist ("code" WITH =, COALESCE("issuer_organization_id", '00000000-0000-0000-0000-000000000000'::uuid) WITH =, daterange("in_force_from", "in_force_to") WITH &&), CONSTRAINT "distinction_rule_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "distinction_rule_lookup_idx" ON "campaigns"."distinction_rule" ("code", "issuer_organization_id", "in_force_from")`,
    );
    await q.query(
      `ALTER TABLE "campaigns"."distinction_rule" ADD CONSTRAINT "distinction_rule_code_fk" FOREIGN KEY ("code") REFERENCES "campaigns"."distinction"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "campaigns"."distinction_rule" ADD CONSTRAINT "distinction_rule_ratio_cap_code_fk" FOREIGN KEY ("ratio_cap_code") REFERENCES "campaigns"."distinction"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await q.query(
      `CREATE TABLE "campaigns"."base_salary" ("in_force_from" date NOT NULL, "amount_vnd" integer NOT NULL, "source" text NOT NULL, CONSTRAINT "base_salary_amount_check" CHECK ("amount_vnd" > 0), CONSTRAINT "base_salary_pkey" PRIMARY KEY ("in_force_from"))`,
    );

    for (const salary of BASE_SALARIES_1763850000000) {
      await q.query(
        `INSERT INTO "campaigns"."base_salary" ("in_force_from", "amount_vnd", "source") VALUES ($1, $2, $3)`,
        [salary.inForceFrom, salary.amountVnd, nfc(salary.source)],
      );
    }

    for (const rule of NATIONAL_RULES_1763850000000.map(nfc)) {
      const { vote, ratioCap, reward } = rule;
      await q.query(
        `INSERT INTO "campaigns"."distinction_rule" ("id", "code", "issuer_organization_id", "in_force_from", "in_force_to", "vote_threshold_numerator", "vote_threshold_denominator", "vote_base", "vote_comparison", "vote_secret_ballot", "vote_confirmed", "vote_source", "prerequisites", "prerequisites_exhaustive", "exclusions", "ratio_cap_code", "ratio_cap_numerator", "ratio_cap_denominator", "ratio_cap_source", "reward_individual_tenths", "reward_collective_tenths", "reward_source", "standard_vi", "source") VALUES ($1, $2, NULL, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)`,
        [
          randomUUID(),
          rule.code,
          rule.inForceFrom,
          rule.inForceTo,
          vote?.threshold.numerator ?? null,
          vote?.threshold.denominator ?? null,
          vote?.base ?? null,
          vote?.comparison ?? null,
          vote?.secretBallot ?? null,
          vote?.confirmed ?? null,
          vote?.source ?? null,
          JSON.stringify(rule.prerequisites),
          rule.prerequisitesExhaustive,
          JSON.stringify(rule.exclusions),
          ratioCap?.code ?? null,
          ratioCap?.share.numerator ?? null,
          ratioCap?.share.denominator ?? null,
          ratioCap?.source ?? null,
          reward?.individualTenths ?? null,
          reward?.collectiveTenths ?? null,
          reward?.source ?? null,
          rule.standardVi,
          rule.source,
        ],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "campaigns"."base_salary"`);
    await q.query(`DROP TABLE "campaigns"."distinction_rule"`);
    await q.query(`ALTER TABLE "campaigns"."distinction" DROP CONSTRAINT "distinction_targets_check"`);
    await q.query(`ALTER TABLE "campaigns"."distinction" DROP CONSTRAINT "distinction_kind_check"`);
    await q.query(`ALTER TABLE "campaigns"."distinction" DROP COLUMN "delegated"`);
    await q.query(`ALTER TABLE "campaigns"."distinction" DROP COLUMN "kind"`);
    await q.query(`ALTER TABLE "campaigns"."distinction" DROP COLUMN "targets"`);
  }
}
