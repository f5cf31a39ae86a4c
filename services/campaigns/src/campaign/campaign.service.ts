import { randomUUID } from 'node:crypto';
import { isUnder } from '@laurel/auth';
import {
  ConflictError,
  NotFoundError,
  assertCan,
  isId,
  hashRequest,
  type RequestContext,
} from '@laurel/graphql';
import { foldVietnamese, normalizeText } from '@laurel/i18n';
import type { DataSource, EntityManager } from 'typeorm';
import type { Directory } from '../directory';
import type { CreateCampaignInput } from './dto/campaign.input';
import { CampaignEntity, CampaignTransitionEntity } from './campaign.entity';
import { visibleCampaign } from './campaign-access';
import { checkInsideParent } from './campaign-cascade';
import {
  MAX_ITEMS,
  MAX_YEAR,
  MIN_YEAR,
  Problems,
  checkCriteriaShape,
  checkQuotasShape,
  checkTitle,
} from './campaign-input';
import { checkDistinctionCodes, insertLists } from './campaign-lists';

/** Institutions and their units run by school year; everyone else by calendar year. */
const SCHOOL_KINDS = new Set(['INSTITUTION', 'UNIT', 'MASS_ORGANIZATION']);

/** The last year of the five-year phase holding `year` (2021–2025, 2026–2030, …). */
export function phaseEnd(year: number): number {
  return 2021 + 5 * Math.floor((year - 2021) / 5) + 4;
}

/** Launching campaigns (changes: CampaignUpdateService; lifecycle: CampaignLifecycleService). */
export class CampaignService {
  constructor(
    private readonly db: DataSource,
    private readonly directory: Directory,
  ) {}

  /**
   * Creates a DRAFT campaign with its criteria, distinctions, quotas and reviews in one
   * transaction. Every wrong field is reported at once (BAD_USER_INPUT, `extensions.fields`).
   */
  async create(ctx: RequestContext, input: CreateCampaignInput): Promise<CampaignEntity> {
    const subject = ctx.identity.subject ?? `api-key:${ctx.identity.apiKey?.id ?? 'none'}`;
    const shape = new Problems();
    const title = normalizeText(input.title ?? '').trim();
    checkTitle(shape, title);
    if (!Number.isInteger(input.year) || input.year < MIN_YEAR || input.year > MAX_YEAR)
      shape.add('year', `must be a year between ${MIN_YEAR} and ${MAX_YEAR}`);
    // A PHASE without endYear spans the five-year phase holding `year` (section 9).
    const endYear = input.endYear ?? (input.kind === 'PHASE' ? phaseEnd(input.year) : input.year);
    if (input.kind === 'PHASE') {
      if (input.endYear != null && (input.endYear <= input.year || input.endYear > input.year + 10))
        shape.add('endYear', 'must be after year, at most ten years later');
    } else if (input.endYear != null && input.endYear !== input.year) {
      shape.add('endYear', 'only a PHASE spans several years');
    }
    const registration = input.registrationDeadline;
    const proposal = input.proposalDeadline;
    const escalation = input.escalationDeadline ?? null;
    if (registration.getTime() > proposal.getTime())
      shape.add('proposalDeadline', 'must not be before the registration deadline');
    if (escalation && escalation.getTime() < proposal.getTime())
      shape.add('escalationDeadline', 'must not be before the proposal deadline');
    const criteria = input.criteria ?? [];
    const quotas = input.quotas ?? [];
    const reviews = input.reviews ?? [];
    const groupIds = [...new Set(input.groupIds ?? [])];
    const codes = [...new Set(input.distinctionCodes)];
    if (codes.length !== input.distinctionCodes.length) shape.add('distinctionCodes', 'lists a code twice');
    for (const [name, list] of [
      ['criteria', criteria],
      ['quotas', quotas],
      ['reviews', reviews],
      ['groupIds', groupIds],
    ] as const) {
      if (list.length > MAX_ITEMS) shape.add(name, `at most ${MAX_ITEMS}`);
    }
    checkCriteriaShape(shape, criteria);
    checkQuotasShape(shape, quotas);
    reviews.forEach((r, i) => {
      if (!normalizeText(r.title ?? '').trim()) shape.add(`reviews[${i}].title`, 'must not be empty');
    });
    if (reviews.length > 0 && input.kind !== 'PHASE')
      shape.add('reviews', 'preliminary and final reviews belong to a multi-year PHASE');
    for (const id of groupIds) if (!isId(id)) shape.add('groupIds', `${id} is not an id`);
    if (input.parentId != null && !isId(input.parentId)) shape.add('parentId', 'is not a campaign id');
    if (
      input.idempotencyKey != null &&
      (input.idempotencyKey.length < 1 || input.idempotencyKey.length > 200)
    )
      shape.add('idempotencyKey', 'must be 1 to 200 characters');
    shape.throwIfAny();

    // Who may: the launching organization's admins (NOT_FOUND when it is not theirs to see).
    const org = isId(input.organizationId) ? await this.directory.organization(input.organizationId) : null;
    if (!org) throw new NotFoundError('Organization', input.organizationId);
    assertCan(ctx.ability, 'create', 'Campaign', { orgPath: org.path, status: 'DRAFT' }, 'organization', {
      id: org.id,
      message: 'You may not launch campaigns for this organization',
    });

    const requestHash = hashRequest(input);
    if (input.idempotencyKey) {
      const earlier = await this.byIdempotencyKey(this.db.manager, subject, input.idempotencyKey);
      if (earlier) return this.replay(earlier, requestHash);
    }

    // What the input names must exist and sit where the rules say.
    const problems = new Problems();
    const parent = input.parentId ? await visibleCampaign(this.db, ctx, input.parentId) : null;
    if (input.parentId && !parent) throw new NotFoundError('Campaign', input.parentId);
    if (parent)
      await checkInsideParent(
        this.directory,
        parent,
        org,
        { kind: input.kind, year: input.year, endYear, registration, proposal, escalation },
        problems,
      );

    if (codes.length > 0) await checkDistinctionCodes(this.db, codes, problems);

    const orgIds = [
      ...criteria.map((c) => c.evaluatorOrganizationId),
      ...quotas.map((q) => q.organizationId),
    ].filter((id): id is string => typeof id === 'string' && isId(id));
    const orgs = await this.directory.organizations(orgIds);
    criteria.forEach((c, i) => {
      if (!c.evaluatorOrganizationId) return;
      const evaluator = orgs.get(c.evaluatorOrganizationId);
      if (!evaluator || !isUnder(evaluator.path, org.path))
        problems.add(
          `criteria[${i}].evaluatorOrganizationId`,
          "must be an organization of the campaign's scope",
        );
    });
    quotas.forEach((q, i) => {
      if (!q.organizationId) return;
      const target = orgs.get(q.organizationId);
      if (!target || !isUnder(target.path, org.path))
        problems.add(`quotas[${i}].organizationId`, "must be an organization of the campaign's scope");
    });

    const allGroupIds = [...new Set([...groupIds, ...quotas.map((q) => q.groupId).filter(isId)])];
    const groups = await this.directory.groups(allGroupIds);
    const groupUsable = (id: string) => {
      const g = groups.get(id);
      // The launcher's own groups, or those of an organization above it (a province's clusters).
      return !!g && (isUnder(g.ownerPath, org.path) || isUnder(org.path, g.ownerPath));
    };
    for (const id of groupIds)
      if (!groupUsable(id)) problems.add('groupIds', `${id} is not an emulation group the campaign can use`);
    quotas.forEach((q, i) => {
      if (q.groupId && !groupUsable(q.groupId))
        problems.add(`quotas[${i}].groupId`, 'is not an emulation group the campaign can use');
    });
    problems.throwIfAny();

    const calendar = input.calendar ?? (SCHOOL_KINDS.has(org.kind) ? 'SCHOOL_YEAR' : 'CALENDAR_YEAR');
    return this.db.transaction(async (m) => {
      if (input.idempotencyKey) {
        // Two retries racing: the second waits here and then replays the first.
        await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
          `campaign:${subject}:${input.idempotencyKey}`,
        ]);
        const earlier = await this.byIdempotencyKey(m, subject, input.idempotencyKey);
        if (earlier) return this.replay(earlier, requestHash);
      }
      const campaign = m.getRepository(CampaignEntity).create({
        id: randomUUID(),
        organizationId: org.id,
        parentId: parent?.id ?? null,
        title,
        titleFolded: foldVietnamese(title),
        year: input.year,
        endYear,
        kind: input.kind,
        calendar,
        status: 'DRAFT',
        registrationDeadline: registration,
        proposalDeadline: proposal,
        escalationDeadline: escalation,
        groupIds,
        createdBy: subject,
        idempotencyKey: input.idempotencyKey ?? null,
        requestHash,
      });
      await m.getRepository(CampaignEntity).insert(campaign);
      await insertLists(m, campaign.id, { codes, criteria, quotas, reviews });
      await m
        .getRepository(CampaignTransitionEntity)
        .insert({ campaignId: campaign.id, fromStatus: null, toStatus: 'DRAFT', by: subject });
      return m.getRepository(CampaignEntity).findOneByOrFail({ id: campaign.id });
    });
  }

  private byIdempotencyKey(m: EntityManager, subject: string, key: string): Promise<CampaignEntity | null> {
    return m.getRepository(CampaignEntity).findOneBy({ createdBy: subject, idempotencyKey: key });
  }

  private replay(earlier: CampaignEntity, requestHash: string): CampaignEntity {
    if (earlier.requestHash !== requestHash) {
      throw new ConflictError('This idempotency key was used with a different input', {
        campaignId: earlier.id,
      });
    }
    return earlier;
  }
}
