import { subject } from '@laurel/auth';
import { keysetPage } from '@laurel/db';
import {
  assertAuthenticated,
  clampFirst,
  ConnectionArgs,
  decodeCursor,
  emptyPage,
  encodeCursor,
  isId,
  NotFoundError,
  pageFromKeyset,
} from '@laurel/graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { NominationRef, Nominee, OrganizationRef } from '../refs.output';
import type { PathwayService } from '../pathway/pathway.service';
import {
  Adoption,
  Evaluation,
  EvaluationConnection,
  Exemplar,
  ExemplarConnection,
  FosteringAction,
  FosteringPlan,
  PathwayStep,
  toAction,
  toAdoption,
  toEvaluation,
  toExemplar,
} from './dto/exemplar.output';
import {
  AdoptionInput,
  CreateExemplarInput,
  EvaluationInput,
  FosteringPlanInput,
} from './dto/exemplar.input';
import { ExemplarEntity, RecognitionEntity } from './exemplar.entity';
import { readVisible, visibleExemplars } from './exemplar.queries';
import type { ExemplarService } from './exemplar.service';
import { nextEvaluationDue, type PeriodKind } from './periods';
import { EvaluationPeriod } from '../enums';

function who(ctx: Context): void {
  assertAuthenticated(ctx);
}

/** The next due instant of an exemplar read in full, from its plan and its evaluations. */
export async function dueOf(ctx: Context, e: ExemplarEntity): Promise<Date | null> {
  if (!e.planPeriod || !e.planSetAt) return null;
  const evaluations = await ctx.loaders.evaluations.load(e.id);
  return nextEvaluationDue(
    { period: e.planPeriod as PeriodKind, setAt: e.planSetAt },
    evaluations.map((v) => v.period),
  );
}

@Resolver(() => Exemplar)
export class ExemplarResolver {
  constructor(
    private readonly exemplars: ExemplarService,
    private readonly pathways: PathwayService,
  ) {}

  @Query(() => Exemplar, { nullable: true })
  async exemplar(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Exemplar | null> {
    who(ctx);
    const row = await ctx.loaders.exemplar.load(id);
    return row && toExemplar(row.entity, !row.full);
  }

  @Query(() => [Exemplar], {
    description: "The subtree's exemplars whose next evaluation is due before the instant, overdue first.",
  })
  async evaluationsDue(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('before') before: Date,
    @Ctx() ctx: Context,
  ): Promise<Exemplar[]> {
    who(ctx);
    const org = isId(organizationId) ? await ctx.directory.organization(organizationId) : null;
    if (!org || !ctx.ability.can('read', subject('Exemplar', { orgPath: org.path })))
      throw new NotFoundError('Organization', organizationId);
    const rows = await readVisible(
      visibleExemplars(ctx.db, ctx, { fullOnly: true })
        .andWhere('fo.path <@ CAST(:path AS ltree)', { path: org.path })
        .andWhere('e.plan_period IS NOT NULL'),
    );
    const due = await Promise.all(rows.map(async (r) => ({ r, at: await dueOf(ctx, r.entity) })));
    return due
      .filter((d): d is { r: (typeof rows)[number]; at: Date } => d.at !== null && d.at < before)
      .sort((a, b) => a.at.getTime() - b.at.getTime() || a.r.entity.id.localeCompare(b.r.entity.id))
      .map((d) => toExemplar(d.r.entity, false));
  }

  @Mutation(() => Exemplar)
  async createExemplar(
    @Arg('input', () => CreateExemplarInput) input: CreateExemplarInput,
    @Ctx() ctx: Context,
  ): Promise<Exemplar> {
    who(ctx);
    const row = await this.exemplars.create(ctx, input);
    return toExemplar(row.entity, !row.full);
  }

  @Mutation(() => Exemplar)
  async setFosteringPlan(
    @Arg('exemplarId', () => ID) exemplarId: string,
    @Arg('plan', () => FosteringPlanInput) plan: FosteringPlanInput,
    @Ctx() ctx: Context,
  ): Promise<Exemplar> {
    who(ctx);
    const row = await this.exemplars.setPlan(ctx, exemplarId, plan);
    return toExemplar(row.entity, !row.full);
  }

  @Mutation(() => FosteringAction)
  async completeFosteringAction(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<FosteringAction> {
    who(ctx);
    return toAction(await this.exemplars.completeAction(ctx, id));
  }

  @Mutation(() => Evaluation)
  async recordEvaluation(
    @Arg('exemplarId', () => ID) exemplarId: string,
    @Arg('evaluation', () => EvaluationInput) evaluation: EvaluationInput,
    @Ctx() ctx: Context,
  ): Promise<Evaluation> {
    who(ctx);
    return toEvaluation(await this.exemplars.recordEvaluation(ctx, exemplarId, evaluation));
  }

  @Mutation(() => Adoption)
  async recordAdoption(
    @Arg('input', () => AdoptionInput) input: AdoptionInput,
    @Ctx() ctx: Context,
  ): Promise<Adoption> {
    who(ctx);
    return toAdoption(await this.exemplars.recordAdoption(ctx, input));
  }

  @FieldResolver(() => Nominee)
  nominee(@Root() e: Exemplar) {
    return {
      __typename: e.entity.nomineeKind === 'PERSON' ? 'Person' : 'Organization',
      id: e.entity.nomineeId,
    };
  }

  @FieldResolver(() => OrganizationRef, {
    description: 'Who fosters it: the submitter of its first recognition.',
  })
  organization(@Root() e: Exemplar): OrganizationRef {
    return { id: e.entity.organizationId };
  }

  @FieldResolver(() => [NominationRef], {
    description: 'Oldest first; in the public showcase, the published ones.',
  })
  async recognitions(@Root() e: Exemplar, @Ctx() ctx: Context): Promise<NominationRef[]> {
    const rows = await ctx.loaders.recognitions.load(e.id);
    return rows.filter((r) => !e.publicView || r.published).map((r) => ({ id: r.nominationId }));
  }

  @FieldResolver(() => FosteringPlan, { nullable: true })
  async plan(@Root() e: Exemplar, @Ctx() ctx: Context): Promise<FosteringPlan | null> {
    const x = e.entity;
    if (e.publicView || !x.planPeriod || x.planGoals === null) return null;
    const actions = await ctx.loaders.actions.load(x.id);
    return {
      goals: x.planGoals,
      targetDistinction: x.planTargetCode ? { code: x.planTargetCode } : null,
      targetYear: x.planTargetYear,
      evaluationPeriod: x.planPeriod as EvaluationPeriod,
      actions: actions.map(toAction),
    };
  }

  @FieldResolver(() => EvaluationConnection)
  async evaluations(
    @Root() e: Exemplar,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const first = clampFirst(args.first);
    const after = decodeCursor(args.after, 1);
    if (e.publicView) return EvaluationConnection.from(emptyPage());
    const all = await ctx.loaders.evaluations.load(e.id);
    const start = after ? all.findIndex((v) => v.id === after[0]) + 1 : 0;
    const nodes = all.slice(start, start + first).map(toEvaluation);
    return EvaluationConnection.from({
      nodes,
      totalCount: all.length,
      hasNextPage: start + first < all.length,
      cursorOf: (n) => encodeCursor([n.id]),
    });
  }

  @FieldResolver(() => Date, { nullable: true, description: 'Null without a plan.' })
  async nextEvaluationDue(@Root() e: Exemplar, @Ctx() ctx: Context): Promise<Date | null> {
    return e.publicView ? null : dueOf(ctx, e.entity);
  }

  @FieldResolver(() => [Adoption], { description: 'Every adoption of it, whoever recorded it.' })
  async adoptions(@Root() e: Exemplar, @Ctx() ctx: Context): Promise<Adoption[]> {
    if (e.publicView) return [];
    return (await ctx.loaders.adoptions.load(e.id)).map(toAdoption);
  }

  @FieldResolver(() => [PathwayStep], {
    description: 'Higher distinctions of the catalogue, what is missing.',
  })
  async pathway(@Root() e: Exemplar, @Ctx() ctx: Context): Promise<PathwayStep[]> {
    if (e.publicView) return [];
    return this.pathways.pathway(ctx, e.entity);
  }
}

@Resolver(() => Adoption)
export class AdoptionResolver {
  @FieldResolver(() => Exemplar)
  async exemplar(@Root() a: Adoption, @Ctx() ctx: Context): Promise<Exemplar> {
    const row = await ctx.loaders.exemplar.load(a.entity.exemplarId);
    // Whoever reads an adoption reads its exemplar: the fostering side in full, the adopter the
    // showcase of a published model or, inside the fostering subtree, the model itself.
    if (!row) throw new NotFoundError('Exemplar', a.entity.exemplarId);
    return toExemplar(row.entity, !row.full);
  }
}

@Resolver(() => NominationRef)
export class NominationExemplarResolver {
  @FieldResolver(() => Exemplar, {
    nullable: true,
    description:
      'The exemplar this recognition belongs to, read like `exemplar(id)`: in full inside the fostering subtree, as the showcase once published (to adopt it), else null.',
  })
  async exemplar(@Root() n: NominationRef, @Ctx() ctx: Context): Promise<Exemplar | null> {
    if (!isId(n.id) || (ctx.identity.subject === null && ctx.identity.apiKey === null)) return null;
    const link = await ctx.db
      .getRepository(RecognitionEntity)
      .findOne({ where: { nominationId: n.id }, select: { nominationId: true, exemplarId: true } });
    if (!link) return null;
    const row = await ctx.loaders.exemplar.load(link.exemplarId);
    return row && toExemplar(row.entity, !row.full);
  }
}

@Resolver(() => OrganizationRef)
export class OrganizationExemplarsResolver {
  @FieldResolver(() => ExemplarConnection, { description: 'Exemplars fostered in the subtree.' })
  async exemplars(
    @Root() org: OrganizationRef,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    who(ctx);
    const first = clampFirst(args.first);
    const after = decodeCursor(args.after, 2);
    const known = isId(org.id) ? await ctx.directory.organization(org.id) : null;
    if (!known || !ctx.ability.can('read', subject('Exemplar', { orgPath: known.path })))
      return ExemplarConnection.from(emptyPage());
    const qb = visibleExemplars(ctx.db, ctx, { fullOnly: true }).andWhere('fo.path <@ CAST(:path AS ltree)', {
      path: known.path,
    });
    const result = await keysetPage(qb, {
      order: [
        { expr: "date_trunc('milliseconds', e.created_at)", key: (r) => r.createdAt.toISOString() },
        { expr: 'e.id', key: (r) => r.id },
      ],
      first,
      after,
    });
    return ExemplarConnection.from(pageFromKeyset(result, (r) => toExemplar(r, false)));
  }
}
