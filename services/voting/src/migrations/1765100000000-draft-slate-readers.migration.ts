import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Council members read the slates of sessions still in DRAFT (SPEC 2): sessions created before
 * voting told nominations who reads a slate at creation get one outbox row each, delivered by
 * the relay like any other (nominations applies each event id once).
 */
export class DraftSlateReaders1765100000000 implements MigrationInterface {
  name = 'DraftSlateReaders1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO voting.council_outbox (id, payload)
       SELECT gen_random_uuid(), jsonb_build_object(
                'changes', '[]'::jsonb,
                'seat', jsonb_build_object(
                  'nominationIds', (SELECT jsonb_agg(sn.nomination_id ORDER BY sn.position)
                                      FROM voting.session_nomination sn WHERE sn.session_id = s.id),
                  'personIds', (SELECT jsonb_agg(m.person_id ORDER BY m.person_id)
                                  FROM voting.council_member m WHERE m.council_id = s.council_id)),
                'by', 'migration')
         FROM voting.voting_session s
        WHERE s.status = 'DRAFT'
          AND EXISTS (SELECT 1 FROM voting.session_nomination sn WHERE sn.session_id = s.id)
          AND EXISTS (SELECT 1 FROM voting.council_member m WHERE m.council_id = s.council_id)`,
    );
  }

  async down(): Promise<void> {
    // Delivered rows stay delivered: nothing to undo.
  }
}
