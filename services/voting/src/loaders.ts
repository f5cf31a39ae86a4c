import type { DataSource } from 'typeorm';
import type { NominationResult } from './session/dto/voting.types';
import { SessionNominationEntity, SessionResultEntity } from './session/session.entity';

/**
 * A closed session's results, read once per process (they never change): every subscriber's
 * and every request's `results` share one query per session.
 */
export function createResultsLoader(db: DataSource): (sessionId: string) => Promise<NominationResult[]> {
  const cache = new Map<string, Promise<NominationResult[]>>();
  return (sessionId: string) => {
    let hit = cache.get(sessionId);
    if (!hit) {
      if (cache.size > 10_000) cache.clear();
      hit = loadResults(db, sessionId);
      cache.set(sessionId, hit);
      hit.catch(() => cache.delete(sessionId));
    }
    return hit;
  };
}

async function loadResults(db: DataSource, sessionId: string): Promise<NominationResult[]> {
  const rows = await db
    .getRepository(SessionResultEntity)
    .createQueryBuilder('r')
    .innerJoin(
      SessionNominationEntity,
      's',
      's.session_id = r.session_id AND s.nomination_id = r.nomination_id',
    )
    .where('r.session_id = :sessionId', { sessionId })
    .orderBy('s.position', 'ASC')
    .getMany();
  return rows.map((r) => ({
    nomination: { id: r.nominationId },
    approve: r.approve,
    reject: r.reject,
    abstain: r.abstain,
    passed: r.passed,
  }));
}
