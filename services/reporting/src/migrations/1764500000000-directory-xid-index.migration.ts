import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The folder looks for moved organizations among the directory rows applied since its last look
 * (by the `xid` that stamps each row), not through the whole copy every time the feed's cursor
 * advances (which it does on every poll, changes or not).
 */
export class DirectoryXidIndex1764500000000 implements MigrationInterface {
  name = 'DirectoryXidIndex1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "directory_organization_xid_idx" ON "reporting"."directory_organization" ("xid")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "reporting"."directory_organization_xid_idx"`);
  }
}
