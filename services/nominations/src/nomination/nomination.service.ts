import { randomUUID } from 'node:crypto';
import { isUnder } from '@laurel/auth';
import type { DirectoryReader, KnownOrganization } from '@laurel/directory';
import { isUniqueViolation } from '@laurel/db';
import {
  BadUserInputError,
  ConflictError,
  DeadlinePassedError,
  DuplicateNominationError,
  NotEligibleError,
  QuotaExceededError,
  InvalidTransitionError,
  NotFoundError,
  assertCan,
  isId,
  hashRequest,
  type RequestContext,
} from '@laurel/graphql';
import { foldVietnamese, normalizeText } from '@laurel/i18n';
import type { NominationTopic } from '@laurel/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { CampaignInfo, CampaignsClient } from '../campaigns-client';
import {
  CampaignQuotaEntity,
  NominationEntity,
  type DossierValue,
  type StageValue,
} from './nomination.entity';
import type { DossierInput, RegisterNominationInput } from './dto/nomination.input';
import type { CatalogueClient } from '../catalogue-client';
import { visibleNominations } from './nomination.queries';
import type { EventChange } from './nomination-event';
import { emitEvent, recordTransition } from './nomination-history';
import {
  assertDistinction,
  assertHigherDistinction,
  assertInGroups,
  dossierOf,
  nomineeOf,
} from './registration-checks';
import { applyCouncilResult } from './council-intake';

/** Which stages a move may start from (docs/API.md §1). Council stages come only from voting. */
export const MOVES = {
  propose: { from: ['REGISTERED', 'RETURNED'], to: 'PROPOSED' },
  return: { from: ['PROPOSED'], to: 'RETURNED' },
  withdraw: { from: ['REGISTERED', 'PROPOSED', 'RETURNED'], to: 'WITHDRAWN' },
  recognize: { from: ['COUNCIL_APPROVED'], to: 'RECOGNIZED' },
  escalate: { from: ['RECOGNIZED'], to: 'ESCALATED' },
  revoke: { from: ['RECOGNIZED', 'ESCALATED'], to: 'REVOKED' },
} as const satisfies Record<string, { from: readonly StageValue[]; to: StageValue }>;

function subjectOf(ctx: RequestContext): string {
  return ctx.identity.subject ?? `api-key:${ctx.identity.apiKey?.id ?? 'none'}`;
}

/**
 * A move on a nomination the caller reads (it came through `load`): refused with FORBIDDEN, the
 * nominee and a council member included (docs/API.md §2: FORBIDDEN is for what you see but may not change).
 */
function assertSeen(ctx: RequestContext, action: 'submit' | 'manage', orgPath: string, verb: string): void {
  assertCan(ctx.ability, action, 'Nomination', { orgPath }, 'nomination', {
    visible: true,
    message: `You may not ${verb} this nomination`,
  });
}

/**
 * The subtrees a quota covers (its organization, or its group's members), read from the directory
 * copy on the transaction's own connection: a second pooled connection taken while this one holds
 * the transaction deadlocks once every connection is held by a registration waiting for another.
 * An organization whose subtree holds the submitter is an ancestor of it, so the copy, which knows
 * the submitter, knows it too.
 */
async function quotaScope(m: EntityManager, quota: CampaignQuotaEntity): Promise<string[]> {
  const rows = (
    quota.organizationId
      ? await m.query(`SELECT path::text AS path FROM nominations.directory_organization WHERE id = $1`, [
          quota.organizationId,
        ])
      : await m.query(
          `SELECT o.path::text AS path FROM nominations.directory_group g
             JOIN nominations.directory_organization o ON o.id = ANY(g.member_ids)
            WHERE g.id = $1`,
          [quota.groupId],
        )
  ) as { path: string }[];
  return rows.map((r) => r.path);
}

export class NominationService {
  constructor(
    private readonly db: DataSource,
    private readonly directory: DirectoryReader,
    private readonly campaigns: CampaignsClient,
    private readonly catalogue: CatalogueClient,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** REGISTERED: checked for scope, deadline, duplicates and quota in one transaction. */
  async register(ctx: RequestContext, input: RegisterNominationInput): Promise<NominationEntity> {
    const by = subjectOf(ctx);
    const problems: string[] = [];
    if (!isId(input.campaignId)) problems.push('campaignId is not a campaign id');
    if (!isId(input.submittingOrganizationId)) problems.push('submittingOrganizationId is not an id');
    const nominees = [input.nomineeOrganizationId, input.nomineePersonId].filter((v) => v != null);
    if (nominees.length !== 1) problems.push('give exactly one of nomineeOrganizationId and nomineePersonId');
    else if (!isId(nominees[0])) problems.push('the nominee id is not an id');
    if (
      input.idempotencyKey != null &&
      (input.idempotencyKey.length < 1 || input.idempotencyKey.length > 200)
    )
      problems.push('idempotencyKey must be 1 to 200 characters');
    if (problems.length > 0) throw new BadUserInputError(problems.join('; '));

    const submitter = await this.directory.organization(input.submittingOrganizationId);
    if (!submitter) throw new NotFoundError('Organization', input.submittingOrganizationId);
    assertCan(ctx.ability, 'submit', 'Nomination', { orgPath: submitter.path }, 'organization', {
      id: submitter.id,
      message: 'You may not submit nominations for this organization',
    });

    const requestHash = hashRequest(input);
    if (input.idempotencyKey) {
      const earlier = await this.byKey(this.db.manager, by, input.idempotencyKey);
      if (earlier) return replay(earlier, requestHash);
    }

    const campaign = await this.campaigns.one(input.campaignId);
    const campaignOrg = campaign ? await this.directory.organization(campaign.organizationId) : null;
    // A campaign the submitter is not inside of does not exist for this registration.
    if (
      !campaign ||
      !campaignOrg ||
      !isUnder(submitter.path, campaignOrg.path) ||
      campaign.status === 'DRAFT'
    )
      throw new NotFoundError('Campaign', input.campaignId);
    if (campaign.status !== 'OPEN')
      throw new InvalidTransitionError(`The campaign is ${campaign.status}: registrations are closed`);
    this.assertBefore(new Date(campaign.registrationDeadline), 'registration');
    await assertInGroups(this.directory, campaign, submitter);

    const nominee = await nomineeOf(this.directory, input, submitter, campaignOrg);
    const distinction = await assertDistinction(
      this.catalogue,
      campaign,
      input.distinctionCode,
      nominee.target,
    );

    return this.insertNomination(ctx, {
      by,
      campaign,
      submitter,
      nominee,
      distinctionCode: distinction,
      stage: 'REGISTERED',
      dossier: null,
      escalatedFromId: null,
      idempotencyKey: input.idempotencyKey ?? null,
      requestHash,
    });
  }

  async propose(ctx: RequestContext, id: string, dossierInput: DossierInput): Promise<NominationEntity> {
    const { nomination, submitter, campaign } = await this.load(ctx, id);
    assertSeen(ctx, 'submit', submitter.path, 'propose');
    const fresh = await this.campaigns.one(campaign.id);
    if (!fresh || fresh.status !== 'OPEN')
      throw new InvalidTransitionError(`The campaign is ${fresh?.status ?? 'gone'}: proposals are closed`);
    this.assertBefore(new Date(fresh.proposalDeadline), 'proposal');
    const dossier = dossierOf(dossierInput, fresh);
    return this.move(ctx, nomination.id, 'propose', { dossier });
  }

  async returnNomination(ctx: RequestContext, id: string, reason: string): Promise<NominationEntity> {
    const { nomination, campaignOrg } = await this.load(ctx, id);
    assertSeen(ctx, 'manage', campaignOrg.path, 'return');
    const text = normalizeText(reason ?? '').trim();
    if (!text) throw new BadUserInputError('reason: say what must change');
    return this.move(ctx, nomination.id, 'return', { reason: text });
  }

  async withdraw(ctx: RequestContext, id: string): Promise<NominationEntity> {
    const { nomination, submitter } = await this.load(ctx, id);
    assertSeen(ctx, 'submit', submitter.path, 'withdraw');
    return this.move(ctx, nomination.id, 'withdraw', {});
  }

  /**
   * Forwards a RECOGNIZED nomination to an ancestor's campaign; returns the new, linked one. With
   * `distinctionCode` (section 9), for a higher distinction there (a school's Giấy khen goes up for
   * the province's Bằng khen): the catalogue's level and prerequisites apply to it.
   */
  async escalate(
    ctx: RequestContext,
    id: string,
    toCampaignId: string,
    distinctionCode: string | null = null,
  ): Promise<NominationEntity> {
    const { nomination, campaign, campaignOrg } = await this.load(ctx, id);
    assertSeen(ctx, 'manage', campaignOrg.path, 'escalate');
    if (nomination.stage !== 'RECOGNIZED')
      throw new InvalidTransitionError(
        `Only a RECOGNIZED nomination can be escalated (this one is ${nomination.stage})`,
      );
    const chain = await this.campaigns.chain(campaign.id);
    const source = chain[0];
    const target = chain.slice(1).find((c) => c.id === toCampaignId);
    if (!source || !target)
      throw new BadUserInputError(
        "toCampaignId: escalation goes to a campaign above this nomination's campaign in its cascade",
        { field: 'toCampaignId' },
      );
    const targetOrg = await this.directory.organization(target.organizationId);
    if (!targetOrg || !isUnder(campaignOrg.path, targetOrg.path) || targetOrg.id === campaignOrg.id)
      throw new BadUserInputError('toCampaignId: the campaign must belong to an ancestor organization', {
        field: 'toCampaignId',
      });
    if (target.status !== 'OPEN') throw new InvalidTransitionError(`The target campaign is ${target.status}`);
    this.assertBefore(new Date(source.escalationDeadline ?? target.proposalDeadline), 'escalation');
    if (nomination.nomineePersonId) {
      // Escalation makes a new nomination: not for a person who has left (section 9).
      const person = await this.directory.person(nomination.nomineePersonId, { fresh: true });
      if (person?.leftAt)
        throw new BadUserInputError(
          `${person.fullName} left on ${new Date(person.leftAt).toISOString().slice(0, 10)} and can no longer be nominated`,
          { field: 'id', reason: 'PERSON_INACTIVE' },
        );
    }
    const code = distinctionCode ?? nomination.distinctionCode;
    await assertDistinction(this.catalogue, target, code, nomination.target);
    if (code !== nomination.distinctionCode)
      await assertHigherDistinction(this.db, this.catalogue, nomination, code, target, targetOrg);

    const escalated = this.db.transaction(async (m) => {
      const current = await this.lock(m, nomination.id);
      if (current.stage !== 'RECOGNIZED')
        throw new InvalidTransitionError(
          `Only a RECOGNIZED nomination can be escalated (this one is ${current.stage})`,
        );
      const linked = await this.insertNominationIn(m, {
        by: subjectOf(ctx),
        campaign: target,
        // "submitted into the parent campaign by the organization that escalated it" (docs/API.md §3)
        submitter: campaignOrg,
        nominee: {
          personId: current.nomineePersonId,
          organizationId: current.nomineeOrganizationId,
          name: current.nomineeName,
          target: current.target,
        },
        distinctionCode: code,
        stage: 'PROPOSED',
        dossier: current.dossier,
        escalatedFromId: current.id,
        idempotencyKey: null,
        requestHash: null,
      });
      await m
        .getRepository(NominationEntity)
        .update({ id: current.id }, { stage: 'ESCALATED', escalatedToId: linked.id });
      await this.record(m, current, 'ESCALATED', subjectOf(ctx), null);
      await this.emit(
        m,
        'nomination.escalated',
        { ...current, stage: 'ESCALATED' },
        { from: 'RECOGNIZED', to: 'ESCALATED', linkedId: linked.id },
      );
      return linked;
    });
    try {
      return await escalated;
    } catch (error) {
      throw await this.readableDuplicate(ctx, error);
    }
  }

  async publish(ctx: RequestContext, id: string, published: boolean): Promise<NominationEntity> {
    const { nomination, campaignOrg } = await this.load(ctx, id);
    assertSeen(ctx, 'manage', campaignOrg.path, 'publish');
    if (nomination.stage !== 'RECOGNIZED' && nomination.stage !== 'ESCALATED')
      throw new InvalidTransitionError('Only a recognized nomination can be published');
    await this.db
      .getRepository(NominationEntity)
      .update({ id }, { published, publishedAt: published ? this.now() : null });
    await this.emitNow('nomination.published', { ...nomination, published });
    return this.db.getRepository(NominationEntity).findOneByOrFail({ id });
  }

  /** Council stages from the voting subgraph (`council-intake.ts`). */
  applyCouncilResult(body: unknown): Promise<{ applied: number; skipped: number }> {
    return applyCouncilResult(this.db, this.now, body);
  }

  // ---------------------------------------------------------------- helpers

  private assertBefore(deadline: Date, stage: string): void {
    if (this.now().getTime() > deadline.getTime())
      throw new DeadlinePassedError(`The ${stage} deadline passed at ${deadline.toISOString()}`, {
        deadline: deadline.toISOString(),
      });
  }

  /** The nomination the caller may read, its submitter, campaign and campaign's organization. */
  async load(ctx: RequestContext, id: string) {
    const nomination = isId(id) ? await this.visible(ctx, id) : null;
    if (!nomination) throw new NotFoundError('Nomination', id);
    const orgs = await this.directory.organizations([nomination.submittingOrganizationId]);
    const submitter = orgs.get(nomination.submittingOrganizationId);
    const campaign = await this.campaigns.one(nomination.campaignId);
    const campaignOrg = campaign ? await this.directory.organization(campaign.organizationId) : null;
    if (!submitter || !campaign || !campaignOrg) throw new NotFoundError('Nomination', id);
    return { nomination, submitter, campaign, campaignOrg };
  }

  private visible(ctx: RequestContext, id: string): Promise<NominationEntity | null> {
    return visibleNominations(this.db, ctx).andWhere('n.id = :id', { id }).getOne();
  }

  private async move(
    ctx: RequestContext,
    id: string,
    name: keyof typeof MOVES,
    change: {
      dossier?: DossierValue;
      reason?: string;
      decisionNumber?: string;
      decidedAt?: Date;
      judged?: { at: Date; issuerIds: readonly string[] };
    },
  ): Promise<NominationEntity> {
    return this.db.transaction((m) => this.moveIn(m, ctx, id, name, change));
  }

  /** A move inside the caller's transaction (decisions recognize many at once: docs/API.md §8). */
  async moveIn(
    m: EntityManager,
    ctx: RequestContext,
    id: string,
    name: keyof typeof MOVES,
    change: {
      dossier?: DossierValue;
      reason?: string;
      decisionNumber?: string;
      decidedAt?: Date;
      judged?: { at: Date; issuerIds: readonly string[] };
    },
  ): Promise<NominationEntity> {
    const { from, to } = MOVES[name];
    const by = subjectOf(ctx);
    {
      const current = await this.lock(m, id);
      if (!(from as readonly string[]).includes(current.stage))
        throw new InvalidTransitionError(`A ${current.stage} nomination cannot become ${to}`, {
          from: current.stage,
          to,
        });
      if (name === 'recognize' && change.judged) await this.assertEligible(m, current, change.judged);
      await m.getRepository(NominationEntity).update(
        { id },
        {
          stage: to,
          ...(change.dossier ? { dossier: change.dossier } : {}),
          ...(change.decisionNumber
            ? { decisionNumber: change.decisionNumber, decidedAt: change.decidedAt }
            : {}),
        },
      );
      if (name === 'recognize') {
        // The platform's recognition is the record of that year: it replaces an imported one.
        const holder = current.nomineePersonId ? 'person_id' : 'organization_id';
        await m.query(
          `INSERT INTO nominations.distinction_record
             (id, person_id, organization_id, year, distinction_code, decision_number, source, nomination_id)
           VALUES ($1, $2, $3, $4, $5, $6, 'PLATFORM', $7)
           ON CONFLICT (${holder}, year, distinction_code) WHERE ${holder} IS NOT NULL
           DO UPDATE SET source = 'PLATFORM', decision_number = EXCLUDED.decision_number,
                         nomination_id = EXCLUDED.nomination_id`,
          [
            randomUUID(),
            current.nomineePersonId,
            current.nomineeOrganizationId,
            current.year,
            current.distinctionCode,
            change.decisionNumber ?? null,
            current.id,
          ],
        );
      }
      await this.record(m, current, to, by, change.reason ?? null);
      await this.emit(m, 'nomination.transitioned', { ...current, stage: to }, { from: current.stage, to });
      return m.getRepository(NominationEntity).findOneByOrFail({ id });
    }
  }

  /** Eligibility at recognition (docs/API.md §3): the leader rule, then the catalogue's rules. */
  private async assertEligible(
    m: EntityManager,
    n: NominationEntity,
    judged: { at: Date; issuerIds: readonly string[] },
  ): Promise<void> {
    if (n.nomineePersonId) {
      const person = await this.directory.person(n.nomineePersonId);
      if (person?.leadsId) {
        const [{ count }] = (await m.query(
          `SELECT count(*)::int AS count FROM nominations.nomination
            WHERE campaign_id = $1 AND nominee_organization_id = $2 AND stage IN ('RECOGNIZED', 'ESCALATED')`,
          [n.campaignId, person.leadsId],
        )) as [{ count: number }];
        if (count === 0)
          throw new NotEligibleError(
            'A leader is recognized only if the collective he or she heads is recognized in the same campaign',
            'LEADER_REQUIRES_COLLECTIVE',
            { organizationId: person.leadsId },
          );
      }
    }
    await this.catalogue.assertEligible(m, n, judged);
  }

  private async lock(m: EntityManager, id: string): Promise<NominationEntity> {
    const row = await m
      .getRepository(NominationEntity)
      .createQueryBuilder('n')
      .setLock('pessimistic_write')
      .where('n.id = :id', { id })
      .getOne();
    if (!row) throw new NotFoundError('Nomination', id);
    return row;
  }

  private async insertNomination(ctx: RequestContext, args: InsertArgs): Promise<NominationEntity> {
    try {
      return await this.db.transaction(async (m) => {
        if (args.idempotencyKey) {
          await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
            `nomination:${args.by}:${args.idempotencyKey}`,
          ]);
          const earlier = await this.byKey(m, args.by, args.idempotencyKey);
          if (earlier) return replay(earlier, args.requestHash ?? '');
        }
        return this.insertNominationIn(m, args);
      });
    } catch (error) {
      if (
        isUniqueViolation(error, 'nomination_person_unique') ||
        isUniqueViolation(error, 'nomination_organization_unique')
      )
        throw new DuplicateNominationError(
          'This nominee is already nominated for this distinction in this campaign',
        );
      throw await this.readableDuplicate(ctx, error);
    }
  }

  /**
   * DUPLICATE_NOMINATION names the earlier nomination only to a caller who may read it (another
   * organization's nomination of the same person does not exist for the caller, issue 23).
   */
  private async readableDuplicate(ctx: RequestContext, error: unknown): Promise<unknown> {
    if (!(error instanceof DuplicateNominationError)) return error;
    const id = error.extensions.nominationId;
    if (typeof id !== 'string' || (await this.visible(ctx, id))) return error;
    return new DuplicateNominationError(error.message);
  }

  /** Inserts under the quota locks of every quota the submitter counts against. */
  private async insertNominationIn(m: EntityManager, args: InsertArgs): Promise<NominationEntity> {
    // The quotas the submitter counts against; their rows are locked (in id order, so that
    // concurrent registrations queue instead of deadlocking), then counted: exact, not racy.
    const all = await m.getRepository(CampaignQuotaEntity).findBy({ campaignId: args.campaign.id });
    const applicable: { quota: CampaignQuotaEntity; scope: string[] }[] = [];
    for (const quota of all) {
      const scope = await quotaScope(m, quota);
      if (scope.some((path) => isUnder(args.submitter.path, path))) applicable.push({ quota, scope });
    }
    if (applicable.length > 0)
      await m
        .getRepository(CampaignQuotaEntity)
        .createQueryBuilder('q')
        .setLock('pessimistic_write')
        .where('q.id IN (:...ids)', { ids: applicable.map((a) => a.quota.id) })
        .orderBy('q.id', 'ASC')
        .getMany();
    for (const { quota, scope } of applicable) {
      const [{ count }] = (await m.query(
        `SELECT count(*)::int AS count FROM nominations.nomination n
           JOIN nominations.directory_organization o ON o.id = n.submitting_organization_id
          WHERE n.campaign_id = $1 AND n.stage <> 'WITHDRAWN' AND o.path <@ ANY($2::ltree[])`,
        [args.campaign.id, scope],
      )) as [{ count: number }];
      if (count >= quota.max)
        throw new QuotaExceededError(`The quota of ${quota.max} nominations is reached`, {
          quotaId: quota.id,
          max: quota.max,
        });
    }
    const duplicate = await m.getRepository(NominationEntity).findOne({
      where: {
        campaignId: args.campaign.id,
        distinctionCode: args.distinctionCode,
        ...(args.nominee.personId
          ? { nomineePersonId: args.nominee.personId }
          : { nomineeOrganizationId: args.nominee.organizationId as string }),
      },
    });
    if (duplicate && duplicate.stage !== 'WITHDRAWN')
      throw new DuplicateNominationError(
        'This nominee is already nominated for this distinction in this campaign',
        {
          nominationId: duplicate.id,
        },
      );
    const entity = m.getRepository(NominationEntity).create({
      id: randomUUID(),
      campaignId: args.campaign.id,
      year: args.campaign.year,
      distinctionCode: args.distinctionCode,
      target: args.nominee.target,
      nomineePersonId: args.nominee.personId,
      nomineeOrganizationId: args.nominee.organizationId,
      nomineeName: normalizeText(args.nominee.name),
      nomineeNameFolded: foldVietnamese(args.nominee.name),
      submittingOrganizationId: args.submitter.id,
      stage: args.stage,
      dossier: args.dossier,
      escalatedFromId: args.escalatedFromId,
      escalatedToId: null,
      createdBy: args.by,
      idempotencyKey: args.idempotencyKey,
      requestHash: args.requestHash,
    });
    await m.getRepository(NominationEntity).insert(entity);
    await this.record(m, entity, args.stage, args.by, null, null);
    await this.emit(m, 'nomination.registered', entity, { from: null, to: args.stage });
    return m.getRepository(NominationEntity).findOneByOrFail({ id: entity.id });
  }

  private record(
    m: EntityManager,
    n: NominationEntity,
    to: StageValue,
    by: string,
    reason: string | null,
    from: StageValue | null = n.stage,
  ): Promise<void> {
    return recordTransition(m, n, to, by, reason, from);
  }

  private emit(
    m: EntityManager,
    topic: NominationTopic,
    n: NominationEntity,
    change: EventChange,
  ): Promise<void> {
    return emitEvent(m, topic, n, this.now(), change);
  }

  private emitNow(topic: NominationTopic, n: NominationEntity): Promise<void> {
    return this.db.transaction((m) => this.emit(m, topic, n, {}));
  }

  private byKey(m: EntityManager, by: string, key: string): Promise<NominationEntity | null> {
    return m.getRepository(NominationEntity).findOneBy({ createdBy: by, idempotencyKey: key });
  }
}

interface InsertArgs {
  by: string;
  campaign: CampaignInfo;
  submitter: KnownOrganization;
  nominee: {
    personId: string | null;
    organizationId: string | null;
    name: string;
    target: 'INDIVIDUAL' | 'COLLECTIVE';
  };
  distinctionCode: string;
  stage: StageValue;
  dossier: DossierValue | null;
  escalatedFromId: string | null;
  idempotencyKey: string | null;
  requestHash: string | null;
}

function replay(earlier: NominationEntity, requestHash: string): NominationEntity {
  if (earlier.requestHash !== requestHash)
    throw new ConflictError('This idempotency key was used with a different input', {
      nominationId: earlier.id,
    });
  return earlier;
}
