import { InvalidRequestError, parseRequest, type ParsedRequest } from '@laurel/contracts';
import { BadUserInputError, isId } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import { ProcessedEventEntity } from '../infrastructure/processed-event.entity';
import { NominationEntity, NominationReviewerEntity, type StageValue } from './nomination.entity';
import { emitEvent, recordTransition } from './nomination-history';

/** The stages voting's councils set, and the stage each may come from. */
const COUNCIL_MOVES: Record<string, readonly StageValue[]> = {
  UNDER_REVIEW: ['PROPOSED'],
  COUNCIL_APPROVED: ['UNDER_REVIEW'],
  COUNCIL_REJECTED: ['UNDER_REVIEW'],
};

/**
 * Council stages, from the voting subgraph (signed internal call, at least once): applied in
 * one transaction, idempotent by event id and by stage. With them, who reads which
 * nominations as the slate he or she votes on (docs/API.md §2): `seat` when a session is created or a
 * member joins its council, `unseat` when a member leaves before voting.
 */
export async function applyCouncilResult(
  db: DataSource,
  now: () => Date,
  body: unknown,
): Promise<{ applied: number; skipped: number }> {
  const b = councilResult(body);
  const reviewers = b.reviewerPersonIds;
  const seat = slateReaders(b.seat);
  const unseat = slateReaders(b.unseat);
  const changes = b.changes as { nominationId: string; to: StageValue }[];
  const by = b.by ?? 'council';
  return db.transaction(async (m) => {
    const fresh = await m
      .createQueryBuilder()
      .insert()
      .into(ProcessedEventEntity)
      .values({ id: b.eventId })
      .orIgnore()
      .execute();
    if ((fresh.raw as unknown[]).length === 0) return { applied: 0, skipped: changes.length };
    if (seat)
      await m.query(
        `INSERT INTO nominations.nomination_reviewer (nomination_id, person_id)
         SELECT n.id, p.id FROM nominations.nomination n CROSS JOIN unnest($2::uuid[]) AS p(id)
          WHERE n.id = ANY($1::uuid[])
         ON CONFLICT DO NOTHING`,
        [seat.nominationIds, seat.personIds],
      );
    if (unseat)
      await m.query(
        `DELETE FROM nominations.nomination_reviewer
          WHERE nomination_id = ANY($1::uuid[]) AND person_id = ANY($2::uuid[])`,
        [unseat.nominationIds, unseat.personIds],
      );
    let applied = 0;
    let skipped = 0;
    for (const change of [...changes].sort((x, y) => (x.nominationId < y.nominationId ? -1 : 1))) {
      const allowed = COUNCIL_MOVES[change.to];
      if (!allowed || !isId(change.nominationId)) throw new BadUserInputError(`cannot set ${change.to}`);
      const current = await m
        .getRepository(NominationEntity)
        .createQueryBuilder('n')
        .setLock('pessimistic_write')
        .where('n.id = :id', { id: change.nominationId })
        .getOne();
      if (!current || current.stage === change.to || !allowed.includes(current.stage)) {
        skipped += 1;
        continue;
      }
      await m.getRepository(NominationEntity).update({ id: current.id }, { stage: change.to });
      if (change.to === 'UNDER_REVIEW' && reviewers.length > 0)
        await m
          .createQueryBuilder()
          .insert()
          .into(NominationReviewerEntity)
          .values(reviewers.map((personId) => ({ nominationId: current.id, personId })))
          .orIgnore()
          .execute();
      await recordTransition(m, current, change.to, by, null);
      await emitEvent(m, 'nomination.transitioned', { ...current, stage: change.to }, now(), {
        from: current.stage,
        to: change.to,
      });
      applied += 1;
    }
    return { applied, skipped };
  });
}

type ParsedCouncilResult = ParsedRequest<'council-results'>;

/** The `council-results` request, or BAD_USER_INPUT naming what is missing. */
function councilResult(body: unknown): ParsedCouncilResult {
  try {
    return parseRequest('council-results', body);
  } catch (error) {
    if (!(error instanceof InvalidRequestError)) throw error;
    const slate = error.issues.some((i) => i.path[0] === 'seat' || i.path[0] === 'unseat');
    throw new BadUserInputError(
      slate ? 'seat and unseat carry nominationIds and personIds, ids only' : 'eventId and changes required',
    );
  }
}

/** `{ nominationIds, personIds }` from voting; null when there is nothing to do. */
function slateReaders(
  value: ParsedCouncilResult['seat'],
): { nominationIds: string[]; personIds: string[] } | null {
  if (value == null) return null;
  return value.nominationIds.length > 0 && value.personIds.length > 0 ? value : null;
}
