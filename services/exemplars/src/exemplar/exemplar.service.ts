import { subject } from '@laurel/auth';
import {
  assertCan,
  BadUserInputError,
  ConflictError,
  hashRequest,
  isId,
  NotFoundError,
} from '@laurel/graphql';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Context } from '../context';
import type {
  AdoptionInput,
  CreateExemplarInput,
  EvaluationInput,
  FosteringPlanInput,
} from './dto/exemplar.input';
import { refreshPublished } from './event-consumer';
import { AdoptionEntity, EvaluationEntity, ExemplarEntity, FosteringActionEntity } from './exemplar.entity';
import { readVisible, visibleExemplars, type VisibleExemplar } from './exemplar.queries';
import { checkEvaluationPeriod, periodEnd, type PeriodKind } from './periods';

const FOSTERED_STAGES = new Set(['RECOGNIZED', 'ESCALATED']);

function text(value: string | null | undefined, field: string, max = 2_000): string {
  const t = (value ?? '').normalize('NFC').trim();
  if (!t || t.length > max)
    throw new BadUserInputError(`${field}: required, ${max} characters at most`, { field });
  return t;
}

function optionalText(value: string | null | undefined, field: string, max = 4_000): string | null {
  const t = (value ?? '').normalize('NFC').trim();
  if (t.length > max) throw new BadUserInputError(`${field}: ${max} characters at most`, { field });
  return t || null;
}

/** Writes of docs/API.md §7's fostering: plans, actions, evaluations and adoptions. */
export class ExemplarService {
  /** The exemplar read in full for a write, locked; NOT_FOUND or FORBIDDEN as the rules say. */
  private async forWrite(m: EntityManager, ctx: Context, id: string): Promise<VisibleExemplar> {
    if (!isId(id)) throw new NotFoundError('Exemplar', id);
    const [row] = await readVisible(
      visibleExemplars(m, ctx, { fullOnly: true })
        .andWhere('e.id = :id', { id })
        .setLock('pessimistic_write', undefined, ['e']),
    );
    if (!row) throw new NotFoundError('Exemplar', id);
    assertCan(ctx.ability, 'update', 'Exemplar', { orgPath: row.orgPath }, 'exemplar');
    return row;
  }

  async create(ctx: Context, input: CreateExemplarInput): Promise<VisibleExemplar> {
    const by = ctx.identity.subject ?? `api-key:${ctx.identity.apiKey?.id}`;
    if (!isId(input.nominationId)) throw new NotFoundError('Nomination', input.nominationId);
    const title = text(input.title, 'title', 300);
    const field = optionalText(input.field, 'field', 300);
    const key = input.idempotencyKey ?? null;
    if (key !== null && (key.length < 1 || key.length > 200))
      throw new BadUserInputError('idempotencyKey: 1 to 200 characters', { field: 'idempotencyKey' });
    const requestHash = hashRequest(input);
    if (key) {
      const earlier = await this.byKey(ctx, by, key);
      if (earlier && earlier.entity.requestHash !== requestHash)
        throw new ConflictError('idempotencyKey: already used with another input', {
          field: 'idempotencyKey',
        });
      if (earlier) return earlier;
    }

    const facts = await ctx.peers.nomination(input.nominationId);
    const org = facts && (await ctx.directory.organization(facts.submittingOrganizationId));
    if (!facts || !org) throw new NotFoundError('Nomination', input.nominationId);
    assertCan(ctx.ability, 'create', 'Exemplar', { orgPath: org.path }, 'nomination', {
      id: input.nominationId,
    });
    if (!FOSTERED_STAGES.has(facts.stage))
      throw new BadUserInputError(
        `nominationId: only a RECOGNIZED or ESCALATED nomination makes an exemplar (it is ${facts.stage})`,
        { field: 'nominationId' },
      );
    const nomineeId = facts.nomineePersonId ?? facts.nomineeOrganizationId!;

    const id = await ctx.db.transaction(async (m) => {
      await m.query(
        `INSERT INTO exemplars.exemplar
           (id, organization_id, nominee_id, nominee_kind, nominee_name, target, title, field, created_by,
            idempotency_key, request_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT DO NOTHING`,
        [
          randomUUID(),
          org.id,
          nomineeId,
          facts.nomineePersonId ? 'PERSON' : 'ORGANIZATION',
          facts.nomineeName,
          facts.target,
          title,
          field,
          by,
          key,
          key ? requestHash : null,
        ],
      );
      // A second recognition of the same nominee in the same organization joins its exemplar.
      const [existing] = (await m.query(
        `SELECT id FROM exemplars.exemplar WHERE organization_id = $1 AND nominee_id = $2 FOR UPDATE`,
        [org.id, nomineeId],
      )) as { id: string }[];
      if (!existing) throw new ConflictError('idempotencyKey: already used for another exemplar');
      await m.query(
        `INSERT INTO exemplars.exemplar_recognition
           (nomination_id, exemplar_id, organization_id, distinction_code, year, stage, published)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (nomination_id) DO UPDATE SET stage = EXCLUDED.stage, published = EXCLUDED.published`,
        [facts.id, existing.id, org.id, facts.distinctionCode, facts.year, facts.stage, facts.published],
      );
      await refreshPublished(m, [existing.id]);
      return existing.id;
    });
    const [row] = await readVisible(visibleExemplars(ctx.db, ctx).andWhere('e.id = :id', { id }));
    return row!;
  }

  private async byKey(ctx: Context, by: string, key: string): Promise<VisibleExemplar | null> {
    const [row] = await readVisible(
      visibleExemplars(ctx.db, ctx, { fullOnly: true }).andWhere(
        'e.created_by = :by AND e.idempotency_key = :key',
        { by, key },
      ),
    );
    return row ?? null;
  }

  async setPlan(ctx: Context, exemplarId: string, plan: FosteringPlanInput): Promise<VisibleExemplar> {
    const now = new Date();
    const goals = text(plan.goals, 'goals', 4_000);
    let targetCode: string | null = null;
    await ctx.db.transaction(async (m) => {
      const row = await this.forWrite(m, ctx, exemplarId);
      if (plan.targetDistinctionCode) {
        const [d] = await ctx.peers.distinctions([plan.targetDistinctionCode]);
        if (!d || d.code !== plan.targetDistinctionCode)
          throw new BadUserInputError(`targetDistinctionCode: no distinction ${plan.targetDistinctionCode}`, {
            field: 'targetDistinctionCode',
          });
        if (!d.targets.includes(row.entity.target))
          throw new BadUserInputError(
            `targetDistinctionCode: ${d.code} is not awarded to the ${row.entity.target} target of this exemplar`,
            { field: 'targetDistinctionCode' },
          );
        targetCode = d.code;
      }
      if (plan.targetYear != null && (plan.targetYear < now.getUTCFullYear() || plan.targetYear > 2200))
        throw new BadUserInputError('targetYear: must not be in the past', { field: 'targetYear' });
      const actions = plan.actions ?? [];
      if (actions.length > 100) throw new BadUserInputError('actions: 100 at most', { field: 'actions' });
      const responsible = await ctx.directory.organizations(
        actions.map((a) => a.responsibleOrganizationId).filter((v): v is string => isId(v)),
      );
      const rows = actions.map((a, i) => {
        const actionText = text(a.text, `actions[${i}].text`);
        if (!(a.dueAt instanceof Date) || Number.isNaN(a.dueAt.getTime()) || a.dueAt <= now)
          throw new BadUserInputError(`actions[${i}].dueAt: a due date must be in the future`, {
            field: `actions[${i}].dueAt`,
          });
        let responsibleId: string | null = null;
        if (a.responsibleOrganizationId != null) {
          const org = responsible.get(a.responsibleOrganizationId);
          // A unit the caller cannot see inside does not exist for it.
          if (!org || !ctx.ability.can('read', subject('Subtree', { orgPath: org.path })))
            throw new NotFoundError('Organization', a.responsibleOrganizationId);
          responsibleId = org.id;
        }
        return {
          id: randomUUID(),
          exemplarId: row.entity.id,
          position: i,
          text: actionText,
          responsibleOrganizationId: responsibleId,
          dueAt: a.dueAt,
          doneAt: null,
        };
      });
      const samePeriod = row.entity.planPeriod === plan.evaluationPeriod && row.entity.planSetAt;
      await m.getRepository(ExemplarEntity).update(row.entity.id, {
        planGoals: goals,
        planTargetCode: targetCode,
        planTargetYear: plan.targetYear ?? null,
        planPeriod: plan.evaluationPeriod,
        // The schedule starts when the plan is first set (or its period changes).
        planSetAt: samePeriod ? row.entity.planSetAt : now,
      });
      await m.getRepository(FosteringActionEntity).delete({ exemplarId: row.entity.id });
      if (rows.length > 0) await m.getRepository(FosteringActionEntity).insert(rows);
    });
    const [row] = await readVisible(visibleExemplars(ctx.db, ctx).andWhere('e.id = :id', { id: exemplarId }));
    return row!;
  }

  async completeAction(ctx: Context, id: string): Promise<FosteringActionEntity> {
    if (!isId(id)) throw new NotFoundError('FosteringAction', id);
    return ctx.db.transaction(async (m) => {
      const action = await m
        .getRepository(FosteringActionEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!action) throw new NotFoundError('FosteringAction', id);
      await this.forWrite(m, ctx, action.exemplarId).catch((e: unknown) => {
        throw e instanceof NotFoundError ? new NotFoundError('FosteringAction', id) : e;
      });
      // Completing twice keeps the first instant.
      if (!action.doneAt) {
        action.doneAt = new Date();
        await m.getRepository(FosteringActionEntity).update(id, { doneAt: action.doneAt });
      }
      return action;
    });
  }

  async recordEvaluation(
    ctx: Context,
    exemplarId: string,
    input: EvaluationInput,
  ): Promise<EvaluationEntity> {
    const now = new Date();
    return ctx.db.transaction(async (m) => {
      const row = await this.forWrite(m, ctx, exemplarId);
      const period = checkEvaluationPeriod(input.period, row.entity.planPeriod as PeriodKind | null, now);
      const evaluation: EvaluationEntity = {
        id: randomUUID(),
        exemplarId: row.entity.id,
        period: input.period,
        periodEnd: periodEnd(period),
        at: now,
        by: ctx.identity.subject ?? '',
        effect: input.effect,
        influence: input.influence,
        potential: input.potential,
        difficulties: optionalText(input.difficulties, 'difficulties'),
        support: optionalText(input.support, 'support'),
      };
      const inserted = (await m
        .createQueryBuilder()
        .insert()
        .into(EvaluationEntity)
        .values(evaluation)
        .orIgnore()
        .returning('id')
        .execute()) as { raw: unknown[] };
      if (inserted.raw.length === 0)
        throw new ConflictError(`period: ${input.period} is already evaluated for this exemplar`, {
          field: 'period',
        });
      return evaluation;
    });
  }

  async recordAdoption(ctx: Context, input: AdoptionInput): Promise<AdoptionEntity> {
    if (!isId(input.exemplarId)) throw new NotFoundError('Exemplar', input.exemplarId);
    const adopter = isId(input.adopterOrganizationId)
      ? await ctx.directory.organization(input.adopterOrganizationId)
      : null;
    if (!adopter) throw new NotFoundError('Organization', input.adopterOrganizationId);
    // Recorded by an admin of the adopter.
    assertCan(ctx.ability, 'create', 'Exemplar', { orgPath: adopter.path }, 'organization', {
      id: input.adopterOrganizationId,
    });
    if (
      !(input.at instanceof Date) ||
      Number.isNaN(input.at.getTime()) ||
      input.at.getTime() > Date.now() + 366 * 86_400_000
    )
      throw new BadUserInputError('at: a date within the coming year', { field: 'at' });
    const outcome = optionalText(input.outcome, 'outcome');

    const find = async () => {
      const [row] = await readVisible(
        visibleExemplars(ctx.db, ctx).andWhere('e.id = :id', { id: input.exemplarId }),
      );
      if (!row) return null;
      const inside = adopter.path === row.orgPath || adopter.path.startsWith(`${row.orgPath}.`);
      // Of any organization once published, otherwise only inside the fostering subtree.
      return row.entity.published || inside ? row : null;
    };
    // Publication comes through the nominations events: catch up once before saying no.
    const row = (await find()) ?? (await ctx.events.sync().catch(() => undefined), await find());
    if (!row) throw new NotFoundError('Exemplar', input.exemplarId);
    if (adopter.id === row.entity.organizationId)
      throw new BadUserInputError(
        'adopterOrganizationId: the fostering organization does not adopt its own model',
        {
          field: 'adopterOrganizationId',
        },
      );
    const adoption: AdoptionEntity = {
      id: randomUUID(),
      exemplarId: row.entity.id,
      fosteringOrganizationId: row.entity.organizationId,
      adopterOrganizationId: adopter.id,
      kind: input.kind,
      at: input.at,
      outcome,
      recordedBy: ctx.identity.subject ?? '',
    };
    await ctx.db.getRepository(AdoptionEntity).insert(adoption);
    return adoption;
  }
}
