import { subject, type AppAbility } from '@laurel/auth';
import type { DirectoryReader } from '@laurel/directory';
import { NotFoundError, isId, type RequestContext } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import { CouncilEntity, CouncilMemberEntity } from './council/council.entity';
import { VotingSessionEntity } from './session/session.entity';

/** Who acts, as `createdBy` and the outbox's `by` record it. */
export function subjectOf(ctx: RequestContext): string {
  return ctx.identity.subject ?? 'unknown';
}

export function subjectFor(name: 'Council' | 'VotingSession', orgPath: string) {
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

/**
 * Who reads a council or a session and who sits on a council: the checks the councils, the
 * sessions, the ballots and the reference resolvers share (NOT_FOUND for whoever may not see).
 */
export class VotingAccess {
  constructor(
    private readonly db: DataSource,
    private readonly directory: DirectoryReader,
  ) {}

  async council(ctx: RequestContext, id: string): Promise<{ council: CouncilEntity; orgPath: string }> {
    const council = isId(id) ? await this.db.getRepository(CouncilEntity).findOneBy({ id }) : null;
    const org = council ? await this.directory.organization(council.organizationId) : null;
    if (!council || !org) throw new NotFoundError('Council', id);
    const member = await this.voterOf(ctx, council.id);
    if (!member && !ctx.ability.can('read', subjectFor('Council', org.path)))
      throw new NotFoundError('Council', id);
    return { council, orgPath: org.path };
  }

  async session(ctx: RequestContext, id: string): Promise<{ session: VotingSessionEntity; orgPath: string }> {
    const session = isId(id) ? await this.db.getRepository(VotingSessionEntity).findOneBy({ id }) : null;
    if (!session) throw new NotFoundError('VotingSession', id);
    const council = await this.db.getRepository(CouncilEntity).findOneBy({ id: session.councilId });
    const org = council ? await this.directory.organization(council.organizationId) : null;
    if (!org) throw new NotFoundError('VotingSession', id);
    const member = await this.voterOf(ctx, session.councilId);
    if (!mayRead(ctx.ability, !!member, org.path)) throw new NotFoundError('VotingSession', id);
    return { session, orgPath: org.path };
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
  async chairs(ctx: RequestContext, councilId: string): Promise<boolean> {
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
}
