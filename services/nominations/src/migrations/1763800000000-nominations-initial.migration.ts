import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Creates nothing: runServiceMigrations creates the "nominations" schema and TypeORM its
 * "nominations"."migrations" table; later issues fill the schema with migrations of their own.
 * It exists so that a migrated database records a schema version from the start.
 */
export class NominationsInitial1763800000000 implements MigrationInterface {
  name = 'NominationsInitial1763800000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
