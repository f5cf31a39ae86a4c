import { randomInt, randomUUID } from 'node:crypto';
import { idsOfPath, type DirectoryReader } from '@laurel/directory';
import {
  BadUserInputError,
  InvalidTransitionError,
  NotFoundError,
  assertCan,
  isId,
  type RequestContext,
} from '@laurel/graphql';
import { normalizeText } from '@laurel/i18n';
import type { DataSource, EntityManager } from 'typeorm';
import { subjectOf, type VotingAccess } from '../access';
import { strictest, type CatalogueClient } from '../catalogue-client';
import { CouncilEntity, CouncilMemberEntity } from '../council/council.entity';
import type { NominationsClient } from '../nominations-client';
import type { Sealer } from '../sealing';
import type { CouncilOutbox } from './outbox';
import type { ProgressService } from './progress.service';
import type { SessionKeys } from './session-keys';
import {
  BallotEntity,
  SealedBallotEntity,
  SessionNominationEntity,
  SessionResultEntity,
  VotingSessionEntity,
} from './session.entity';
import { tally, type ChoiceValue } from './tally';

export interface FractionInputValue {
  numerator: number;
  denominator: number;
}

/** A session's life: created on a slate (DRAFT), opened with a fresh key, closed and counted. */
export class SessionService {
  constructor(
    private readonly db: DataSource,
    private readonly directory: DirectoryReader,
    private readonly nominations: NominationsClient,
    private readonly catalogue: CatalogueClient,
    private readonly sealer: Sealer,
    private readonly keys: SessionKeys,
    private readonly access: VotingAccess,
    private readonly outbox: CouncilOutbox,
    private readonly progress: ProgressService,
  ) {}

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
    const { council, orgPath } = await this.access.council(ctx, input.councilId);
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
      await this.outbox.enqueue(m, {
        changes: [],
        seat: { nominationIds: ids, personIds: members.map((x) => x.personId) },
        by: subjectOf(ctx),
      });
      return m.getRepository(VotingSessionEntity).findOneByOrFail({ id: session.id });
    });
    await this.outbox.delivered();
    return created;
  }

  /** DRAFT → OPEN: members counted, a session key made, the slate goes UNDER_REVIEW. */
  async open(ctx: RequestContext, id: string): Promise<VotingSessionEntity> {
    const { session, orgPath } = await this.access.session(ctx, id);
    // The council's CHAIR runs its sessions, as the organization's admins do (issue 15).
    if (!(await this.access.chairs(ctx, session.councilId)))
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
      await this.outbox.enqueue(m, {
        changes: slate.map((s) => ({ nominationId: s.nominationId, to: 'UNDER_REVIEW' })),
        reviewerPersonIds: members.map((x) => x.personId),
        by: subjectOf(ctx),
      });
      return m.getRepository(VotingSessionEntity).findOneByOrFail({ id: current.id });
    });
    await this.outbox.delivered();
    await this.progress.publish(opened);
    return opened;
  }

  /**
   * OPEN → CLOSED in one transaction: the sealed ballots are opened and tallied, rewritten in
   * random order into `ballot` (one transaction: one xmin for all, no insertion order), the
   * sealed rows deleted and the session key destroyed; the results go to nominations.
   */
  async close(ctx: RequestContext, id: string): Promise<VotingSessionEntity> {
    const { session, orgPath } = await this.access.session(ctx, id);
    // A council member reads the session (and votes in it) but does not close it: FORBIDDEN;
    // its CHAIR does, as the organization's admins do (issue 15).
    if (!(await this.access.chairs(ctx, session.councilId)))
      assertCan(ctx.ability, 'update', 'VotingSession', { orgPath }, 'voting session', {
        visible: true,
        message: 'You may not close this voting session',
      });
    const closed = await this.db.transaction(async (m) => {
      const current = await this.lock(m, session.id);
      if (current.status !== 'OPEN')
        throw new InvalidTransitionError(`A ${current.status} session cannot close`);
      const key = await this.keys.get(m, current.id);
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
          ballotsCastAtClose: ballots.length,
          outcomeNote: quorum
            ? null
            : `QUORUM_NOT_MET: ${ballots.length} of ${current.eligibleVoters} voted, the quorum is ${current.quorumNumerator}/${current.quorumDenominator}`,
        },
      );
      await this.outbox.enqueue(m, {
        changes: results.map((r) => ({
          nominationId: r.nominationId,
          to: r.passed ? 'COUNCIL_APPROVED' : 'COUNCIL_REJECTED',
        })),
        by: subjectOf(ctx),
      });
      return m.getRepository(VotingSessionEntity).findOneByOrFail({ id: current.id });
    });
    this.keys.forget(closed.id);
    await this.outbox.delivered();
    await this.progress.publish(closed);
    return closed;
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
}

/** Fisher–Yates with a cryptographic random source. */
function shuffle<T>(list: T[]): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
}
