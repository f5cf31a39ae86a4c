import { idsOfPath } from '@laurel/directory';
import {
  assertAuthenticated,
  clampFirst,
  ConnectionArgs,
  decodeCursor,
  emptyPage,
  pageFromKeyset,
  isId,
  readsReportsOnly,
} from '@laurel/graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Distinction, toDistinction } from '../distinction/dto/distinction.output';
import type { DistinctionEntity } from '../distinction/distinction.entity';
import { DistinctionRules, toDistinctionRules } from '../distinction/dto/distinction-rules.output';
import type { DistinctionRulesVersion } from '../distinction/distinction-rules.version';
import { localDate } from './calendar';
import type { DistinctionService } from '../distinction/distinction.service';
import { CampaignStatus } from '../enums';
import type { CampaignEntity } from './campaign.entity';
import { CampaignQueries } from './campaign.queries';
import type { CampaignLifecycleService } from './campaign-lifecycle.service';
import type { CampaignService } from './campaign.service';
import type { CampaignUpdateService } from './campaign-update.service';
import { CreateCampaignInput, UpdateCampaignInput } from './dto/campaign.input';
import {
  Campaign,
  CampaignConnection,
  CampaignReview,
  CampaignTransition,
  Criterion,
  Quota,
  StageDeadline,
  stageDeadlines,
  toCampaign,
  toCriterion,
  toQuota,
  toReview,
  toTransition,
} from './dto/campaign.output';
import { EmulationGroupRef, OrganizationRef } from './dto/refs.output';

export async function campaignConnection(
  ctx: Context,
  organizationId: string,
  options: { applying: boolean; status?: string | null; year?: number | null; search?: string | null },
  args: ConnectionArgs,
): Promise<CampaignConnection> {
  const first = clampFirst(args.first);
  const after = decodeCursor(args.after, ['number', 'string', 'uuid']);
  // A reporting tool's key reads reports, not the list of campaigns (docs/API.md §2).
  if (readsReportsOnly(ctx)) return CampaignConnection.from(emptyPage());
  const org = isId(organizationId) ? await ctx.directory.organization(organizationId) : null;
  if (!org) return CampaignConnection.from(emptyPage());
  const page = await new CampaignQueries(ctx.db, ctx.ability).list(
    { organizationPath: org.path, ...options },
    first,
    after,
  );
  for (const row of page.rows) ctx.loaders.campaign.prime(row.id, row);
  return CampaignConnection.from(pageFromKeyset(page, toCampaign));
}

/**
 * An API key (a reporting tool) reads a campaign only as the header of its reports: id, title,
 * year, kind, status, deadlines, organization, distinctions (`_entities`, as a report names it).
 * Its criteria, quotas, cascade, groups, reviews and history (who moved it) are not reports: the
 * field resolvers below answer a key as if there were none, and `campaign(id)` and the lists
 * answer null and empty.
 */
@Resolver(() => Campaign)
export class CampaignResolver {
  constructor(
    private readonly service: CampaignService,
    private readonly updates: CampaignUpdateService,
    private readonly lifecycle: CampaignLifecycleService,
    private readonly catalogue: DistinctionService,
  ) {}

  @Query(() => Campaign, { nullable: true })
  async campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Campaign | null> {
    assertAuthenticated(ctx);
    // A reporting tool's key sees a campaign only as the header its reports name (`_entities`).
    if (readsReportsOnly(ctx)) return null;
    const row = await ctx.loaders.campaign.load(id);
    return row && toCampaign(row);
  }

  @Query(() => CampaignConnection, {
    description:
      'Campaigns launched by an organization, or with `applying`, every campaign that applies to it ' +
      '(its own and its ancestors’, group-scoped ones only where it belongs). Newest year first.',
  })
  async campaigns(
    @Arg('organizationId', () => ID) organizationId: string,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('applying', { defaultValue: false }) applying: boolean,
    @Arg('status', () => CampaignStatus, { nullable: true }) status?: CampaignStatus | null,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
  ): Promise<CampaignConnection> {
    assertAuthenticated(ctx);
    return campaignConnection(ctx, organizationId, { applying, status, year, search }, args);
  }

  @Mutation(() => Campaign, { description: 'Creates a DRAFT campaign. Idempotent with `idempotencyKey`.' })
  async createCampaign(@Arg('input') input: CreateCampaignInput, @Ctx() ctx: Context): Promise<Campaign> {
    assertAuthenticated(ctx);
    return toCampaign(await this.service.create(ctx, input));
  }

  @Mutation(() => Campaign, {
    description:
      'The launching organization’s admins: DRAFT, anything; OPEN, deadlines (extensions, recorded in ' +
      '`history`), criteria and quotas; the cascade stays consistent or nothing changes (BAD_USER_INPUT).',
  })
  async updateCampaign(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateCampaignInput,
    @Ctx() ctx: Context,
  ): Promise<Campaign> {
    assertAuthenticated(ctx);
    const updated = await this.updates.update(ctx, id, input);
    ctx.loaders.campaign.clear(id);
    return toCampaign(updated);
  }

  @Mutation(() => Campaign, { description: 'DRAFT → OPEN (a child only once its parent is open).' })
  async openCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Campaign> {
    assertAuthenticated(ctx);
    return toCampaign(await this.lifecycle.transition(ctx, id, 'open'));
  }

  @Mutation(() => Campaign, { description: 'OPEN → CLOSED.' })
  async closeCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Campaign> {
    assertAuthenticated(ctx);
    return toCampaign(await this.lifecycle.transition(ctx, id, 'close'));
  }

  @Mutation(() => Campaign, { description: 'CLOSED → ARCHIVED.' })
  async archiveCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Campaign> {
    assertAuthenticated(ctx);
    return toCampaign(await this.lifecycle.transition(ctx, id, 'archive'));
  }

  @FieldResolver(() => OrganizationRef)
  organization(@Root() campaign: Campaign): OrganizationRef {
    return { id: campaign.organizationId };
  }

  @FieldResolver(() => Campaign, { nullable: true })
  async parent(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<Campaign | null> {
    if (!campaign.parentId || readsReportsOnly(ctx)) return null;
    const row = await ctx.loaders.campaign.load(campaign.parentId);
    return row && toCampaign(row);
  }

  @FieldResolver(() => [Campaign], { description: 'The child campaigns the caller may read.' })
  async children(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<Campaign[]> {
    if (readsReportsOnly(ctx)) return [];
    const rows: CampaignEntity[] = await ctx.loaders.children.load(campaign.id);
    return rows.map(toCampaign);
  }

  @FieldResolver(() => [StageDeadline])
  deadlines(@Root() campaign: Campaign): StageDeadline[] {
    return stageDeadlines(campaign);
  }

  @FieldResolver(() => [Criterion])
  async criteria(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<Criterion[]> {
    if (readsReportsOnly(ctx)) return [];
    return (await ctx.loaders.criteria.load(campaign.id)).map(toCriterion);
  }

  @FieldResolver(() => [Distinction], {
    description: 'The distinctions it leads to (the whole catalogue when none was listed).',
  })
  async distinctions(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<Distinction[]> {
    const codes = await ctx.loaders.distinctionCodes.load(campaign.id);
    if (codes.length === 0) return (await this.catalogue.list(null)).map(toDistinction);
    const rows = await ctx.loaders.distinction.loadMany(codes);
    return rows.filter((r): r is DistinctionEntity => !!r && !(r instanceof Error)).map(toDistinction);
  }

  @FieldResolver(() => [DistinctionRules], {
    description:
      'The rules in force for its distinctions, judged at its proposal deadline (Asia/Ho_Chi_Minh date) ' +
      'for its organization: a province’s own standard where it set one, the national one otherwise.',
  })
  async rules(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<DistinctionRules[]> {
    let codes = await ctx.loaders.distinctionCodes.load(campaign.id);
    if (codes.length === 0) codes = (await this.catalogue.list(null)).map((d) => d.code);
    const org = await ctx.directory.organization(campaign.organizationId);
    const issuerIds = org ? idsOfPath(org.path).reverse() : [];
    const day = localDate(campaign.proposalDeadline);
    const found = await ctx.loaders.distinctionRules.loadMany(
      codes.map((code) => ({ code, day, issuerIds })),
    );
    return found
      .filter((r): r is DistinctionRulesVersion => !!r && !(r instanceof Error))
      .map(toDistinctionRules);
  }

  @FieldResolver(() => [Quota])
  async quotas(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<Quota[]> {
    if (readsReportsOnly(ctx)) return [];
    return (await ctx.loaders.quotas.load(campaign.id)).map(toQuota);
  }

  @FieldResolver(() => [EmulationGroupRef], {
    description: 'The chosen groups; empty for the whole subtree.',
  })
  groups(@Root() campaign: Campaign, @Ctx() ctx: Context): EmulationGroupRef[] {
    if (readsReportsOnly(ctx)) return [];
    return campaign.groupIds.map((id) => ({ id }));
  }

  @FieldResolver(() => [CampaignReview])
  async reviews(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<CampaignReview[]> {
    if (readsReportsOnly(ctx)) return [];
    return (await ctx.loaders.reviews.load(campaign.id)).map(toReview);
  }

  @FieldResolver(() => [CampaignTransition], { description: 'Every status change: from, to, when, by whom.' })
  async history(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<CampaignTransition[]> {
    if (readsReportsOnly(ctx)) return [];
    return (await ctx.loaders.history.load(campaign.id)).map(toTransition);
  }
}

@Resolver(() => OrganizationRef)
export class OrganizationCampaignsResolver {
  @FieldResolver(() => CampaignConnection, {
    description: 'Campaigns this organization launched; with `applying`, also those of its ancestors.',
  })
  async campaigns(
    @Root() org: OrganizationRef,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('applying', { defaultValue: false }) applying: boolean,
    @Arg('status', () => CampaignStatus, { nullable: true }) status?: CampaignStatus | null,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<CampaignConnection> {
    assertAuthenticated(ctx);
    return campaignConnection(ctx, org.id, { applying, status, year }, args);
  }
}
