import { assertAuthenticated, clampFirst, ConnectionArgs, decodeCursor, encodeCursor } from '@laurel/graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Context } from '../context';
import { Nomination, OrganizationRef, toNomination } from '../nomination/dto/nomination.output';
import { DecisionLineEntity, RevocationEntity } from './decision.entity';
import {
  EmulationFund,
  FundEntry,
  FundEntryConnection,
  FundEntryInput,
  IssueDecisionInput,
  RecognitionDecision,
  Revocation,
  RevocationPreview,
  toDecision,
  toRevocation,
  toFundEntry,
} from './decision.dto';
import { readableDecision, readableOrganization, type DecisionService } from './decision.service';
import type { FundService } from './fund.service';
import type { RevocationService } from './revocation.service';

@Resolver(() => RecognitionDecision)
export class DecisionResolver {
  constructor(private readonly service: DecisionService) {}

  @Query(() => RecognitionDecision, {
    nullable: true,
    description: 'Readable by whoever reads the issuing organization’s nominations; else null.',
  })
  async recognitionDecision(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<RecognitionDecision | null> {
    assertAuthenticated(ctx);
    const row = await readableDecision(ctx, ctx.db, ctx.directory, id);
    return row && toDecision(row);
  }

  @Mutation(() => RecognitionDecision, {
    description:
      'All or nothing: every listed nomination COUNCIL_APPROVED, in the issuer’s subtree and eligible, judged together; ' +
      'refusals listed in `extensions.nominations`. Rewards from the catalogue × the base salary on `decidedAt`; ' +
      'one PAYMENT entry of the total in the issuer’s fund. Idempotent with `idempotencyKey`.',
  })
  async issueRecognitionDecision(
    @Arg('input') input: IssueDecisionInput,
    @Ctx() ctx: Context,
  ): Promise<RecognitionDecision> {
    assertAuthenticated(ctx);
    return toDecision(await this.service.issue(ctx, input));
  }

  @FieldResolver(() => OrganizationRef)
  organization(@Root() d: RecognitionDecision): OrganizationRef {
    return { id: d.entity.organizationId };
  }

  @FieldResolver(() => [Nomination], {
    description: 'The attached list, in its order (STT); nominations the caller may not read are left out.',
  })
  async nominations(@Root() d: RecognitionDecision, @Ctx() ctx: Context): Promise<Nomination[]> {
    const lines = await ctx.db
      .getRepository(DecisionLineEntity)
      .find({ where: { decisionId: d.id }, order: { position: 'ASC' } });
    const rows = await ctx.loaders.nomination.loadMany(lines.map((l) => l.nominationId));
    return rows.flatMap((r) => (r && !(r instanceof Error) ? [toNomination(r)] : []));
  }
}

@Resolver(() => Nomination)
export class NominationDecisionResolver {
  constructor(private readonly revocations: RevocationService) {}

  @Mutation(() => Nomination, {
    description:
      'RECOGNIZED (or ESCALATED) → REVOKED by the issuer’s admins or those above: the ledger forgets the distinction, ' +
      '`revocation.affected` lists later recognitions that relied on it, the reward to recover goes to the fund.',
  })
  async revokeRecognition(
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('decisionNumber') decisionNumber: string,
    @Arg('decidedAt') decidedAt: Date,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
  ): Promise<Nomination> {
    assertAuthenticated(ctx);
    return toNomination(await this.revocations.revoke(ctx, nominationId, decisionNumber, decidedAt, reason));
  }

  @FieldResolver(() => Revocation, { nullable: true })
  async revocation(@Root() n: Nomination, @Ctx() ctx: Context): Promise<Revocation | null> {
    if (n.publicView || n.entity.stage !== 'REVOKED') return null;
    const row = await ctx.db.getRepository(RevocationEntity).findOneBy({ nominationId: n.id });
    return row && toRevocation(row);
  }

  @FieldResolver(() => RevocationPreview, {
    nullable: true,
    description:
      'For a RECOGNIZED (or ESCALATED) nomination: what revokeRecognition would do (the reward to recover, the later recognitions it would flag), computed as the revocation computes them; null otherwise.',
  })
  async revocationPreview(@Root() n: Nomination): Promise<RevocationPreview | null> {
    if (n.publicView || (n.entity.stage !== 'RECOGNIZED' && n.entity.stage !== 'ESCALATED')) return null;
    return this.revocations.preview(n.entity);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Đồng, from its decision; null before recognition or when the catalogue knows no multiple.',
  })
  async reward(@Root() n: Nomination, @Ctx() ctx: Context): Promise<number | null> {
    if (n.publicView) return null;
    return (await lineOf(ctx, n.id))?.reward ?? null;
  }

  @FieldResolver(() => RecognitionDecision, { nullable: true })
  async decision(@Root() n: Nomination, @Ctx() ctx: Context): Promise<RecognitionDecision | null> {
    if (n.publicView) return null;
    const line = await lineOf(ctx, n.id);
    if (!line) return null;
    const row = await readableDecision(ctx, ctx.db, ctx.directory, line.decisionId);
    return row && toDecision(row);
  }
}

/** One query per page of nominations: a request's lines are loaded together. */
const LINE_LOADERS = new WeakMap<Context, DataLoader<string, DecisionLineEntity | null>>();
function lineOf(ctx: Context, nominationId: string): Promise<DecisionLineEntity | null> {
  let loader = LINE_LOADERS.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.db.getRepository(DecisionLineEntity).findBy({ nominationId: In([...ids]) });
      const byId = new Map(rows.map((r) => [r.nominationId, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    LINE_LOADERS.set(ctx, loader);
  }
  return loader.load(nominationId);
}

@Resolver(() => EmulationFund)
export class FundResolver {
  constructor(private readonly service: FundService) {}

  @Query(() => EmulationFund, {
    nullable: true,
    description: 'Readable by whoever reads the organization’s nominations; else null.',
  })
  async emulationFund(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
  ): Promise<EmulationFund | null> {
    assertAuthenticated(ctx);
    const org = await readableOrganization(ctx, ctx.directory, organizationId);
    if (!org) return null;
    const totals = await this.service.totals(org.id, year);
    return {
      organization: { id: org.id },
      year,
      allocated: totals.allocated,
      paid: totals.paid,
      recovered: totals.recovered,
      balance: totals.balance,
    };
  }

  @FieldResolver(() => FundEntryConnection, { description: 'In the order they were entered.' })
  async entries(@Root() fund: EmulationFund, @Args() args: ConnectionArgs): Promise<FundEntryConnection> {
    const after = decodeCursor(args.after, 2) as [string, string] | null;
    const page = await this.service.entries(
      fund.organization.id,
      fund.year,
      clampFirst(args.first),
      after && { at: after[0], id: after[1] },
    );
    return FundEntryConnection.from({
      nodes: page.rows.map(toFundEntry),
      totalCount: page.totalCount,
      hasNextPage: page.hasNextPage,
      cursorOf: (e) => encodeCursor([e.at.toISOString(), e.id]),
    });
  }

  @Mutation(() => FundEntry, {
    description:
      'Append-only: ALLOCATION, RECOVERY or a signed ADJUSTMENT (PAYMENT entries come from decisions).',
  })
  async recordFundEntry(@Arg('input') input: FundEntryInput, @Ctx() ctx: Context): Promise<FundEntry> {
    assertAuthenticated(ctx);
    return toFundEntry(await this.service.record(ctx, input));
  }
}

@Resolver(() => FundEntry)
export class FundEntryResolver {
  @FieldResolver(() => RecognitionDecision, { nullable: true })
  async decision(@Root() e: FundEntry, @Ctx() ctx: Context): Promise<RecognitionDecision | null> {
    if (!e.entity.decisionId) return null;
    const row = await readableDecision(ctx, ctx.db, ctx.directory, e.entity.decisionId);
    return row && toDecision(row);
  }
}

@Resolver(() => RevocationPreview)
export class RevocationPreviewResolver {
  @FieldResolver(() => [Nomination], {
    description: 'Later recognitions whose prerequisites rely on it; those the caller may read.',
  })
  async affected(@Root() p: RevocationPreview, @Ctx() ctx: Context): Promise<Nomination[]> {
    const rows = await ctx.loaders.nomination.loadMany(p.affectedIds);
    return rows.flatMap((row) => (row && !(row instanceof Error) ? [toNomination(row)] : []));
  }
}

@Resolver(() => Revocation)
export class RevocationResolver {
  @FieldResolver(() => [Nomination], {
    description:
      'Later recognitions whose prerequisites relied on it (flagged for review, not revoked); those the caller may read.',
  })
  async affected(@Root() r: Revocation, @Ctx() ctx: Context): Promise<Nomination[]> {
    const rows = await ctx.loaders.nomination.loadMany(r.entity.affectedIds);
    return rows.flatMap((row) => (row && !(row instanceof Error) ? [toNomination(row)] : []));
  }
}
