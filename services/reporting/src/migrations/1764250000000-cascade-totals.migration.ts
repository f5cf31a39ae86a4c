import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cascade totals (generated from the entity): per organization and campaign, the counters of the
 * organization's subtree over the campaign's whole cascade, so that a report reads one row for the
 * organization and one per child. `jsonb_add` sums two such maps key by key (zeros left out): the
 * fold adds a batch's changes with it.
 */
export class CascadeTotals1764250000000 implements MigrationInterface {
  name = 'CascadeTotals1764250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE FUNCTION "reporting"."jsonb_add"(a jsonb, b jsonb) RETURNS jsonb
         LANGUAGE sql IMMUTABLE PARALLEL SAFE
         AS $$
           SELECT coalesce(jsonb_object_agg(key, total) FILTER (WHERE total <> 0), '{}'::jsonb)
             FROM (SELECT key, sum(value::int) AS total
                     FROM (SELECT key, value FROM jsonb_each_text(a)
                           UNION ALL
                           SELECT key, value FROM jsonb_each_text(b)) AS pairs
                    GROUP BY key) AS sums
         $$`,
    );
    await q.query(
      `CREATE TABLE "reporting"."cascade_total" ("organization_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "counts" jsonb NOT NULL DEFAULT '{}', "codes" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "cascade_total_pkey" PRIMARY KEY ("organization_id", "campaign_id"))`,
    );
    // The subtree totals folded so far, once under their campaign and every ancestor campaign
    // (pending deltas are folded into both tables from now on).
    await q.query(
      `INSERT INTO "reporting"."cascade_total" (organization_id, campaign_id, counts, codes)
       WITH RECURSIVE campaign_up(campaign_id, ancestor_id) AS (
         SELECT campaign_id, campaign_id FROM (SELECT DISTINCT campaign_id FROM "reporting"."subtree_count") AS base
         UNION
         SELECT u.campaign_id, c.parent_id FROM campaign_up u JOIN "reporting"."campaign_ref" c ON c.id = u.ancestor_id
          WHERE c.parent_id IS NOT NULL),
       cells AS (
         SELECT t.organization_id, u.ancestor_id AS campaign_id, t.stage, t.target, t.distinction_code, t.count AS delta
           FROM "reporting"."subtree_count" t JOIN campaign_up u ON u.campaign_id = t.campaign_id
          WHERE t.count <> 0),
       keyed AS (
         SELECT organization_id, campaign_id, false AS code, stage || '|' || target AS key, sum(delta)::int AS n
           FROM cells GROUP BY 1, 2, 4
         UNION ALL
         SELECT organization_id, campaign_id, true, distinction_code, sum(delta)::int
           FROM cells WHERE stage <> 'WITHDRAWN' GROUP BY 1, 2, 4)
       SELECT organization_id, campaign_id,
              coalesce(jsonb_object_agg(key, n) FILTER (WHERE NOT code AND n <> 0), '{}'),
              coalesce(jsonb_object_agg(key, n) FILTER (WHERE code AND n <> 0), '{}')
         FROM keyed GROUP BY 1, 2 HAVING bool_or(n <> 0)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "reporting"."cascade_total"`);
    await q.query(`DROP FUNCTION "reporting"."jsonb_add"(jsonb, jsonb)`);
  }
}
