import { parseRequest, type RouteResponse } from '@laurel/contracts';
import { subject } from '@laurel/auth';
import {
  assertCan,
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  hashRequest,
  InvalidTransitionError,
  isId,
  NotFoundError,
} from '@laurel/graphql';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Context } from '../context';
import { asCaller } from '../peers';
import type { RegisterInitiativeInput } from './dto/initiative.input';
import { InitiativeEntity, ProgressNoteEntity } from './initiative.entity';
import { visibleInitiatives } from './initiative.queries';

/** The initiative a unit recognizes (docs/API.md §7); a council of kind INITIATIVE votes on it. */
export const INITIATIVE_CODE = 'SANG_KIEN_CO_SO';

const REACH_KINDS: Record<string, string[]> = { PROVINCE: ['PROVINCE', 'NATION'], NATION: ['NATION'] };

interface Visible {
  entity: InitiativeEntity;
  orgPath: string;
}

export class InitiativeService {
  async read(
    m: EntityManager | Context['db'],
    ctx: Context,
    id: string,
    lock = false,
  ): Promise<Visible | null> {
    if (!isId(id)) return null;
    const qb = visibleInitiatives(m, ctx).andWhere('i.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['i']);
    const { entities, raw } = await qb.getRawAndEntities<{ org_path: string }>();
    return entities[0] ? { entity: entities[0], orgPath: raw[0]!.org_path } : null;
  }

  async register(ctx: Context, input: RegisterInitiativeInput): Promise<InitiativeEntity> {
    const by = ctx.identity.subject ?? '';
    const org = isId(input.organizationId) ? await ctx.directory.organization(input.organizationId) : null;
    if (!org) throw new NotFoundError('Organization', input.organizationId);
    assertCan(ctx.ability, 'create', 'Initiative', { orgPath: org.path }, 'organization', {
      id: input.organizationId,
    });
    const title = (input.title ?? '').normalize('NFC').trim();
    if (!title || title.length > 500)
      throw new BadUserInputError('title: required, 500 characters at most', { field: 'title' });
    const field = (input.field ?? '').normalize('NFC').trim() || null;
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
      throw new BadUserInputError('year: must be between 2000 and 2100', { field: 'year' });
    if (input.authorIds.length === 0 || input.authorIds.length > 20)
      throw new BadUserInputError('authorIds: one to twenty authors', { field: 'authorIds' });
    const key = input.idempotencyKey ?? null;
    if (key !== null && (key.length < 1 || key.length > 200))
      throw new BadUserInputError('idempotencyKey: 1 to 200 characters', { field: 'idempotencyKey' });
    const requestHash = hashRequest(input);
    if (key) {
      const earlier = await ctx.db
        .getRepository(InitiativeEntity)
        .findOne({ where: { createdBy: by, idempotencyKey: key } });
      if (earlier && earlier.requestHash !== requestHash)
        throw new ConflictError('idempotencyKey: already used with another input', {
          field: 'idempotencyKey',
        });
      if (earlier) return earlier;
    }
    const people = await ctx.directory.people(input.authorIds.filter(isId));
    const authorIds: string[] = [];
    for (const [i, id] of input.authorIds.entries()) {
      const person = people.get(id);
      if (!person || !ctx.ability.can('read', subject('Subtree', { orgPath: person.orgPath })))
        throw new NotFoundError('Person', id);
      // Authors are staff of the organization (or of its units).
      if (!(person.orgPath === org.path || person.orgPath.startsWith(`${org.path}.`)))
        throw new BadUserInputError(`authorIds[${i}]: not on the staff of the organization`, {
          field: 'authorIds',
        });
      if (!authorIds.includes(id)) authorIds.push(id);
    }
    const entity: Partial<InitiativeEntity> = {
      id: randomUUID(),
      organizationId: org.id,
      title,
      field,
      year: input.year,
      authorIds,
      status: 'REGISTERED',
      reach: null,
      reachDecisionNumber: null,
      nominationId: null,
      createdBy: by,
      idempotencyKey: key,
      requestHash: key ? requestHash : null,
    };
    const inserted = (await ctx.db
      .createQueryBuilder()
      .insert()
      .into(InitiativeEntity)
      .values(entity)
      .orIgnore()
      .returning('id')
      .execute()) as { raw: unknown[] };
    if (inserted.raw.length === 0 && key) {
      // A concurrent twin with the same key won.
      const earlier = await ctx.db
        .getRepository(InitiativeEntity)
        .findOneOrFail({ where: { createdBy: by, idempotencyKey: key } });
      return earlier;
    }
    return ctx.db.getRepository(InitiativeEntity).findOneOrFail({ where: { id: entity.id } });
  }

  /** Authors report on their own initiative; the organization's admins on any of theirs. */
  async reportProgress(ctx: Context, id: string, text: string): Promise<InitiativeEntity> {
    const note = (text ?? '').normalize('NFC').trim();
    if (!note || note.length > 4_000)
      throw new BadUserInputError('text: required, 4,000 characters at most', { field: 'text' });
    return ctx.db.transaction(async (m) => {
      const found = await this.read(m, ctx, id, true);
      if (!found) throw new NotFoundError('Initiative', id);
      const author = found.entity.authorIds.some((a) => ctx.identity.personIds.includes(a));
      if (!author) assertCan(ctx.ability, 'update', 'Initiative', { orgPath: found.orgPath }, 'initiative');
      if (found.entity.status === 'REJECTED')
        throw new InvalidTransitionError('A rejected initiative takes no more progress notes');
      await m.getRepository(ProgressNoteEntity).insert({
        id: randomUUID(),
        initiativeId: found.entity.id,
        at: new Date(),
        by: ctx.identity.subject ?? '',
        text: note,
      });
      return found.entity;
    });
  }

  /**
   * Proposes a SANG_KIEN_CO_SO nomination of the first author in the campaign, through the
   * nominations subgraph and with the caller's own rights there (its deadlines, quotas and
   * checks apply); the initiative is SUBMITTED once the nomination is proposed.
   */
  async submit(ctx: Context, id: string, campaignId: string, summary: string): Promise<InitiativeEntity> {
    const found = await this.read(ctx.db, ctx, id);
    if (!found) throw new NotFoundError('Initiative', id);
    assertCan(ctx.ability, 'update', 'Initiative', { orgPath: found.orgPath }, 'initiative');
    if (found.entity.status !== 'REGISTERED')
      throw new InvalidTransitionError(
        `The initiative is ${found.entity.status}; only a registered one is submitted`,
      );
    if (!(summary ?? '').trim()) throw new BadUserInputError('summary: required', { field: 'summary' });
    if (!isId(campaignId)) throw new NotFoundError('Campaign', campaignId);
    const url = ctx.peers.nominationsGraphql;
    const registered = await asCaller<{ registerNomination: { id: string; stage: string } }>(
      url,
      ctx.identity,
      ctx.peers.internalSecret,
      `mutation($input: RegisterNominationInput!) { registerNomination(input: $input) { id stage } }`,
      {
        input: {
          campaignId,
          distinctionCode: INITIATIVE_CODE,
          submittingOrganizationId: found.entity.organizationId,
          nomineePersonId: found.entity.authorIds[0],
          // A retried submission finds the same nomination.
          idempotencyKey: `initiative:${found.entity.id}:${campaignId}`,
        },
      },
    );
    const nominationId = registered.registerNomination.id;
    if (registered.registerNomination.stage === 'REGISTERED')
      await asCaller(
        url,
        ctx.identity,
        ctx.peers.internalSecret,
        `mutation($id: ID!, $d: DossierInput!) { proposeNomination(id: $id, dossier: $d) { stage } }`,
        { id: nominationId, d: { summary: `${found.entity.title}. ${summary.trim()}` } },
      );
    await ctx.db
      .getRepository(InitiativeEntity)
      .update({ id: found.entity.id, status: found.entity.status }, { status: 'SUBMITTED', nominationId });
    return (await this.read(ctx.db, ctx, id))!.entity;
  }

  /** A province's admin raises a recognized initiative's reach to PROVINCE; the nation's to NATION. */
  async setReach(ctx: Context, id: string, reach: string, decisionNumber: string): Promise<InitiativeEntity> {
    const number = (decisionNumber ?? '').trim();
    if (!number)
      throw new BadUserInputError('decisionNumber: the decision needs its number', {
        field: 'decisionNumber',
      });
    return ctx.db.transaction(async (m) => {
      const found = await this.read(m, ctx, id, true);
      if (!found) throw new NotFoundError('Initiative', id);
      const kinds = REACH_KINDS[reach] ?? [];
      const grants = ctx.identity.grants.filter(
        (g) => g.role === 'ORG_ADMIN' && (found.orgPath === g.path || found.orgPath.startsWith(`${g.path}.`)),
      );
      const orgs = await ctx.directory.organizations(grants.map((g) => g.organizationId));
      const allowed =
        ctx.identity.isPlatformAdmin ||
        grants.some((g) => kinds.includes(orgs.get(g.organizationId)?.kind ?? ''));
      if (!allowed) throw new ForbiddenError(`Only a ${kinds.join(' or ')} admin sets the reach ${reach}`);
      if (found.entity.status !== 'RECOGNIZED')
        throw new InvalidTransitionError(
          `The initiative is ${found.entity.status}; only a recognized one has a reach`,
        );
      await m.getRepository(InitiativeEntity).update(found.entity.id, { reach, reachDecisionNumber: number });
      return { ...found.entity, reach, reachDecisionNumber: number };
    });
  }
}

/**
 * `POST /internal/initiative-reach` `{ personId, year }`: the widest reach of an initiative of
 * that year or before, recognized, with the person among its authors (null: none). The
 * nominations subgraph asks it for the catalogue's initiative conditions.
 */
export async function readInitiativeReach(
  db: DataSource,
  body: unknown,
): Promise<RouteResponse<'initiative-reach'>> {
  const b = parseRequest('initiative-reach', body);
  if (!b.personId || b.year == null) return { reach: null };
  const [row] = (await db.query(
    `SELECT reach FROM exemplars.initiative
      WHERE status = 'RECOGNIZED' AND reach IS NOT NULL AND $1 = ANY(author_ids) AND year <= $2
      ORDER BY CASE reach WHEN 'NATION' THEN 3 WHEN 'PROVINCE' THEN 2 ELSE 1 END DESC LIMIT 1`,
    [b.personId, b.year],
  )) as { reach: string }[];
  return { reach: row?.reach ?? null };
}
