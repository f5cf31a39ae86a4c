import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A published recognition is part of the public showcase (SPEC 7): any signed-in caller may read
 * which exemplar it belongs to, so that a showcase card leads to the model to adopt
 * (`Nomination.exemplar`). Plans, evaluations and unpublished recognitions stay inside the wall.
 */
export class PublicRecognitions1764720000000 implements MigrationInterface {
  name = 'PublicRecognitions1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY IF EXISTS public_rows ON "exemplars"."exemplar_recognition"`);
    await q.query(
      `CREATE POLICY public_rows ON "exemplars"."exemplar_recognition" FOR SELECT TO "laurel_exemplars" USING (published)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY IF EXISTS public_rows ON "exemplars"."exemplar_recognition"`);
  }
}
