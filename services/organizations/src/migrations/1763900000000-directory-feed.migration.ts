import type { MigrationInterface, QueryRunner } from 'typeorm';

const FEED_TABLES = ['organization', 'person', 'emulation_group'] as const;

/**
 * The directory feed other services replicate from (`POST /internal/directory`): every row of
 * the feed's tables carries the id of the transaction that last wrote it, and every statement
 * that writes them wakes the replicas with `NOTIFY laurel_directory` (a hint only: replicas
 * also poll, e.g. when they live in another database).
 */
export class DirectoryFeed1763900000000 implements MigrationInterface {
  name = 'DirectoryFeed1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE FUNCTION "organizations"."stamp_change_xid"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN NEW.change_xid := pg_current_xact_id()::text::bigint; RETURN NEW; END $$`,
    );
    await q.query(
      `CREATE FUNCTION "organizations"."notify_directory"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM pg_notify('laurel_directory', TG_TABLE_NAME); RETURN NULL; END $$`,
    );
    for (const table of FEED_TABLES) {
      await q.query(`ALTER TABLE "organizations"."${table}" ADD "change_xid" bigint NOT NULL DEFAULT 0`);
      await q.query(
        `UPDATE "organizations"."${table}" SET "change_xid" = pg_current_xact_id()::text::bigint`,
      );
      await q.query(
        `CREATE INDEX "${table}_change_xid_idx" ON "organizations"."${table}" ("change_xid", "id")`,
      );
      await q.query(
        `CREATE TRIGGER "${table}_stamp_change_xid" BEFORE INSERT OR UPDATE ON "organizations"."${table}"
         FOR EACH ROW EXECUTE FUNCTION "organizations"."stamp_change_xid"()`,
      );
      await q.query(
        `CREATE TRIGGER "${table}_notify_directory" AFTER INSERT OR UPDATE OR DELETE ON "organizations"."${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION "organizations"."notify_directory"()`,
      );
    }
    // A group's members travel with the group: a change of membership restamps the group.
    await q.query(
      `CREATE FUNCTION "organizations"."touch_emulation_group"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE "organizations"."emulation_group" SET "change_xid" = 0
          WHERE "id" = CASE WHEN TG_OP = 'DELETE' THEN OLD.group_id ELSE NEW.group_id END;
         RETURN NULL;
       END $$`,
    );
    await q.query(
      `CREATE TRIGGER "emulation_group_member_touch_group" AFTER INSERT OR UPDATE OR DELETE
       ON "organizations"."emulation_group_member" FOR EACH ROW
       EXECUTE FUNCTION "organizations"."touch_emulation_group"()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TRIGGER "emulation_group_member_touch_group" ON "organizations"."emulation_group_member"`,
    );
    await q.query(`DROP FUNCTION "organizations"."touch_emulation_group"()`);
    for (const table of FEED_TABLES) {
      await q.query(`DROP TRIGGER "${table}_notify_directory" ON "organizations"."${table}"`);
      await q.query(`DROP TRIGGER "${table}_stamp_change_xid" ON "organizations"."${table}"`);
      await q.query(`DROP INDEX "organizations"."${table}_change_xid_idx"`);
      await q.query(`ALTER TABLE "organizations"."${table}" DROP COLUMN "change_xid"`);
    }
    await q.query(`DROP FUNCTION "organizations"."notify_directory"()`);
    await q.query(`DROP FUNCTION "organizations"."stamp_change_xid"()`);
  }
}
