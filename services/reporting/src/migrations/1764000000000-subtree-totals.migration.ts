import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Subtree totals folded in batches from per-organization counter changes (generated from the
 * entities), and the path each organization's counters were folded under (a move refolds).
 */
export class SubtreeTotals1764000000000 implements MigrationInterface {
  name = 'SubtreeTotals1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "reporting"."subtree_count" ("organization_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "stage" text NOT NULL, "target" text NOT NULL, "distinction_code" text NOT NULL, "count" integer NOT NULL, CONSTRAINT "subtree_count_pkey" PRIMARY KEY ("organization_id", "campaign_id", "stage", "target", "distinction_code"))`,
    );
    await q.query(`CREATE INDEX "subtree_count_campaign_idx" ON "reporting"."subtree_count"("campaign_id") `);
    await q.query(
      `CREATE TABLE "reporting"."count_delta" ("id" BIGSERIAL NOT NULL, "organization_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "stage" text NOT NULL, "target" text NOT NULL, "distinction_code" text NOT NULL, "delta" integer NOT NULL, CONSTRAINT "count_delta_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "reporting"."folded_path" ("organization_id" uuid NOT NULL, "path" text NOT NULL, CONSTRAINT "folded_path_pkey" PRIMARY KEY ("organization_id"))`,
    );
    // Existing counters, folded once.
    await q.query(
      `INSERT INTO "reporting"."subtree_count" (organization_id, campaign_id, stage, target, distinction_code, count)
       SELECT a.id, n.campaign_id, n.stage, n.target, n.distinction_code, sum(n.count)::int
         FROM "reporting"."nomination_count" n
         JOIN "reporting"."directory_organization" o ON o.id = n.organization_id
         JOIN "reporting"."directory_organization" a ON a.path @> o.path
        WHERE n.count <> 0 GROUP BY 1, 2, 3, 4, 5`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['folded_path', 'count_delta', 'subtree_count'])
      await q.query(`DROP TABLE "reporting"."${table}"`);
  }
}
