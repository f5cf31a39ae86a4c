import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Creates nothing: runServiceMigrations creates the "voting" schema and TypeORM its
 * "voting"."migrations" table; later issues fill the schema with migrations of their own.
 * It exists so that a migrated database records a schema version from the start.
 */
export class VotingInitial1763800000000 implements MigrationInterface {
  name = 'VotingInitial1763800000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
