import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The gateway resolves a token's subject to the people it signs in as (`person.account`) on every
 * identity lookup. The unique index leads with the tenant, which such a lookup does not know: at
 * national scale (1.5 million people) it walked the whole index, 5 ms a lookup.
 */
export class PersonAccountIndex1764500000000 implements MigrationInterface {
  name = 'PersonAccountIndex1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "person_account_idx" ON "organizations"."person" ("account")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "organizations"."person_account_idx"`);
  }
}
