import { enableRowLevelSecurity } from '@laurel/db';
import { directoryRowSecurity } from '@laurel/directory';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const OF_EXEMPLAR = (table: string) =>
  `EXISTS (SELECT 1 FROM "exemplars"."exemplar" p WHERE p.id = "${table}".exemplar_id AND visible(p.organization_id))`;

/**
 * The second wall: see libs/db/src/row-level-security.ts and SECURITY.md. Two openings, both of
 * SPEC 7: a published exemplar is read by every tenant (the public showcase, for adopting it),
 * and an adoption belongs to the adopter and to the fostering organization alike.
 */
export class RowLevelSecurity1764700000002 implements MigrationInterface {
  name = 'RowLevelSecurity1764700000002';

  async up(q: QueryRunner): Promise<void> {
    const directory = directoryRowSecurity('exemplars');
    await enableRowLevelSecurity(q, {
      schema: 'exemplars',
      role: 'laurel_exemplars',
      organizations: directory.organizations,
      tables: {
        ...directory.tables,
        exemplar: 'visible(organization_id)',
        exemplar_recognition: 'visible(organization_id)',
        // Not through the exemplar's public read: plans and evaluations stay inside the wall.
        fostering_action: OF_EXEMPLAR('fostering_action'),
        evaluation: OF_EXEMPLAR('evaluation'),
        adoption: 'visible(adopter_organization_id) OR visible(fostering_organization_id)',
        initiative: 'visible(organization_id)',
        initiative_progress: `EXISTS (SELECT 1 FROM "exemplars"."initiative" p WHERE p.id = "initiative_progress".initiative_id AND visible(p.organization_id))`,
      },
      publicReads: { exemplar: 'published' },
      serviceOnly: [...directory.serviceOnly, 'processed_event', 'feed_cursor'],
      shared: directory.shared,
    });
  }

  async down(): Promise<void> {
    // Policies and grants stay: removing the second wall is not a migration's job.
  }
}
