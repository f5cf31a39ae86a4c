import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { isUniqueViolation, preparedQuery } from '@laurel/db';
import {
  BadUserInputError,
  AlreadyVotedError,
  NotAVoterError,
  SessionNotOpenError,
  NotFoundError,
  isId,
  type RequestContext,
} from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { VotingAccess } from '../access';
import type { Sealer } from '../sealing';
import type { ProgressService } from './progress.service';
import type { SessionKeys } from './session-keys';
import { ReceiptEntity, SessionNominationEntity } from './session.entity';
import type { ChoiceValue } from './tally';

const CHOICES = new Set<ChoiceValue>(['APPROVE', 'REJECT', 'ABSTAIN']);

/** Casting a secret ballot (the hot path while a session is open) and checking its receipt. */
export class BallotService {
  private readonly slates = new Map<string, Promise<string[]>>();

  constructor(
    private readonly db: DataSource,
    private readonly access: VotingAccess,
    private readonly sealer: Sealer,
    private readonly keys: SessionKeys,
    private readonly progress: ProgressService,
  ) {}

  /**
   * One ballot per member: the participation row (primary key session × person) and the sealed
   * ballot are written in one transaction, so of fifty simultaneous casts exactly one lands.
   */
  async cast(
    ctx: RequestContext,
    sessionId: string,
    choices: { nominationId: string; choice: ChoiceValue }[],
  ): Promise<{ sessionId: string; receiptCode: string }> {
    // The hot path: one query to find the session and the caller's seat, one statement to vote.
    // Both are prepared statements: parsed and planned (row-level security policies included)
    // once per pooled connection, not on every ballot.
    const [row] = isId(sessionId)
      ? await preparedQuery<{ status: string; councilId: string; voter: string | null }>(
          this.db,
          `SELECT s.status, s.council_id AS "councilId",
                  (SELECT m.person_id FROM voting.council_member m
                    WHERE m.council_id = s.council_id AND m.person_id = ANY($2::uuid[])
                    ORDER BY m.person_id LIMIT 1) AS voter
             FROM voting.voting_session s WHERE s.id = $1`,
          [sessionId, ctx.identity.personIds.filter(isId)],
        )
      : [];
    if (!row) throw new NotFoundError('VotingSession', sessionId);
    if (!row.voter) {
      await this.access.session(ctx, sessionId); // NOT_FOUND for whoever may not see the session
      throw new NotAVoterError('Only the council’s members vote in its sessions');
    }
    if (row.status !== 'OPEN') throw new SessionNotOpenError(`The session is ${row.status}`);
    const slate = await this.slate(sessionId);
    const ballot: Record<string, ChoiceValue> = {};
    for (const c of choices) {
      if (!slate.includes(c.nominationId))
        throw new BadUserInputError(`${c.nominationId} is not on this session's slate`);
      if (ballot[c.nominationId]) throw new BadUserInputError(`${c.nominationId} is chosen twice`);
      if (!CHOICES.has(c.choice)) throw new BadUserInputError(`unknown choice ${String(c.choice)}`);
      ballot[c.nominationId] = c.choice;
    }
    const missing = slate.filter((id) => !ballot[id]);
    if (missing.length > 0)
      throw new BadUserInputError(
        `A ballot chooses for every nomination on the slate; missing: ${missing.join(', ')}`,
      );
    const key = await this.keys.get(this.db.manager, sessionId);
    if (!key) throw new SessionNotOpenError('The session is not open');

    const receiptCode = randomBytes(12).toString('base64url');
    // One statement, so one transaction: the participation row (its primary key is the
    // double-vote guard), the sealed ballot and the receipt are written only if the session is
    // still open at that moment; progress is announced after it commits (ProgressService.soon).
    // FOR KEY SHARE, not an UPDATE of the session's row: casts share that lock (no ballot of a
    // session waits for another's commit), while closing takes FOR UPDATE, which waits for the
    // casts in flight and makes the later ones find the session CLOSED.
    let cast: { cast: boolean } | undefined;
    try {
      const rows = await preparedQuery<{ cast: boolean }>(
        this.db,
        `WITH u AS (
           SELECT id FROM voting.voting_session WHERE id = $1 AND status = 'OPEN' FOR KEY SHARE),
         p AS (INSERT INTO voting.participation (session_id, person_id) SELECT id, $2 FROM u),
         b AS (INSERT INTO voting.sealed_ballot (id, session_id, sealed) SELECT $3, id, $4 FROM u),
         r AS (INSERT INTO voting.receipt (session_id, code_hash) SELECT id, $5 FROM u)
         SELECT true AS cast FROM u`,
        [
          sessionId,
          row.voter,
          randomUUID(),
          this.sealer.sealBallot(key, ballot),
          hashReceipt(sessionId, receiptCode),
        ],
      );
      cast = rows[0];
    } catch (error) {
      if (isUniqueViolation(error, 'participation_pkey'))
        throw new AlreadyVotedError('You have already voted in this session');
      throw error;
    }
    if (!cast) throw new SessionNotOpenError('The session closed before the ballot was cast');
    this.progress.soon(sessionId);
    return { sessionId, receiptCode };
  }

  /** A session's slate never changes once created: read once per process. */
  private async slate(sessionId: string): Promise<string[]> {
    let hit = this.slates.get(sessionId);
    if (!hit) {
      if (this.slates.size > 10_000) this.slates.clear();
      hit = this.db
        .getRepository(SessionNominationEntity)
        .find({ where: { sessionId }, order: { position: 'ASC' } })
        .then((rows) => rows.map((r) => r.nominationId));
      this.slates.set(sessionId, hit);
      hit.catch(() => this.slates.delete(sessionId));
    }
    return hit;
  }

  /** Only for whoever reads the session (its members, its organization's staff): false otherwise. */
  async verifyReceipt(ctx: RequestContext, sessionId: string, code: string): Promise<boolean> {
    if (!isId(sessionId) || typeof code !== 'string' || code.length > 100) return false;
    const readable = await this.access.session(ctx, sessionId).then(
      () => true,
      (error: unknown) => {
        if (error instanceof NotFoundError) return false;
        throw error;
      },
    );
    if (!readable) return false;
    const found = await this.db
      .getRepository(ReceiptEntity)
      .existsBy({ sessionId, codeHash: hashReceipt(sessionId, code) });
    return found;
  }
}

function hashReceipt(sessionId: string, code: string): string {
  return createHash('sha256').update(`${sessionId}:${code}`).digest('base64url');
}
