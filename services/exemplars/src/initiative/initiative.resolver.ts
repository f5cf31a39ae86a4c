import { subject } from '@laurel/auth';
import { keysetPage } from '@laurel/db';
import {
  assertAuthenticated,
  clampFirst,
  ConnectionArgs,
  decodeCursor,
  emptyPage,
  isId,
  pageFromKeyset,
} from '@laurel/graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { InitiativeReach } from '../enums';
import { NominationRef, OrganizationRef, PersonRef } from '../refs.output';
import { RegisterInitiativeInput } from './dto/initiative.input';
import {
  Initiative,
  InitiativeConnection,
  ProgressNote,
  toInitiative,
  toProgressNote,
} from './dto/initiative.output';
import { visibleInitiatives } from './initiative.queries';
import type { InitiativeService } from './initiative.service';

@Resolver(() => Initiative)
export class InitiativeResolver {
  constructor(private readonly initiatives: InitiativeService) {}

  @Query(() => Initiative, { nullable: true })
  async initiative(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Initiative | null> {
    assertAuthenticated(ctx);
    const found = await this.initiatives.read(ctx.db, ctx, id);
    return found && toInitiative(found.entity);
  }

  @Mutation(() => Initiative)
  async registerInitiative(
    @Arg('input', () => RegisterInitiativeInput) input: RegisterInitiativeInput,
    @Ctx() ctx: Context,
  ): Promise<Initiative> {
    assertAuthenticated(ctx);
    return toInitiative(await this.initiatives.register(ctx, input));
  }

  @Mutation(() => Initiative)
  async reportInitiativeProgress(
    @Arg('id', () => ID) id: string,
    @Arg('text') text: string,
    @Ctx() ctx: Context,
  ): Promise<Initiative> {
    assertAuthenticated(ctx);
    return toInitiative(await this.initiatives.reportProgress(ctx, id, text));
  }

  @Mutation(() => Initiative)
  async submitInitiative(
    @Arg('id', () => ID) id: string,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('summary') summary: string,
    @Ctx() ctx: Context,
  ): Promise<Initiative> {
    assertAuthenticated(ctx);
    return toInitiative(await this.initiatives.submit(ctx, id, campaignId, summary));
  }

  @Mutation(() => Initiative)
  async setInitiativeReach(
    @Arg('id', () => ID) id: string,
    @Arg('reach', () => InitiativeReach) reach: InitiativeReach,
    @Arg('decisionNumber') decisionNumber: string,
    @Ctx() ctx: Context,
  ): Promise<Initiative> {
    assertAuthenticated(ctx);
    return toInitiative(await this.initiatives.setReach(ctx, id, reach, decisionNumber));
  }

  @FieldResolver(() => OrganizationRef)
  organization(@Root() i: Initiative): OrganizationRef {
    return { id: i.entity.organizationId };
  }

  @FieldResolver(() => [PersonRef], { description: 'The first author is the nominee when it is submitted.' })
  authors(@Root() i: Initiative): PersonRef[] {
    return i.entity.authorIds.map((id) => ({ id }));
  }

  @FieldResolver(() => [ProgressNote])
  async progress(@Root() i: Initiative, @Ctx() ctx: Context): Promise<ProgressNote[]> {
    return (await ctx.loaders.progress.load(i.id)).map(toProgressNote);
  }

  @FieldResolver(() => NominationRef, { nullable: true })
  nomination(@Root() i: Initiative): NominationRef | null {
    return i.entity.nominationId ? { id: i.entity.nominationId } : null;
  }
}

@Resolver(() => OrganizationRef)
export class OrganizationInitiativesResolver {
  @FieldResolver(() => InitiativeConnection, {
    description: "The subtree's initiatives, of a year if given.",
  })
  async initiatives(
    @Root() org: OrganizationRef,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    assertAuthenticated(ctx);
    const first = clampFirst(args.first);
    const after = decodeCursor(args.after, 2);
    const known = isId(org.id) ? await ctx.directory.organization(org.id) : null;
    if (!known || !ctx.ability.can('read', subject('Initiative', { orgPath: known.path })))
      return InitiativeConnection.from(emptyPage());
    const qb = visibleInitiatives(ctx.db, ctx).andWhere('io.path <@ CAST(:path AS ltree)', {
      path: known.path,
    });
    if (year != null) qb.andWhere('i.year = :year', { year });
    const result = await keysetPage(qb, {
      order: [
        { expr: "date_trunc('milliseconds', i.created_at)", key: (r) => r.createdAt.toISOString() },
        { expr: 'i.id', key: (r) => r.id },
      ],
      first,
      after,
    });
    return InitiativeConnection.from(pageFromKeyset(result, toInitiative));
  }
}
