import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { defineAbilityFor, isUnder, subject, type AppAbility, type Identity } from '@laurel/auth';
import { isUniqueViolation, keysetPage, type KeysetResult } from '@laurel/db';
import { idsOfPath, type DirectoryReader } from '@laurel/directory';
import type { PgPubSub } from '@laurel/events';
import {
  BadUserInputError,
  AlreadyVotedError,
  ForbiddenError,
  NotAVoterError,
  SessionNotOpenError,
  InvalidTransitionError,
  NotFoundError,
  assertCan,
  isId,
  type RequestContext,
} from '@laurel/graphql';
import { normalizeText } from '@laurel/i18n';
import type { DataSource, EntityManager } from 'typeorm';
import { CouncilEntity, CouncilMemberEntity } from '../council/council.entity';
import type { CouncilRole } from '../enums';
import { strictest, type CatalogueClient } from '../catalogue-client';
import type { NominationsClient } from '../nominations-client';
import type { Sealer } from '../sealing';
import {
  BallotEntity,
  type CouncilOutboxEntity,
  ReceiptEntity,
  SealedBallotEntity,
  SessionNominationEntity,
  SessionResultEntity,
  VotingSessionEntity,
} from './session.entity';
import { tally, type ChoiceValue } from './tally';

export const PROGRESS_TOPIC = 'VOTING_PROGRESS';
/** How often a session's progress may leave one voting process while ballots arrive. */
const PROGRESS_NOTIFY_MS = 50;
/** How long open/close wait for the results to reach nominations before answering anyway. */
const DELIVERY_WAIT_MS = 3_000;
/** The LISTEN/NOTIFY channel progress crosses processes on. */
export const PROGRESS_CHANNEL = 'laurel_voting';

export interface ProgressEvent {
  sessionId: string;
  status: 'DRAFT' | 'OPEN' | 'CLOSED';
  ballotsCast: number;
  eligibleVoters: number;
}

export interface FractionInputValue {
  numerator: number;
  denominator: number;
}

const CHOICES = new Set<ChoiceValue>(['APPROVE', 'REJECT', 'ABSTAIN']);

function subjectOf(ctx: RequestContext): string {
  return ctx.identity.subject ?? 'unknown';
}

export class VotingService {
  /** Session keys unwrapped in this process, while their session is open. */
  private readonly keys = new Map<string, Buffer>();
  private readonly slates = new Map<string, Promise<string[]>>();
  private readonly pendingProgress = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly db: DataSource,
    private readonly directory: DirectoryReader,
    private readonly nominations: NominationsClient,
    private readonly sealer: Sealer,
    private readonly catalogue: CatalogueClient,
    private readonly pubSub: PgPubSub | null,
    /** Delivers the outbox now; resolves once a delivery run that saw the new rows ended. */
    private readonly onOutbox: () => Promise<void> | void = () => undefined,
    /** The LISTEN/NOTIFY channel the progress events travel on (the PgPubSub's). */
    private readonly progressChannel = PROGRESS_CHANNEL,
  ) {}

  async createCouncil(
    ctx: RequestContext,
    input: {
      organizationId: string;
      name: string;
      kind: string;
      members: { personId: string; role: CouncilRole }[];
    },
  ): Promise<CouncilEntity> {
    const org = isId(input.organizationId) ? await this.directory.organization(input.organizationId) : null;
    if (!org) throw new NotFoundError('Organization', input.organizationId);
    assertCan(ctx.ability, 'create', 'Council', { orgPath: org.path }, 'organization', {
      id: org.id,
      message: 'You may not create councils for this organization',
    });
    const name = normalizeText(input.name ?? '').trim();
    const problems: string[] = [];
    if (!name) problems.push('name must not be empty');
    if (input.members.length === 0) problems.push('members: a council needs members');
    if (input.members.length > 200) problems.push('members: at most 200');
    const ids = input.members.map((m) => m.personId);
    if (new Set(ids).size !== ids.length) problems.push('members: a person is listed twice');
    if (input.members.filter((m) => m.role === 'CHAIR').length > 1)
      problems.push('members: one CHAIR at most');
    const people = await this.directory.people(ids.filter(isId), { fresh: true });
    input.members.forEach((m, i) => {
      const p = people.get(m.personId);
      if (!p || !isUnder(p.orgPath, org.path))
        problems.push(`members[${i}].personId: not a person of ${org.name}`);
      else if (p.leftAt) problems.push(`members[${i}].personId: ${p.fullName} has left and cannot be seated`);
    });
    if (problems.length > 0) throw new BadUserInputError(problems.join('; '));
    return this.db.transaction(async (m) => {
      const council = m.getRepository(CouncilEntity).create({
        id: randomUUID(),
        organizationId: org.id,
        name,
        kind: input.kind as CouncilEntity['kind'],
        createdBy: subjectOf(ctx),
      });
      await m.getRepository(CouncilEntity).insert(council);
      await m
        .getRepository(CouncilMemberEntity)
        .insert(input.members.map((x) => ({ councilId: council.id, personId: x.personId, role: x.role })));
      return m.getRepository(CouncilEntity).findOneByOrFail({ id: council.id });
    });
  }

  async createSession(
    ctx: RequestContext,
    input: {
      councilId: string;
      title: string;
      nominationIds: string[];
      threshold: FractionInputValue | null;
      base: 'TOTAL_MEMBERS' | 'BALLOTS_CAST' | null;
      quorum: FractionInputValue | null;
      comparison: 'AT_LEAST' | 'MORE_THAN' | null;
    },
  ): Promise<VotingSessionEntity> {
    const { council, orgPath } = await this.council(ctx, input.councilId);
    // The council was loaded through the read rules (its members read it): FORBIDDEN beyond.
    assertCan(ctx.ability, 'create', 'VotingSession', { orgPath }, 'council', {
      visible: true,
      message: 'You may not create voting sessions for this council',
    });
    const problems: string[] = [];
    const title = normalizeText(input.title ?? '').trim();
    if (!title) problems.push('title must not be empty');
    const fraction = (name: string, f: FractionInputValue, allowZero: boolean) => {
      if (
        !Number.isInteger(f.numerator) ||
        !Number.isInteger(f.denominator) ||
        f.denominator < 1 ||
        f.denominator > 1000
      )
        problems.push(`${name}: numerator and denominator are integers, denominator 1–1000`);
      else if (f.numerator > f.denominator || f.numerator < (allowZero ? 0 : 1))
        problems.push(`${name}: must lie in ${allowZero ? '[0, 1]' : '(0, 1]'}`);
    };
    if (input.threshold) fraction('threshold', input.threshold, false);
    if (input.quorum) fraction('quorum', input.quorum, true);
    const ids = [...new Set(input.nominationIds)];
    if (ids.length === 0) problems.push('nominationIds: the slate is empty');
    if (ids.length !== input.nominationIds.length)
      problems.push('nominationIds: a nomination is listed twice');
    if (ids.length > 500) problems.push('nominationIds: at most 500');
    if (problems.length > 0) throw new BadUserInputError(problems.join('; '));

    const found = await this.nominations.nominations(ids.filter(isId));
    ids.forEach((id, i) => {
      const n = found.get(id);
      if (!n || n.campaignOrganizationId !== council.organizationId)
        problems.push(`nominationIds[${i}]: not a nomination of a campaign of this council's organization`);
      else if (n.stage !== 'PROPOSED')
        problems.push(`nominationIds[${i}]: is ${n.stage}, only PROPOSED ones go to a vote`);
    });
    if (problems.length > 0) throw new BadUserInputError(problems.join('; '));

    // What the client leaves out comes from the catalogue: the strictest vote the slate needs.
    let rule = {
      threshold: input.threshold,
      base: input.base,
      comparison: input.comparison ?? 'AT_LEAST',
      source: null as string | null,
    };
    if (!input.threshold || !input.base) {
      const org = await this.directory.organization(council.organizationId);
      const codes = [...new Set([...found.values()].map((n) => n.distinctionCode))];
      const rules = await this.catalogue.voteRules(
        codes,
        new Date(),
        org ? idsOfPath(org.path).reverse() : [],
      );
      const chosen = strictest([...rules.values()]);
      if (!chosen)
        throw new BadUserInputError(
          'threshold and base: the catalogue has no rule for this slate, give them',
        );
      rule = {
        threshold: input.threshold ?? chosen.threshold,
        base: input.base ?? chosen.base,
        comparison: input.comparison ?? chosen.comparison,
        source: `${chosen.source}${chosen.confirmed ? '' : ' (not yet confirmed)'}`,
      };
    }
    const threshold = rule.threshold as FractionInputValue;
    const quorum = input.quorum ?? { numerator: 1, denominator: 2 };

    const created = await this.db.transaction(async (m) => {
      const session = m.getRepository(VotingSessionEntity).create({
        id: randomUUID(),
        councilId: council.id,
        title,
        status: 'DRAFT',
        thresholdNumerator: threshold.numerator,
        thresholdDenominator: threshold.denominator,
        base: rule.base as 'TOTAL_MEMBERS' | 'BALLOTS_CAST',
        comparison: rule.comparison,
        ruleSource: rule.source,
        quorumNumerator: quorum.numerator,
        quorumDenominator: quorum.denominator,
        createdBy: subjectOf(ctx),
      });
      await m.getRepository(VotingSessionEntity).insert(session);
      await m
        .getRepository(SessionNominationEntity)
        .insert(ids.map((nominationId, position) => ({ sessionId: session.id, nominationId, position })));
      // The council's members read the slate they will vote on from now (docs/API.md §2), not only once
      // it opens: nominations learns who they are with the slate.
      const members = await m.getRepository(CouncilMemberEntity).findBy({ councilId: council.id });
      await this.enqueue(m, {
        changes: [],
        seat: { nominationIds: ids, personIds: members.map((x) => x.personId) },
        by: subjectOf(ctx),
      });
      return m.getRepository(VotingSessionEntity).findOneByOrFail({ id: session.id });
    });
    await this.delivered();
    return created;
  }

  /** DRAFT → OPEN: members counted, a session key made, the slate goes UNDER_REVIEW. */
  async open(ctx: RequestContext, id: string): Promise<VotingSessionEntity> {
    const { session, orgPath } = await this.session(ctx, id);
    // The council's CHAIR runs its sessions, as the organization's admins do (issue 15).
    if (!(await this.chairs(ctx, session.councilId)))
      assertCan(ctx.ability, 'update', 'VotingSession', { orgPath }, 'voting session', {
        visible: true,
        message: 'You may not open this voting session',
      });
    const opened = await this.db.transaction(async (m) => {
      const current = await this.lock(m, session.id);
      if (current.status !== 'DRAFT')
        throw new InvalidTransitionError(`A ${current.status} session cannot open`);
      await m
        .getRepository(CouncilEntity)
        .findOne({ where: { id: current.councilId }, lock: { mode: 'pessimistic_read' } });
      const members = await m.getRepository(CouncilMemberEntity).findBy({ councilId: current.councilId });
      const slate = await m.getRepository(SessionNominationEntity).findBy({ sessionId: current.id });
      const { wrapped } = this.sealer.newSessionKey();
      await m
        .getRepository(VotingSessionEntity)
        .update({ id: current.id }, { status: 'OPEN', eligibleVoters: members.length, wrappedKey: wrapped });
      await this.enqueue(m, {
        changes: slate.map((s) => ({ nominationId: s.nominationId, to: 'UNDER_REVIEW' })),
        reviewerPersonIds: members.map((x) => x.personId),
        by: subjectOf(ctx),
      });
      return m.getRepository(VotingSessionEntity).findOneByOrFail({ id: current.id });
    });
    await this.delivered();
    await this.publish(opened);
    return opened;
  }

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
    const [row] = isId(sessionId)
      ? ((await this.db.query(
          `SELECT s.status, s.council_id AS "councilId",
                  (SELECT m.person_id FROM voting.council_member m
                    WHERE m.council_id = s.council_id AND m.person_id = ANY($2::uuid[])
                    ORDER BY m.person_id LIMIT 1) AS voter
             FROM voting.voting_session s WHERE s.id = $1`,
          [sessionId, ctx.identity.personIds.filter(isId)],
        )) as { status: string; councilId: string; voter: string | null }[])
      : [];
    if (!row) throw new NotFoundError('VotingSession', sessionId);
    if (!row.voter) {
      await this.session(ctx, sessionId); // NOT_FOUND for whoever may not see the session
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
    const key = await this.sessionKey(this.db.manager, sessionId);
    if (!key) throw new SessionNotOpenError('The session is not open');

    const receiptCode = randomBytes(12).toString('base64url');
    // One statement, so one transaction: the participation row (its primary key is the
    // double-vote guard), the sealed ballot and the receipt are written only if the session is
    // still open at that moment; progress is announced after it commits (progressSoon).
    let updated: { ballotsCast: number; eligibleVoters: number } | undefined;
    try {
      const rows = (await this.db.query(
        `WITH u AS (
           UPDATE voting.voting_session SET ballots_cast = ballots_cast + 1
            WHERE id = $1 AND status = 'OPEN'
            RETURNING id, ballots_cast, eligible_voters),
         p AS (INSERT INTO voting.participation (session_id, person_id) SELECT id, $2 FROM u),
         b AS (INSERT INTO voting.sealed_ballot (id, session_id, sealed) SELECT $3, id, $4 FROM u),
         r AS (INSERT INTO voting.receipt (session_id, code_hash) SELECT id, $5 FROM u)
         SELECT ballots_cast AS "ballotsCast", eligible_voters AS "eligibleVoters" FROM u`,
        [
          sessionId,
          row.voter,
          randomUUID(),
          this.sealer.sealBallot(key, ballot),
          hashReceipt(sessionId, receiptCode),
        ],
      )) as { ballotsCast: number; eligibleVoters: number }[];
      updated = rows[0];
    } catch (error) {
      if (isUniqueViolation(error, 'participation_pkey'))
        throw new AlreadyVotedError('You have already voted in this session');
      throw error;
    }
    if (!updated) throw new SessionNotOpenError('The session closed before the ballot was cast');
    this.progressSoon(sessionId);
    return { sessionId, receiptCode };
  }

  /**
   * Progress leaves at most once per `PROGRESS_NOTIFY_MS` per session and process, read from
   * the committed row, rather than with every ballot: `NOTIFY` takes a global lock at commit
   * that would serialise every ballot of every session. Every ballot is followed by a
   * notification sent after its commit, so the last count always goes out.
   */
  private progressSoon(sessionId: string): void {
    if (this.pendingProgress.has(sessionId)) return;
    const timer = setTimeout(() => {
      this.pendingProgress.delete(sessionId);
      this.db
        .query(
          `SELECT pg_notify($1, json_build_object('topic', $2::text, 'payload', json_build_object(
                    'sessionId', id, 'status', status, 'ballotsCast', ballots_cast,
                    'eligibleVoters', eligible_voters))::text)
             FROM voting.voting_session WHERE id = $3 AND status = 'OPEN'`,
          [this.progressChannel, PROGRESS_TOPIC, sessionId],
        )
        .catch((e: unknown) => console.error('[voting] progress notify', e));
    }, PROGRESS_NOTIFY_MS);
    timer.unref();
    this.pendingProgress.set(sessionId, timer);
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

  /**
   * OPEN → CLOSED in one transaction: the sealed ballots are opened and tallied, rewritten in
   * random order into `ballot` (one transaction: one xmin for all, no insertion order), the
   * sealed rows deleted and the session key destroyed; the results go to nominations.
   */
  async close(ctx: RequestContext, id: string): Promise<VotingSessionEntity> {
    const { session, orgPath } = await this.session(ctx, id);
    // A council member reads the session (and votes in it) but does not close it: FORBIDDEN;
    // its CHAIR does, as the organization's admins do (issue 15).
    if (!(await this.chairs(ctx, session.councilId)))
      assertCan(ctx.ability, 'update', 'VotingSession', { orgPath }, 'voting session', {
        visible: true,
        message: 'You may not close this voting session',
      });
    const closed = await this.db.transaction(async (m) => {
      const current = await this.lock(m, session.id);
      if (current.status !== 'OPEN')
        throw new InvalidTransitionError(`A ${current.status} session cannot close`);
      const key = await this.sessionKey(m, current.id);
      if (!key) throw new InvalidTransitionError('The session key is gone');
      const sealed = await m.getRepository(SealedBallotEntity).findBy({ sessionId: current.id });
      const ballots = sealed.map((b) => this.sealer.openBallot<Record<string, ChoiceValue>>(key, b.sealed));
      const slate = (
        await m
          .getRepository(SessionNominationEntity)
          .find({ where: { sessionId: current.id }, order: { position: 'ASC' } })
      ).map((s) => s.nominationId);
      const { results, quorum } = tally(current, slate, ballots, current.eligibleVoters);
      shuffle(ballots);
      if (ballots.length > 0)
        await m
          .getRepository(BallotEntity)
          .insert(ballots.map((choices) => ({ id: randomUUID(), sessionId: current.id, choices })));
      await m.getRepository(SealedBallotEntity).delete({ sessionId: current.id });
      await m
        .getRepository(SessionResultEntity)
        .insert(results.map((r) => ({ sessionId: current.id, ...r })));
      await m.getRepository(VotingSessionEntity).update(
        { id: current.id },
        {
          status: 'CLOSED',
          wrappedKey: null,
          closedAt: new Date(),
          ballotsCast: ballots.length,
          outcomeNote: quorum
            ? null
            : `QUORUM_NOT_MET: ${ballots.length} of ${current.eligibleVoters} voted, the quorum is ${current.quorumNumerator}/${current.quorumDenominator}`,
        },
      );
      await this.enqueue(m, {
        changes: results.map((r) => ({
          nominationId: r.nominationId,
          to: r.passed ? 'COUNCIL_APPROVED' : 'COUNCIL_REJECTED',
        })),
        by: subjectOf(ctx),
      });
      return m.getRepository(VotingSessionEntity).findOneByOrFail({ id: current.id });
    });
    this.keys.delete(closed.id);
    await this.delivered();
    await this.publish(closed);
    return closed;
  }

  /**
   * Section 9: results reach the nominations at once. After the commit that wrote to the outbox,
   * the relay delivers (with the other pending rows) and the mutation waits for it, at most
   * `DELIVERY_WAIT_MS`: when nominations is unreachable the session still answers, and the
   * outbox delivers when it is back (each event applied once: nominations keys on its id).
   */
  private async delivered(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.resolve(this.onOutbox()).catch(() => undefined),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, DELIVERY_WAIT_MS);
        timer.unref();
      }),
    ]);
    clearTimeout(timer);
  }

  /** Who may follow a session's progress: exactly who may read it (`votingSession`). */
  async maySubscribe(ctx: RequestContext, sessionId: string): Promise<boolean> {
    const [allowed] = await this.mayWatch(sessionId, [ctx.identity]);
    return allowed === true;
  }

  /**
   * Who may watch a session's progress — exactly who may read the session (section 9: its
   * council's members, and the ORG_ADMINs and VIEWERs of its organization or above; `mayRead`,
   * the rule `session()` applies too), for many callers at once: the gateway's
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

  /**
   * Seats a person on a council (the organization's admins): a person of the council's
   * organization, still active, not yet a member; not while a session is open (who may vote is
   * fixed for the session); one CHAIR at most.
   */
  async addCouncilMember(
    ctx: RequestContext,
    councilId: string,
    member: { personId: string; role: CouncilRole },
  ): Promise<CouncilEntity> {
    const { council, orgPath } = await this.council(ctx, councilId);
    if (!ctx.ability.can('update', subjectFor('Council', orgPath))) throw new ForbiddenError();
    const person = isId(member.personId)
      ? await this.directory.person(member.personId, { fresh: true })
      : null;
    if (!person || !isUnder(person.orgPath, orgPath))
      throw new BadUserInputError('member.personId: not a person of the council’s organization', {
        field: 'member.personId',
      });
    if (person.leftAt)
      throw new BadUserInputError(`member.personId: ${person.fullName} has left and cannot be seated`, {
        field: 'member.personId',
      });
    const seated = await this.db.transaction(async (m) => {
      // Serialised with `open`, which reads the members under a share lock of the same row.
      await m
        .getRepository(CouncilEntity)
        .findOne({ where: { id: council.id }, lock: { mode: 'pessimistic_write' } });
      const open = await m
        .getRepository(VotingSessionEntity)
        .existsBy({ councilId: council.id, status: 'OPEN' });
      if (open) throw new BadUserInputError('The council has an open voting session: close it first');
      const members = await m.getRepository(CouncilMemberEntity).findBy({ councilId: council.id });
      if (members.some((x) => x.personId === person.id))
        throw new BadUserInputError(`member.personId: ${person.fullName} is already a member`, {
          field: 'member.personId',
        });
      if (members.length >= 200) throw new BadUserInputError('A council has at most 200 members');
      if (member.role === 'CHAIR' && members.some((x) => x.role === 'CHAIR'))
        throw new BadUserInputError('member.role: the council already has its CHAIR', {
          field: 'member.role',
        });
      await m
        .getRepository(CouncilMemberEntity)
        .insert({ councilId: council.id, personId: person.id, role: member.role });
      // The new member reads the slates of the council's sessions still to be voted.
      const drafts = (await m.query(
        `SELECT DISTINCT sn.nomination_id AS id FROM voting.session_nomination sn
           JOIN voting.voting_session s ON s.id = sn.session_id
          WHERE s.council_id = $1 AND s.status = 'DRAFT'`,
        [council.id],
      )) as { id: string }[];
      await this.enqueue(m, {
        changes: [],
        seat: { nominationIds: drafts.map((r) => r.id), personIds: [person.id] },
        by: subjectOf(ctx),
      });
      return m.getRepository(CouncilEntity).findOneByOrFail({ id: council.id });
    });
    await this.delivered();
    return seated;
  }

  /**
   * The councils of an organization the caller may read (all for its readers, else its own
   * seats), oldest first.
   */
  async councils(
    ctx: RequestContext,
    organizationId: string,
    first: number,
    after: unknown[] | null,
  ): Promise<KeysetResult<CouncilEntity>> {
    const org = isId(organizationId) ? await this.directory.organization(organizationId) : null;
    const none = { rows: [], totalCount: 0, hasNextPage: false, keyOf: () => [] };
    if (!org) return none;
    if (after && !(typeof after[0] === 'number' && Number.isFinite(after[0]) && isId(after[1])))
      throw new BadUserInputError('after is not a cursor of this list');
    const qb = this.db
      .getRepository(CouncilEntity)
      .createQueryBuilder('c')
      .where('c.organization_id = :orgId', { orgId: org.id });
    if (!ctx.ability.can('read', subjectFor('Council', org.path))) {
      const personIds = ctx.identity.personIds.filter(isId);
      if (personIds.length === 0) return none;
      qb.andWhere(
        'EXISTS (SELECT 1 FROM voting.council_member m WHERE m.council_id = c.id AND m.person_id = ANY(:personIds))',
        { personIds },
      );
    }
    return keysetPage(qb, {
      order: [
        { expr: MILLIS('c.created_at'), key: (r) => r.createdAt.getTime() },
        { expr: 'c.id', key: (r) => r.id },
      ],
      first,
      after,
    });
  }

  /** A council's sessions, oldest first, for whoever may read the council (else none). */
  async sessions(
    ctx: RequestContext,
    councilId: string,
    first: number,
    after: unknown[] | null,
  ): Promise<KeysetResult<VotingSessionEntity>> {
    const none = { rows: [], totalCount: 0, hasNextPage: false, keyOf: () => [] };
    try {
      await this.council(ctx, councilId);
    } catch (error) {
      if (error instanceof NotFoundError) return none;
      throw error;
    }
    if (after && !(typeof after[0] === 'number' && Number.isFinite(after[0]) && isId(after[1])))
      throw new BadUserInputError('after is not a cursor of this list');
    const qb = this.db
      .getRepository(VotingSessionEntity)
      .createQueryBuilder('s')
      .where('s.council_id = :councilId', { councilId });
    return keysetPage(qb, {
      order: [
        { expr: MILLIS('s.created_at'), key: (r) => r.createdAt.getTime() },
        { expr: 's.id', key: (r) => r.id },
      ],
      first,
      after,
    });
  }

  /** Only for whoever reads the session (its members, its organization's staff): false otherwise. */
  async verifyReceipt(ctx: RequestContext, sessionId: string, code: string): Promise<boolean> {
    if (!isId(sessionId) || typeof code !== 'string' || code.length > 100) return false;
    const readable = await this.session(ctx, sessionId).then(
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

  /** The member of this council the caller is (a person whose account is the caller). */
  async voterOf(ctx: RequestContext, councilId: string): Promise<string | null> {
    if (ctx.identity.personIds.length === 0) return null;
    const row = await this.db
      .getRepository(CouncilMemberEntity)
      .createQueryBuilder('m')
      .where('m.council_id = :councilId', { councilId })
      .andWhere('m.person_id IN (:...ids)', { ids: ctx.identity.personIds })
      .orderBy('m.person_id')
      .getOne();
    return row?.personId ?? null;
  }

  /** Whether the caller is the council's CHAIR (a person whose account is the caller). */
  private async chairs(ctx: RequestContext, councilId: string): Promise<boolean> {
    const personIds = ctx.identity.personIds.filter(isId);
    if (personIds.length === 0) return false;
    return this.db
      .getRepository(CouncilMemberEntity)
      .createQueryBuilder('m')
      .where('m.council_id = :councilId', { councilId })
      .andWhere('m.person_id = ANY(:personIds)', { personIds })
      .andWhere(`m.role = 'CHAIR'`)
      .getExists();
  }

  /**
   * Takes a person off a council. Not while one of its sessions is open (who may vote is fixed
   * for the session); the person's progress subscriptions stop at the gateway's next audience
   * check.
   */
  async removeCouncilMember(
    ctx: RequestContext,
    councilId: string,
    personId: string,
  ): Promise<CouncilEntity> {
    // Whoever reads the council (its members too) is told FORBIDDEN; others NOT_FOUND.
    const { council, orgPath } = await this.council(ctx, councilId);
    if (!ctx.ability.can('update', subjectFor('Council', orgPath))) throw new ForbiddenError();
    const after = await this.db.transaction(async (m) => {
      // Serialised with `open`, which reads the members under a share lock of the same row.
      await m
        .getRepository(CouncilEntity)
        .findOne({ where: { id: council.id }, lock: { mode: 'pessimistic_write' } });
      const open = await m
        .getRepository(VotingSessionEntity)
        .existsBy({ councilId: council.id, status: 'OPEN' });
      if (open) throw new BadUserInputError('The council has an open voting session: close it first');
      // The slates of the council's sessions still to be voted stop being his or hers to read,
      // unless he or she voted on the nomination already or sits on another council voting on it.
      const unseat = isId(personId)
        ? ((await m.query(
            `SELECT DISTINCT sn.nomination_id AS id FROM voting.session_nomination sn
               JOIN voting.voting_session s ON s.id = sn.session_id
              WHERE s.council_id = $1 AND s.status = 'DRAFT'
                AND NOT EXISTS (
                  SELECT 1 FROM voting.session_nomination sn2
                    JOIN voting.voting_session s2 ON s2.id = sn2.session_id
                   WHERE sn2.nomination_id = sn.nomination_id
                     AND ((s2.council_id = $1 AND s2.status <> 'DRAFT')
                       OR (s2.council_id <> $1 AND EXISTS (
                             SELECT 1 FROM voting.council_member m2
                              WHERE m2.council_id = s2.council_id AND m2.person_id = $2))))`,
            [council.id, personId],
          )) as { id: string }[])
        : [];
      const members = await m.getRepository(CouncilMemberEntity).countBy({ councilId: council.id });
      const removed = isId(personId)
        ? await m.getRepository(CouncilMemberEntity).delete({ councilId: council.id, personId })
        : { affected: 0 };
      if (!removed.affected) throw new BadUserInputError(`personId: not a member of ${council.name}`);
      if (members <= 1) throw new BadUserInputError('A council keeps at least one member');
      await this.enqueue(m, {
        changes: [],
        unseat: { nominationIds: unseat.map((r) => r.id), personIds: [personId] },
        by: subjectOf(ctx),
      });
      return m.getRepository(CouncilEntity).findOneByOrFail({ id: council.id });
    });
    await this.delivered();
    return after;
  }

  async council(ctx: RequestContext, id: string): Promise<{ council: CouncilEntity; orgPath: string }> {
    const council = isId(id) ? await this.db.getRepository(CouncilEntity).findOneBy({ id }) : null;
    const org = council ? await this.directory.organization(council.organizationId) : null;
    if (!council || !org) throw new NotFoundError('Council', id);
    const member = await this.voterOf(ctx, council.id);
    if (!member && !ctx.ability.can('read', subjectFor('Council', org.path)))
      throw new NotFoundError('Council', id);
    return { council, orgPath: org.path };
  }

  async session(
    ctx: RequestContext,
    id: string,
    _options: { asVoter?: boolean } = {},
  ): Promise<{ session: VotingSessionEntity; orgPath: string }> {
    const session = isId(id) ? await this.db.getRepository(VotingSessionEntity).findOneBy({ id }) : null;
    if (!session) throw new NotFoundError('VotingSession', id);
    const council = await this.db.getRepository(CouncilEntity).findOneBy({ id: session.councilId });
    const org = council ? await this.directory.organization(council.organizationId) : null;
    if (!org) throw new NotFoundError('VotingSession', id);
    const member = await this.voterOf(ctx, session.councilId);
    if (!mayRead(ctx.ability, !!member, org.path)) throw new NotFoundError('VotingSession', id);
    return { session, orgPath: org.path };
  }

  private async sessionKey(m: EntityManager, sessionId: string): Promise<Buffer | null> {
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

  private async lock(m: EntityManager, id: string): Promise<VotingSessionEntity> {
    const row = await m
      .getRepository(VotingSessionEntity)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.id = :id', { id })
      .getOne();
    if (!row) throw new NotFoundError('VotingSession', id);
    return row;
  }

  private async enqueue(m: EntityManager, payload: CouncilOutboxEntity['payload']): Promise<void> {
    const readers = (r: CouncilOutboxEntity['payload']['seat']) =>
      !!r && r.nominationIds.length > 0 && r.personIds.length > 0;
    if (payload.changes.length === 0 && !readers(payload.seat) && !readers(payload.unseat)) return;
    // A plain INSERT: the outbox is append-only for callers (row-level security lets only the
    // service's own relay read it, so no RETURNING).
    await m.query(`INSERT INTO voting.council_outbox (id, payload) VALUES ($1, $2)`, [
      randomUUID(),
      JSON.stringify(payload),
    ]);
  }

  private async publish(
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
}

/** A creation time in milliseconds, as a cursor carries it (microseconds would not survive). */
const MILLIS = (column: string) =>
  `(extract(epoch from date_trunc('milliseconds', ${column})) * 1000)::bigint`;

function subjectFor(name: 'Council' | 'VotingSession', orgPath: string) {
  return subject(name, { orgPath });
}

/**
 * The one rule for reading a session, used by `votingSession` and by `votingProgress` (both
 * doors, section 9): a member of its council, or whoever may read sessions of the council's
 * organization (its ORG_ADMINs and VIEWERs, and those of the organizations above it).
 */
export function mayRead(ability: AppAbility, isMember: boolean, orgPath: string): boolean {
  return isMember || ability.can('read', subjectFor('VotingSession', orgPath));
}

function hashReceipt(sessionId: string, code: string): string {
  return createHash('sha256').update(`${sessionId}:${code}`).digest('base64url');
}

/** Fisher–Yates with a cryptographic random source. */
function shuffle<T>(list: T[]): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
}
