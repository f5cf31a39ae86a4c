import type { MigrationInterface, QueryRunner } from 'typeorm';

const IDENTITY_TABLES = ['role_grant', 'api_key', 'person', 'organization'] as const;

/**
 * Every statement that changes what an identity is made of (grants, API keys, people's accounts
 * and organizations, organization paths) appends a row here in its own transaction. Gateways
 * cache identities under the table's fingerprint (count and sum of ids, read by
 * `POST /internal/identity-generation`) and drop them when it moves, so a revoked role or key
 * stops working everywhere within one poll. Appends never wait for one another (a counter row
 * would make every organizations write queue behind any open one), and a transaction that
 * commits late still moves the fingerprint when it becomes visible, whatever its id.
 * Rows older than a day are pruned by the scheduler (that moves the fingerprint too: one
 * harmless flush).
 */
export class IdentityGeneration1764200000000 implements MigrationInterface {
  name = 'IdentityGeneration1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "organizations"."identity_change" (
         "id" bigserial PRIMARY KEY,
         "at" timestamptz NOT NULL DEFAULT now()
       )`,
    );
    await q.query(
      `CREATE FUNCTION "organizations"."record_identity_change"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN INSERT INTO "organizations"."identity_change" DEFAULT VALUES; RETURN NULL; END $$`,
    );
    for (const table of IDENTITY_TABLES) {
      await q.query(
        `CREATE TRIGGER "${table}_record_identity_change"
           AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organizations"."${table}"
           FOR EACH STATEMENT EXECUTE FUNCTION "organizations"."record_identity_change"()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of IDENTITY_TABLES)
      await q.query(`DROP TRIGGER "${table}_record_identity_change" ON "organizations"."${table}"`);
    await q.query(`DROP FUNCTION "organizations"."record_identity_change"()`);
    await q.query(`DROP TABLE "organizations"."identity_change"`);
  }
}
