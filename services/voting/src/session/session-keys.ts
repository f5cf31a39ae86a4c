import type { EntityManager } from 'typeorm';
import type { Sealer } from '../sealing';
import { VotingSessionEntity } from './session.entity';

/**
 * Session keys unwrapped in this process, while their session is open: ballots are sealed with
 * them as they are cast and opened with them at closing, which forgets the key.
 */
export class SessionKeys {
  private readonly keys = new Map<string, Buffer>();

  constructor(private readonly sealer: Sealer) {}

  async get(m: EntityManager, sessionId: string): Promise<Buffer | null> {
    const cached = this.keys.get(sessionId);
    if (cached) return cached;
    const row = await m
      .getRepository(VotingSessionEntity)
      .createQueryBuilder('s')
      .addSelect('s.wrapped_key', 'wrapped')
      .where('s.id = :sessionId', { sessionId })
      .getRawOne<{ wrapped: Buffer | null }>();
    if (!row?.wrapped) return null;
    const key = this.sealer.unwrap(row.wrapped);
    if (this.keys.size > 10_000) this.keys.clear();
    this.keys.set(sessionId, key);
    return key;
  }

  forget(sessionId: string): void {
    this.keys.delete(sessionId);
  }
}
