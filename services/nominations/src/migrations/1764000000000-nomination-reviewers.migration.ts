import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Council members reviewing a slate read its nominations (generated from the entity). */
export class NominationReviewers1764000000000 implements MigrationInterface {
  name = 'NominationReviewers1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "nominations"."nomination_reviewer" ("nomination_id" uuid NOT NULL, "person_id" uuid NOT NULL, CONSTRAINT "nomination_reviewer_pkey" PRIMARY KEY ("nomination_id", "person_id"))`,
    );
    await q.query(
      `CREATE INDEX "nomination_reviewer_person_idx" ON "nominations"."nomination_reviewer" ("person_id")`,
    );
    await q.query(
      `ALTER TABLE "nominations"."nomination_reviewer" ADD CONSTRAINT "nomination_reviewer_nomination_fk" FOREIGN KEY ("nomination_id") REFERENCES "nominations"."nomination"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "nominations"."nomination_reviewer"`);
  }
}
