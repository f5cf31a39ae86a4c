import { defineAbilityFor, type Identity } from '@laurel/auth';
import type { DirectoryReader } from '@laurel/directory';
import type { PgPubSub } from '@laurel/events';
import { isId, type RequestContext } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import { mayRead } from '../access';
import { CouncilEntity, CouncilMemberEntity } from '../council/council.entity';
import { ballotsCastSql, VotingSessionEntity } from './session.entity';

export const PROGRESS_TOPIC = 'VOTING_PROGRESS';
/** How often a session's progress may leave one voting process while ballots arrive. */
const PROGRESS_NOTIFY_MS = 50;
/** The LISTEN/NOTIFY channel progress crosses processes on. */
export const PROGRESS_CHANNEL = 'laurel_voting';

export interface ProgressEvent {
  sessionId: string;
  status: 'DRAFT' | 'OPEN' | 'CLOSED';
  ballotsCast: number;
  eligibleVoters: number;
}

/** A session's progress: announced as it changes, read by its subscribers, and who they may be. */
export class ProgressService {
  private readonly pendingProgress = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly db: DataSource,
    private readonly directory: DirectoryReader,
    private readonly pubSub: PgPubSub | null,
    /** The LISTEN/NOTIFY channel the progress events travel on (the PgPubSub's). */
    private readonly progressChannel = PROGRESS_CHANNEL,
  ) {}

  /**
   * Progress leaves at most once per `PROGRESS_NOTIFY_MS` per session and process, counted
   * from the committed participation rows, rather than with every ballot: `NOTIFY` takes a global lock at commit
   * that would serialise every ballot of every session. Every ballot is followed by a
   * notification sent after its commit, so the last count always goes out.
   */
  soon(sessionId: string): void {
    if (this.pendingProgress.has(sessionId)) return;
    const timer = setTimeout(() => {
      this.pendingProgress.delete(sessionId);
      this.db
        .query(
          `SELECT pg_notify($1, json_build_object('topic', $2::text, 'payload', json_build_object(
                    'sessionId', s.id, 'status', s.status, 'ballotsCast', (${ballotsCastSql('s')}),
                    'eligibleVoters', s.eligible_voters))::text)
             FROM voting.voting_session s WHERE s.id = $3 AND s.status = 'OPEN'`,
          [this.progressChannel, PROGRESS_TOPIC, sessionId],
        )
        .catch((e: unknown) => console.error('[voting] progress notify', e));
    }, PROGRESS_NOTIFY_MS);
    timer.unref();
    this.pendingProgress.set(sessionId, timer);
  }

  /** Now, after a session opened or closed (its commit is done). */
  async publish(
    s: Pick<VotingSessionEntity, 'id' | 'status' | 'ballotsCast' | 'eligibleVoters'>,
  ): Promise<void> {
    const event: ProgressEvent = {
      sessionId: s.id,
      status: s.status,
      ballotsCast: s.ballotsCast,
      eligibleVoters: s.eligibleVoters,
    };
    await this.pubSub
      ?.publishNow(PROGRESS_TOPIC, event)
      .catch((e: unknown) => console.error('[voting] publish', e));
  }

  /** Who may follow a session's progress: exactly who may read it (`votingSession`). */
  async maySubscribe(ctx: RequestContext, sessionId: string): Promise<boolean> {
    const [allowed] = await this.mayWatch(sessionId, [ctx.identity]);
    return allowed === true;
  }

  /**
   * Who may watch a session's progress — exactly who may read the session (section 9: its
   * council's members, and the ORG_ADMINs and VIEWERs of its organization or above; `mayRead`,
   * the rule `VotingAccess.session()` applies too), for many callers at once: the gateway's
   * shared progress stream re-checks its whole audience with one call (a member removed from
   * the council stops receiving) rather than one query per subscriber.
   */
  async mayWatch(sessionId: string, identities: Identity[]): Promise<boolean[]> {
    const session = isId(sessionId)
      ? await this.db.getRepository(VotingSessionEntity).findOneBy({ id: sessionId })
      : null;
    if (!session) return identities.map(() => false);
    const council = await this.db.getRepository(CouncilEntity).findOneBy({ id: session.councilId });
    const org = council ? await this.directory.organization(council.organizationId) : null;
    const personIds = [...new Set(identities.flatMap((i) => i.personIds))];
    const members = new Set<string>(
      personIds.length === 0
        ? []
        : (
            await this.db
              .getRepository(CouncilMemberEntity)
              .createQueryBuilder('m')
              .select('m.person_id', 'personId')
              .where('m.council_id = :councilId', { councilId: session.councilId })
              .andWhere('m.person_id = ANY(:ids)', { ids: personIds })
              .getRawMany<{ personId: string }>()
          ).map((r) => r.personId),
    );
    return identities.map(
      (identity) =>
        !!org &&
        mayRead(
          defineAbilityFor(identity),
          identity.personIds.some((id) => members.has(id)),
          org.path,
        ),
    );
  }

  async snapshot(sessionId: string): Promise<ProgressEvent | null> {
    const s = await this.db.getRepository(VotingSessionEntity).findOneBy({ id: sessionId });
    return (
      s && {
        sessionId: s.id,
        status: s.status,
        ballotsCast: s.ballotsCast,
        eligibleVoters: await this.eligibleVoters(s),
      }
    );
  }

  /** Fixed when the session opens; before that, the council's voting members now (section 9). */
  async eligibleVoters(
    s: Pick<VotingSessionEntity, 'status' | 'eligibleVoters' | 'councilId'>,
  ): Promise<number> {
    if (s.status !== 'DRAFT') return s.eligibleVoters;
    return this.db.getRepository(CouncilMemberEntity).countBy({ councilId: s.councilId });
  }
}
