import { randomUUID } from 'node:crypto';
import { isUnder } from '@laurel/auth';
import {
  BadUserInputError,
  ConflictError,
  InvalidTransitionError,
  NotFoundError,
  assertCan,
  isId,
  hashRequest,
  type RequestContext,
  readsReportsOnly,
} from '@laurel/graphql';
import { foldVietnamese, normalizeText } from '@laurel/i18n';
import type { DataSource, EntityManager } from 'typeorm';
import type { Directory, DirectoryOrganization } from '../directory';
import { DistinctionEntity } from '../distinction/distinction.entity';
import type { CreateCampaignInput, UpdateCampaignInput } from './dto/campaign.input';
import {
  CampaignDistinctionEntity,
  CampaignEntity,
  CampaignReviewEntity,
  CampaignTransitionEntity,
  CriterionEntity,
  QuotaEntity,
  type CampaignStatusValue,
} from './campaign.entity';
import { CampaignQueries } from './campaign.queries';

/** The only moves of the lifecycle (issue 3): anything else is INVALID_TRANSITION. */
const TRANSITIONS: Record<'open' | 'close' | 'archive', [CampaignStatusValue, CampaignStatusValue]> = {
  open: ['DRAFT', 'OPEN'],
  close: ['OPEN', 'CLOSED'],
  archive: ['CLOSED', 'ARCHIVED'],
};

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
const MAX_TITLE = 500;
const MAX_TEXT = 5_000;
const MAX_ITEMS = 500;
/** Institutions and their units run by school year; everyone else by calendar year. */
const SCHOOL_KINDS = new Set(['INSTITUTION', 'UNIT', 'MASS_ORGANIZATION']);

/** The last year of the five-year phase holding `year` (2021–2025, 2026–2030, …). */
export function phaseEnd(year: number): number {
  return 2021 + 5 * Math.floor((year - 2021) / 5) + 4;
}

interface FieldError {
  field: string;
  message: string;
}

class Problems {
  readonly list: FieldError[] = [];
  add(field: string, message: string): void {
    this.list.push({ field, message });
  }
  throwIfAny(): void {
    if (this.list.length === 0) return;
    throw new BadUserInputError(this.list.map((p) => `${p.field}: ${p.message}`).join('; '), {
      fields: this.list,
    });
  }
}

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
    if (!title) shape.add('title', 'must not be empty');
    if (title.length > MAX_TITLE) shape.add('title', `at most ${MAX_TITLE} characters`);
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
    criteria.forEach((c, i) => {
      const text = normalizeText(c.text ?? '').trim();
      if (!text) shape.add(`criteria[${i}].text`, 'must not be empty');
      if (text.length > MAX_TEXT) shape.add(`criteria[${i}].text`, `at most ${MAX_TEXT} characters`);
      if (c.evaluatorOrganizationId != null && !isId(c.evaluatorOrganizationId))
        shape.add(`criteria[${i}].evaluatorOrganizationId`, 'is not an organization id');
    });
    const seenQuota = new Set<string>();
    quotas.forEach((q, i) => {
      const owners = [q.organizationId, q.groupId].filter((v) => v != null);
      if (owners.length !== 1) shape.add(`quotas[${i}]`, 'needs exactly one of organizationId and groupId');
      if (!Number.isInteger(q.min) || q.min < 0) shape.add(`quotas[${i}].min`, 'must be 0 or more');
      if (!Number.isInteger(q.max) || q.max < q.min)
        shape.add(`quotas[${i}].max`, 'must not be less than min');
      const key = `${q.organizationId ?? ''}|${q.groupId ?? ''}`;
      if (seenQuota.has(key)) shape.add(`quotas[${i}]`, 'a second quota for the same organization or group');
      seenQuota.add(key);
      for (const id of owners) if (!isId(id)) shape.add(`quotas[${i}]`, `${id} is not an id`);
    });
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
    const parent = input.parentId ? await this.visibleCampaign(ctx, input.parentId) : null;
    if (input.parentId && !parent) throw new NotFoundError('Campaign', input.parentId);
    let parentOrg: DirectoryOrganization | null = null;
    if (parent) {
      parentOrg = await this.directory.organization(parent.organizationId);
      // A plan's preliminary and final reviews are award rounds of its own organization (section 9).
      const review = parent.kind === 'PHASE' && input.kind !== 'PHASE' && org.id === parentOrg?.id;
      if (!parentOrg || !isUnder(org.path, parentOrg.path) || (org.id === parentOrg.id && !review)) {
        problems.add(
          'parentId',
          "the child campaign's organization must be inside the parent campaign's scope " +
            '(its own organization only for the review rounds of a PHASE plan)',
        );
      } else if (parent.groupIds.length > 0) {
        const groups = await this.directory.groups(parent.groupIds);
        const members = await this.directory.organizations([...groups.values()].flatMap((g) => g.memberIds));
        const inGroup = [...members.values()].some((m) => isUnder(org.path, m.path));
        if (!inGroup)
          problems.add('parentId', "the organization is not in the parent campaign's emulation groups");
      }
      if (parent.status === 'CLOSED' || parent.status === 'ARCHIVED')
        problems.add('parentId', `the parent campaign is ${parent.status}`);
      const bound = parent.escalationDeadline ?? parent.proposalDeadline;
      const boundName = parent.escalationDeadline ? 'escalation' : 'proposal';
      for (const [field, at] of [
        ['registrationDeadline', registration],
        ['proposalDeadline', proposal],
        ['escalationDeadline', escalation],
      ] as const) {
        if (at && at.getTime() > bound.getTime())
          problems.add(
            field,
            `must fall before the parent campaign's ${boundName} deadline (${bound.toISOString()})`,
          );
      }
      if (input.year < parent.year || endYear > parent.endYear)
        problems.add('year', `must lie within the parent campaign's years ${parent.year}–${parent.endYear}`);
    }

    if (codes.length > 0) {
      const known = await this.db
        .getRepository(DistinctionEntity)
        .createQueryBuilder('d')
        .select('d.code', 'code')
        .where('d.code IN (:...codes)', { codes })
        .getRawMany<{ code: string }>();
      const knownSet = new Set(known.map((k) => k.code));
      const unknown = codes.filter((c) => !knownSet.has(c));
      if (unknown.length > 0) problems.add('distinctionCodes', `not in the catalogue: ${unknown.join(', ')}`);
    }

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
      if (codes.length > 0)
        await m
          .getRepository(CampaignDistinctionEntity)
          .insert(codes.map((code, position) => ({ campaignId: campaign.id, code, position })));
      if (criteria.length > 0)
        await m.getRepository(CriterionEntity).insert(
          criteria.map((c, position) => ({
            id: randomUUID(),
            campaignId: campaign.id,
            position,
            target: c.target,
            text: normalizeText(c.text).trim(),
            evaluatorOrganizationId: c.evaluatorOrganizationId ?? null,
          })),
        );
      if (quotas.length > 0)
        await m.getRepository(QuotaEntity).insert(
          quotas.map((q) => ({
            id: randomUUID(),
            campaignId: campaign.id,
            organizationId: q.organizationId ?? null,
            groupId: q.groupId ?? null,
            min: q.min,
            max: q.max,
          })),
        );
      if (reviews.length > 0)
        await m.getRepository(CampaignReviewEntity).insert(
          reviews.map((r) => ({
            id: randomUUID(),
            campaignId: campaign.id,
            kind: r.kind,
            title: normalizeText(r.title).trim(),
            dueAt: r.dueAt,
          })),
        );
      await m
        .getRepository(CampaignTransitionEntity)
        .insert({ campaignId: campaign.id, fromStatus: null, toStatus: 'DRAFT', by: subject });
      return m.getRepository(CampaignEntity).findOneByOrFail({ id: campaign.id });
    });
  }

  /**
   * Section 9: the launching organization's admins change a campaign. DRAFT: anything; OPEN:
   * deadlines (an extension, recorded in `history` with who and when), criteria and quotas (they
   * apply to registrations from now on); CLOSED and ARCHIVED: nothing. The cascade stays
   * consistent (its deadlines before its parent's escalation deadline, its children's before
   * its own) or nothing changes (BAD_USER_INPUT). One transaction, the campaign row locked.
   */
  async update(ctx: RequestContext, id: string, input: UpdateCampaignInput): Promise<CampaignEntity> {
    // A reporting tool's key sees a campaign only as the header of its reports: not here.
    const campaign = readsReportsOnly(ctx) ? null : await this.visibleCampaign(ctx, id);
    if (!campaign) throw new NotFoundError('Campaign', id);
    const org = await this.directory.organization(campaign.organizationId);
    if (!org) throw new NotFoundError('Campaign', id);
    assertCan(ctx.ability, 'update', 'Campaign', { orgPath: org.path, status: campaign.status }, 'campaign', {
      visible: true,
    });
    const by = ctx.identity.subject ?? `api-key:${ctx.identity.apiKey?.id ?? 'none'}`;

    const shape = new Problems();
    let title: string | undefined;
    if (input.title != null) {
      title = normalizeText(input.title).trim();
      if (!title) shape.add('title', 'must not be empty');
      if (title.length > MAX_TITLE) shape.add('title', `at most ${MAX_TITLE} characters`);
    }
    const criteria = input.criteria ?? null;
    const quotas = input.quotas ?? null;
    const codes = input.distinctionCodes ? [...new Set(input.distinctionCodes)] : null;
    if (codes && input.distinctionCodes && codes.length !== input.distinctionCodes.length)
      shape.add('distinctionCodes', 'lists a code twice');
    if (criteria && criteria.length > MAX_ITEMS) shape.add('criteria', `at most ${MAX_ITEMS}`);
    if (quotas && quotas.length > MAX_ITEMS) shape.add('quotas', `at most ${MAX_ITEMS}`);
    criteria?.forEach((c, i) => {
      const text = normalizeText(c.text ?? '').trim();
      if (!text) shape.add(`criteria[${i}].text`, 'must not be empty');
      if (text.length > MAX_TEXT) shape.add(`criteria[${i}].text`, `at most ${MAX_TEXT} characters`);
      if (c.evaluatorOrganizationId != null && !isId(c.evaluatorOrganizationId))
        shape.add(`criteria[${i}].evaluatorOrganizationId`, 'is not an organization id');
    });
    const seenQuota = new Set<string>();
    quotas?.forEach((q, i) => {
      const owners = [q.organizationId, q.groupId].filter((v) => v != null);
      if (owners.length !== 1) shape.add(`quotas[${i}]`, 'needs exactly one of organizationId and groupId');
      if (!Number.isInteger(q.min) || q.min < 0) shape.add(`quotas[${i}].min`, 'must be 0 or more');
      if (!Number.isInteger(q.max) || q.max < q.min)
        shape.add(`quotas[${i}].max`, 'must not be less than min');
      const key = `${q.organizationId ?? ''}|${q.groupId ?? ''}`;
      if (seenQuota.has(key)) shape.add(`quotas[${i}]`, 'a second quota for the same organization or group');
      seenQuota.add(key);
      for (const owner of owners) if (!isId(owner)) shape.add(`quotas[${i}]`, `${owner} is not an id`);
    });
    shape.throwIfAny();

    // What the lists name must exist and sit where create's rules say.
    const problems = new Problems();
    if (codes && codes.length > 0) {
      const known = await this.db
        .getRepository(DistinctionEntity)
        .createQueryBuilder('d')
        .select('d.code', 'code')
        .where('d.code IN (:...codes)', { codes })
        .getRawMany<{ code: string }>();
      const knownSet = new Set(known.map((k) => k.code));
      const unknown = codes.filter((c) => !knownSet.has(c));
      if (unknown.length > 0) problems.add('distinctionCodes', `not in the catalogue: ${unknown.join(', ')}`);
    }
    const orgs = await this.directory.organizations(
      [
        ...(criteria ?? []).map((c) => c.evaluatorOrganizationId),
        ...(quotas ?? []).map((q) => q.organizationId),
      ].filter((v): v is string => typeof v === 'string' && isId(v)),
    );
    criteria?.forEach((c, i) => {
      if (!c.evaluatorOrganizationId) return;
      const evaluator = orgs.get(c.evaluatorOrganizationId);
      if (!evaluator || !isUnder(evaluator.path, org.path))
        problems.add(
          `criteria[${i}].evaluatorOrganizationId`,
          "must be an organization of the campaign's scope",
        );
    });
    const groupIds = (quotas ?? []).map((q) => q.groupId).filter(isId);
    const groups = await this.directory.groups(groupIds);
    quotas?.forEach((q, i) => {
      if (q.organizationId) {
        const target = orgs.get(q.organizationId);
        if (!target || !isUnder(target.path, org.path))
          problems.add(`quotas[${i}].organizationId`, "must be an organization of the campaign's scope");
      }
      if (q.groupId) {
        const g = groups.get(q.groupId);
        if (!g || !(isUnder(g.ownerPath, org.path) || isUnder(org.path, g.ownerPath)))
          problems.add(`quotas[${i}].groupId`, 'is not an emulation group the campaign can use');
      }
    });
    problems.throwIfAny();

    return this.db.transaction(async (m) => {
      const current = await m
        .getRepository(CampaignEntity)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.id = :id', { id })
        .getOneOrFail();
      if (current.status === 'CLOSED' || current.status === 'ARCHIVED')
        throw new InvalidTransitionError(`A ${current.status} campaign cannot change`, {
          from: current.status,
          to: current.status,
        });
      const rules = new Problems();
      if (current.status === 'OPEN') {
        if (title !== undefined && title !== current.title)
          rules.add('title', 'an OPEN campaign keeps its title');
        if (codes) rules.add('distinctionCodes', 'an OPEN campaign keeps its distinctions');
      }
      const next = {
        registrationDeadline: input.registrationDeadline ?? current.registrationDeadline,
        proposalDeadline: input.proposalDeadline ?? current.proposalDeadline,
        escalationDeadline: input.escalationDeadline ?? current.escalationDeadline,
      };
      if (next.registrationDeadline.getTime() > next.proposalDeadline.getTime())
        rules.add('proposalDeadline', 'must not be before the registration deadline');
      if (next.escalationDeadline && next.escalationDeadline.getTime() < next.proposalDeadline.getTime())
        rules.add('escalationDeadline', 'must not be before the proposal deadline');
      // The cascade: before the parent's bound, and the children's deadlines before ours.
      if (current.parentId) {
        const parent = await m.getRepository(CampaignEntity).findOneByOrFail({ id: current.parentId });
        const bound = parent.escalationDeadline ?? parent.proposalDeadline;
        const boundName = parent.escalationDeadline ? 'escalation' : 'proposal';
        for (const [field, at] of Object.entries(next))
          if (at && at.getTime() > bound.getTime())
            rules.add(
              field,
              `must fall before the parent campaign's ${boundName} deadline (${bound.toISOString()})`,
            );
      }
      const ownBound = next.escalationDeadline ?? next.proposalDeadline;
      const children = await m.getRepository(CampaignEntity).findBy({ parentId: current.id });
      for (const child of children) {
        const latest = [child.registrationDeadline, child.proposalDeadline, child.escalationDeadline]
          .filter((d): d is Date => !!d)
          .reduce((a, b) => (a.getTime() > b.getTime() ? a : b));
        if (latest.getTime() > ownBound.getTime())
          rules.add(
            next.escalationDeadline ? 'escalationDeadline' : 'proposalDeadline',
            `the child campaign "${child.title}" has a deadline after it (${latest.toISOString()}): move the child's first`,
          );
      }
      rules.throwIfAny();

      const changes: string[] = [];
      const patch: Partial<CampaignEntity> = {};
      if (title !== undefined && title !== current.title) {
        patch.title = title;
        patch.titleFolded = foldVietnamese(title);
        changes.push(`title "${current.title}" → "${title}"`);
      }
      for (const field of ['registrationDeadline', 'proposalDeadline', 'escalationDeadline'] as const) {
        const before = current[field];
        const after = next[field];
        if ((before?.getTime() ?? null) !== (after?.getTime() ?? null)) {
          patch[field] = after as Date;
          changes.push(`${field} ${before?.toISOString() ?? 'none'} → ${after?.toISOString() ?? 'none'}`);
        }
      }
      if (Object.keys(patch).length > 0) await m.getRepository(CampaignEntity).update({ id }, patch);
      if (codes) {
        await m.getRepository(CampaignDistinctionEntity).delete({ campaignId: id });
        if (codes.length > 0)
          await m
            .getRepository(CampaignDistinctionEntity)
            .insert(codes.map((code, position) => ({ campaignId: id, code, position })));
        changes.push(`distinctions: ${codes.join(', ') || 'the whole catalogue'}`);
      }
      if (criteria) {
        // A criterion kept as it was keeps its id (dossiers' evidence points at it).
        const existing = await m.getRepository(CriterionEntity).findBy({ campaignId: id });
        const keyOf = (c: { target: string; text: string; evaluatorOrganizationId?: string | null }) =>
          `${c.target}|${normalizeText(c.text).trim()}|${c.evaluatorOrganizationId ?? ''}`;
        const pool = new Map<string, CriterionEntity[]>();
        for (const c of existing) pool.set(keyOf(c), [...(pool.get(keyOf(c)) ?? []), c]);
        const rows = criteria.map((c, position) => {
          const kept = pool.get(keyOf(c))?.shift();
          return {
            id: kept?.id ?? randomUUID(),
            campaignId: id,
            position,
            target: c.target,
            text: normalizeText(c.text).trim(),
            evaluatorOrganizationId: c.evaluatorOrganizationId ?? null,
          };
        });
        await m.getRepository(CriterionEntity).delete({ campaignId: id });
        if (rows.length > 0) await m.getRepository(CriterionEntity).insert(rows);
        changes.push(`criteria: ${rows.length}`);
      }
      if (quotas) {
        // A quota for the same organization or group keeps its id (nominations counts against it).
        const existing = await m.getRepository(QuotaEntity).findBy({ campaignId: id });
        const ownerKey = (q: { organizationId?: string | null; groupId?: string | null }) =>
          `${q.organizationId ?? ''}|${q.groupId ?? ''}`;
        const byOwner = new Map(existing.map((q) => [ownerKey(q), q]));
        await m.getRepository(QuotaEntity).delete({ campaignId: id });
        if (quotas.length > 0)
          await m.getRepository(QuotaEntity).insert(
            quotas.map((q) => ({
              id: byOwner.get(ownerKey(q))?.id ?? randomUUID(),
              campaignId: id,
              organizationId: q.organizationId ?? null,
              groupId: q.groupId ?? null,
              min: q.min,
              max: q.max,
            })),
          );
        changes.push(`quotas: ${quotas.map((q) => `${q.min}–${q.max}`).join(', ') || 'none'}`);
      }
      if (changes.length > 0)
        await m.getRepository(CampaignTransitionEntity).insert({
          campaignId: id,
          fromStatus: current.status,
          toStatus: current.status,
          by,
          change: changes.join('; '),
        });
      return m.getRepository(CampaignEntity).findOneByOrFail({ id });
    });
  }

  /** DRAFT → OPEN → CLOSED → ARCHIVED, one step at a time, recorded. */
  async transition(ctx: RequestContext, id: string, move: keyof typeof TRANSITIONS): Promise<CampaignEntity> {
    // A reporting tool's key sees a campaign only as the header of its reports: not here.
    const campaign = readsReportsOnly(ctx) ? null : await this.visibleCampaign(ctx, id);
    if (!campaign) throw new NotFoundError('Campaign', id);
    const org = await this.directory.organization(campaign.organizationId);
    if (!org) throw new NotFoundError('Campaign', id);
    assertCan(ctx.ability, 'update', 'Campaign', { orgPath: org.path, status: campaign.status }, 'campaign', {
      visible: true,
      message: `You may not ${move} this campaign`,
    });
    const [from, to] = TRANSITIONS[move];
    const by = ctx.identity.subject ?? 'unknown';
    return this.db.transaction(async (m) => {
      const current = await m
        .getRepository(CampaignEntity)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.id = :id', { id })
        .getOneOrFail();
      if (current.status !== from) {
        throw new InvalidTransitionError(`A ${current.status} campaign cannot move to ${to}`, {
          from: current.status,
          to,
        });
      }
      if (move === 'open' && current.parentId) {
        const parent = await m.getRepository(CampaignEntity).findOneByOrFail({ id: current.parentId });
        if (parent.status !== 'OPEN')
          throw new InvalidTransitionError(`The parent campaign is ${parent.status}; open it first`, {
            from: current.status,
            to,
          });
      }
      await m.getRepository(CampaignEntity).update({ id }, { status: to });
      await m
        .getRepository(CampaignTransitionEntity)
        .insert({ campaignId: id, fromStatus: from, toStatus: to, by });
      return m.getRepository(CampaignEntity).findOneByOrFail({ id });
    });
  }

  private async visibleCampaign(ctx: RequestContext, id: string): Promise<CampaignEntity | null> {
    if (!isId(id)) return null;
    const [row] = await new CampaignQueries(this.db, ctx.ability).byIds([id]);
    return row ?? null;
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
