import {
  assertAuthenticated,
  clampFirst,
  ConnectionArgs,
  decodeCursor,
  emptyPage,
  pageFromKeyset,
  isId,
} from '@laurel/graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { NominationEntity } from './nomination.entity';
import type { Context } from '../context';
import { NominationStage, Target } from '../enums';
import { DossierInput, RegisterNominationInput } from './dto/nomination.input';
import {
  CampaignRef,
  DistinctionRecord,
  DistinctionRef,
  Dossier,
  Nomination,
  NominationConnection,
  Nominee,
  OrganizationRef,
  PersonRef,
  toNomination,
  toRecord,
  toTransition,
  Transition,
} from './dto/nomination.output';
import { listNominations, type NominationFilter } from './nomination.queries';
import type { NominationEscalationService } from './nomination-escalation.service';
import type { NominationRegistrationService } from './nomination-registration.service';
import type { NominationService } from './nomination.service';
import type { DecisionService } from '../decision/decision.service';

export async function nominationConnection(
  ctx: Context,
  filter: NominationFilter,
  args: ConnectionArgs,
): Promise<NominationConnection> {
  const page = await listNominations(
    ctx.db,
    ctx,
    filter,
    clampFirst(args.first),
    decodeCursor(args.after, ['instant', 'uuid']),
  );
  for (const row of page.rows) ctx.loaders.nomination.prime(row.id, row);
  return NominationConnection.from(pageFromKeyset(page, toNomination));
}

@Resolver(() => Nomination)
export class NominationResolver {
  constructor(
    private readonly service: NominationService,
    private readonly registration: NominationRegistrationService,
    private readonly escalation: NominationEscalationService,
    private readonly decisions: DecisionService,
  ) {}

  @Query(() => Nomination, { nullable: true })
  async nomination(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Nomination | null> {
    assertAuthenticated(ctx);
    const row = await ctx.loaders.nomination.load(id);
    return row && toNomination(row);
  }

  @Query(() => NominationConnection, {
    description:
      'Nominations the caller may read, in registration order: of a campaign (with `cascade`, its child campaigns too), ' +
      'submitted inside an organization, by stage and target, by nominee name without diacritics.',
  })
  async nominations(
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID, { nullable: true }) campaignId?: string | null,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string | null,
    @Arg('cascade', { defaultValue: false }) cascade?: boolean,
    @Arg('stage', () => NominationStage, { nullable: true }) stage?: NominationStage | null,
    @Arg('target', () => Target, { nullable: true }) target?: Target | null,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
  ): Promise<NominationConnection> {
    assertAuthenticated(ctx);
    let organizationPath: string | null = null;
    if (organizationId) {
      const org = isId(organizationId) ? await ctx.directory.organization(organizationId) : null;
      if (!org)
        return NominationConnection.from({
          nodes: [],
          totalCount: 0,
          hasNextPage: false,
          cursorOf: () => '',
        });
      organizationPath = org.path;
    }
    if (campaignId && !isId(campaignId)) return NominationConnection.from(emptyPage());
    return nominationConnection(ctx, { organizationPath, campaignId, cascade, stage, target, search }, args);
  }

  @Query(() => NominationConnection, {
    description:
      'The public showcase (tuyên truyền, nêu gương): nominations an organization in the subtree published, ' +
      'readable without a token. Public fields only: nomineeName, distinction, year, decisionNumber, decidedAt ' +
      'and the dossier summary; the nominee’s record, history and evidence stay private.',
  })
  async exemplars(
    @Arg('organizationId', () => ID) organizationId: string,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<NominationConnection> {
    const org = isId(organizationId) ? await ctx.directory.organization(organizationId) : null;
    if (!org) return NominationConnection.from(emptyPage());
    const base = ctx.db
      .getRepository(NominationEntity)
      .createQueryBuilder('n')
      .innerJoin(
        (sub) => sub.select('*').from('nominations.directory_organization', 'd'),
        'so',
        'so.id = n.submitting_organization_id',
      )
      .where(`n.stage IN ('RECOGNIZED', 'ESCALATED')`);
    const page = await listNominations(
      ctx.db,
      ctx,
      { organizationPath: org.path, published: true, year },
      clampFirst(args.first),
      decodeCursor(args.after, ['instant', 'uuid']),
      base,
    );
    return NominationConnection.from(
      pageFromKeyset(page, (r): Nomination => ({ ...toNomination(r), publicView: true })),
    );
  }

  @FieldResolver(() => Dossier, { nullable: true })
  dossier(@Root() n: Nomination): Dossier | null {
    if (!n.dossier) return null;
    return n.publicView ? { summary: n.dossier.summary, evidence: [], attachments: [] } : n.dossier;
  }

  @Mutation(() => Nomination, { description: 'REGISTERED. Idempotent with `idempotencyKey`.' })
  async registerNomination(
    @Arg('input') input: RegisterNominationInput,
    @Ctx() ctx: Context,
  ): Promise<Nomination> {
    assertAuthenticated(ctx);
    return toNomination(await this.registration.register(ctx, input));
  }

  @Mutation(() => Nomination, { description: 'REGISTERED or RETURNED → PROPOSED, with the dossier.' })
  async proposeNomination(
    @Arg('id', () => ID) id: string,
    @Arg('dossier') dossier: DossierInput,
    @Ctx() ctx: Context,
  ): Promise<Nomination> {
    assertAuthenticated(ctx);
    return toNomination(await this.service.propose(ctx, id, dossier));
  }

  @Mutation(() => Nomination, { description: 'PROPOSED → RETURNED, sent back for changes.' })
  async returnNomination(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
  ): Promise<Nomination> {
    assertAuthenticated(ctx);
    return toNomination(await this.service.returnNomination(ctx, id, reason));
  }

  @Mutation(() => Nomination)
  async withdrawNomination(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Nomination> {
    assertAuthenticated(ctx);
    return toNomination(await this.service.withdraw(ctx, id));
  }

  @Mutation(() => Nomination, {
    description:
      'COUNCIL_APPROVED → RECOGNIZED: a decision of one (issueRecognitionDecision), by the campaign’s organization.',
  })
  async recognizeNomination(
    @Arg('id', () => ID) id: string,
    @Arg('decisionNumber') decisionNumber: string,
    @Arg('decidedAt') decidedAt: Date,
    @Ctx() ctx: Context,
  ): Promise<Nomination> {
    assertAuthenticated(ctx);
    return toNomination(await this.decisions.recognizeOne(ctx, id, decisionNumber, decidedAt));
  }

  @Mutation(() => Nomination, {
    description:
      'Returns the new, linked nomination in the ancestor’s campaign: for `distinctionCode` when given ' +
      '(a higher distinction: the catalogue’s level and prerequisites apply), else the same distinction.',
  })
  async escalateNomination(
    @Arg('id', () => ID) id: string,
    @Arg('toCampaignId', () => ID) toCampaignId: string,
    @Ctx() ctx: Context,
    @Arg('distinctionCode', () => String, { nullable: true }) distinctionCode?: string | null,
  ): Promise<Nomination> {
    assertAuthenticated(ctx);
    return toNomination(await this.escalation.escalate(ctx, id, toCampaignId, distinctionCode ?? null));
  }

  @Mutation(() => Nomination, { description: 'RECOGNIZED only; shown by `exemplars`.' })
  async publishExemplar(
    @Arg('id', () => ID) id: string,
    @Arg('published') published: boolean,
    @Ctx() ctx: Context,
  ): Promise<Nomination> {
    assertAuthenticated(ctx);
    return toNomination(await this.service.publish(ctx, id, published));
  }

  @FieldResolver(() => CampaignRef)
  campaign(@Root() n: Nomination): CampaignRef {
    return { id: n.entity.campaignId };
  }

  @FieldResolver(() => DistinctionRef)
  distinction(@Root() n: Nomination): DistinctionRef {
    return { code: n.entity.distinctionCode };
  }

  @FieldResolver(() => Nominee)
  nominee(@Root() n: Nomination): typeof Nominee {
    return n.entity.nomineePersonId
      ? Object.assign(new PersonRef(), { id: n.entity.nomineePersonId, __typename: 'Person' })
      : Object.assign(new OrganizationRef(), {
          id: n.entity.nomineeOrganizationId as string,
          __typename: 'Organization',
        });
  }

  @FieldResolver(() => OrganizationRef)
  submittingOrganization(@Root() n: Nomination): OrganizationRef {
    return { id: n.entity.submittingOrganizationId };
  }

  @FieldResolver(() => [Transition])
  async history(@Root() n: Nomination, @Ctx() ctx: Context): Promise<Transition[]> {
    if (n.publicView) return [];
    return (await ctx.loaders.history.load(n.id)).map(toTransition);
  }

  @FieldResolver(() => Nomination, { nullable: true })
  async escalatedFrom(@Root() n: Nomination, @Ctx() ctx: Context): Promise<Nomination | null> {
    if (!n.entity.escalatedFromId || n.publicView) return null;
    const row = await ctx.loaders.nomination.load(n.entity.escalatedFromId);
    return row && toNomination(row);
  }

  @FieldResolver(() => Nomination, { nullable: true })
  async escalatedTo(@Root() n: Nomination, @Ctx() ctx: Context): Promise<Nomination | null> {
    if (!n.entity.escalatedToId || n.publicView) return null;
    const row = await ctx.loaders.nomination.load(n.entity.escalatedToId);
    return row && toNomination(row);
  }
}

@Resolver(() => OrganizationRef)
export class OrganizationNominationsResolver {
  @FieldResolver(() => NominationConnection, {
    description: 'Nominations submitted by this organization or inside it, in registration order.',
  })
  async nominations(
    @Root() org: OrganizationRef,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('stage', () => NominationStage, { nullable: true }) stage?: NominationStage | null,
    @Arg('campaignId', () => ID, { nullable: true }) campaignId?: string | null,
  ): Promise<NominationConnection> {
    assertAuthenticated(ctx);
    const known = await ctx.directory.organization(org.id);
    if (!known || (campaignId && !isId(campaignId))) return NominationConnection.from(emptyPage());
    return nominationConnection(ctx, { organizationPath: known.path, stage, campaignId }, args);
  }

  @FieldResolver(() => [DistinctionRecord], {
    description: 'Distinctions held, recognized here or imported.',
  })
  async distinctions(@Root() org: OrganizationRef, @Ctx() ctx: Context): Promise<DistinctionRecord[]> {
    assertAuthenticated(ctx);
    return (await ctx.loaders.organizationRecords.load(org.id)).map(toRecord);
  }
}

@Resolver(() => PersonRef)
export class PersonDistinctionsResolver {
  @FieldResolver(() => [DistinctionRecord], {
    description: 'Distinctions held, recognized here or imported.',
  })
  async distinctions(@Root() person: PersonRef, @Ctx() ctx: Context): Promise<DistinctionRecord[]> {
    assertAuthenticated(ctx);
    return (await ctx.loaders.personRecords.load(person.id)).map(toRecord);
  }
}

@Resolver(() => DistinctionRecord)
export class DistinctionRecordResolver {
  @FieldResolver(() => Nomination, { nullable: true })
  async nomination(@Root() record: DistinctionRecord, @Ctx() ctx: Context): Promise<Nomination | null> {
    if (!record.nominationId) return null;
    const row = await ctx.loaders.nomination.load(record.nominationId);
    return row && toNomination(row);
  }
}
