import { directoryPersonLeftAtSql, dropDirectoryPersonLeftAtSql } from '@laurel/directory';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The copy of the directory carries when a person left (section 9: no new nominations or seats). */
export class DirectoryPersonLeftAt1764710000000 implements MigrationInterface {
  name = 'DirectoryPersonLeftAt1764710000000';

  async up(q: QueryRunner): Promise<void> {
    for (const statement of directoryPersonLeftAtSql('exemplars')) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const statement of dropDirectoryPersonLeftAtSql('exemplars')) await q.query(statement);
  }
}
