import { randomUUID } from 'node:crypto';
import { isUnder } from '@laurel/auth';
import { keysetPage, type KeysetResult } from '@laurel/db';
import type { DirectoryReader } from '@laurel/directory';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  assertCan,
  isId,
  type RequestContext,
} from '@laurel/graphql';
import { normalizeText } from '@laurel/i18n';
import type { DataSource } from 'typeorm';
import { subjectFor, subjectOf, type VotingAccess } from '../access';
import type { CouncilRole } from '../enums';
import type { CouncilOutbox } from '../session/outbox';
import { VotingSessionEntity } from '../session/session.entity';
import { CouncilEntity, CouncilMemberEntity } from './council.entity';

/**
 * Councils and who sits on them (the slates of their sessions still to be voted follow the
 * members), and the lists of councils and of a council's sessions.
 */
export class CouncilService {
  constructor(
    private readonly db: DataSource,
    private readonly directory: DirectoryReader,
    private readonly access: VotingAccess,
    private readonly outbox: CouncilOutbox,
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
    const { council, orgPath } = await this.access.council(ctx, councilId);
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
      await this.outbox.enqueue(m, {
        changes: [],
        seat: { nominationIds: drafts.map((r) => r.id), personIds: [person.id] },
        by: subjectOf(ctx),
      });
      return m.getRepository(CouncilEntity).findOneByOrFail({ id: council.id });
    });
    await this.outbox.delivered();
    return seated;
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
    const { council, orgPath } = await this.access.council(ctx, councilId);
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
      await this.outbox.enqueue(m, {
        changes: [],
        unseat: { nominationIds: unseat.map((r) => r.id), personIds: [personId] },
        by: subjectOf(ctx),
      });
      return m.getRepository(CouncilEntity).findOneByOrFail({ id: council.id });
    });
    await this.outbox.delivered();
    return after;
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
      await this.access.council(ctx, councilId);
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
}

/** A creation time in milliseconds, as a cursor carries it (microseconds would not survive). */
const MILLIS = (column: string) =>
  `(extract(epoch from date_trunc('milliseconds', ${column})) * 1000)::bigint`;
