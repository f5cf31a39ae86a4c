import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Creates nothing: runServiceMigrations creates the "exemplars" schema and TypeORM its
 * "exemplars"."migrations" table, so that a migrated database records a schema version from the start.
 */
export class ExemplarsInitial1764700000000 implements MigrationInterface {
  name = 'ExemplarsInitial1764700000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
