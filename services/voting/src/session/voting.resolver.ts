import {
  assertAuthenticated,
  clampFirst,
  ConnectionArgs,
  decodeCursor,
  isId,
  pageFromKeyset,
} from '@laurel/graphql';
import { GraphQLError } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { Context } from '../context';
import { CouncilEntity } from '../council/council.entity';
import { Choice, VoteBase, VoteComparison, VotingStatus } from '../enums';
import {
  BallotChoiceInput,
  BallotReceipt,
  Council,
  CreateVotingSessionInput,
  NominationRef,
  NominationResult,
  VotingProgress,
  VotingSession,
  VotingSessionConnection,
} from './dto/voting.types';
import { SessionNominationEntity, type VotingSessionEntity } from './session.entity';
import type { VotingAccess } from '../access';
import { toCouncil } from '../council/council.resolver';
import type { CouncilService } from '../council/council.service';
import type { BallotService } from './ballot.service';
import { PROGRESS_TOPIC, type ProgressEvent, type ProgressService } from './progress.service';
import type { SessionService } from './session.service';

export function toSession(e: VotingSessionEntity): VotingSession {
  return {
    id: e.id,
    title: e.title,
    status: e.status as VotingStatus,
    threshold: { numerator: e.thresholdNumerator, denominator: e.thresholdDenominator },
    base: e.base as VoteBase,
    quorum: { numerator: e.quorumNumerator, denominator: e.quorumDenominator },
    comparison: e.comparison as VoteComparison,
    ruleSource: e.ruleSource,
    ballotsCast: e.ballotsCast,
    eligibleVoters: e.eligibleVoters,
    outcomeNote: e.outcomeNote,
    councilId: e.councilId,
  };
}

@Resolver(() => VotingSession)
export class VotingSessionResolver {
  constructor(
    private readonly access: VotingAccess,
    private readonly councils: CouncilService,
    private readonly sessions: SessionService,
    private readonly ballots: BallotService,
    private readonly progress: ProgressService,
  ) {}

  @Query(() => VotingSession, { nullable: true })
  async votingSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<VotingSession | null> {
    assertAuthenticated(ctx);
    try {
      return toSession((await this.access.session(ctx, id)).session);
    } catch {
      return null;
    }
  }

  @Query(() => VotingSessionConnection, {
    description: "A council's voting sessions, oldest first, for whoever may read the council.",
  })
  async votingSessions(
    @Arg('councilId', () => ID) councilId: string,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<VotingSessionConnection> {
    assertAuthenticated(ctx);
    const page = await this.councils.sessions(
      ctx,
      councilId,
      clampFirst(args.first),
      decodeCursor(args.after, 2),
    );
    return VotingSessionConnection.from(pageFromKeyset(page, toSession));
  }

  @Query(() => Boolean, { description: 'Whether a ballot with this receipt was counted in the session.' })
  async verifyReceipt(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('receiptCode') receiptCode: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    assertAuthenticated(ctx);
    return this.ballots.verifyReceipt(ctx, sessionId, receiptCode);
  }

  @Mutation(() => VotingSession)
  async createVotingSession(
    @Arg('input') input: CreateVotingSessionInput,
    @Ctx() ctx: Context,
  ): Promise<VotingSession> {
    assertAuthenticated(ctx);
    return toSession(
      await this.sessions.createSession(ctx, {
        councilId: input.councilId,
        title: input.title,
        nominationIds: input.nominationIds,
        threshold: input.threshold ?? null,
        base: input.base ?? null,
        quorum: input.quorum ?? null,
        comparison: input.comparison ?? null,
      }),
    );
  }

  @Mutation(() => VotingSession)
  async openVotingSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<VotingSession> {
    assertAuthenticated(ctx);
    return toSession(await this.sessions.open(ctx, id));
  }

  @Mutation(() => BallotReceipt, {
    description: 'One secret ballot per member, a choice for every nomination.',
  })
  async castBallot(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('choices', () => [BallotChoiceInput]) choices: BallotChoiceInput[],
    @Ctx() ctx: Context,
  ): Promise<BallotReceipt> {
    assertAuthenticated(ctx);
    return this.ballots.cast(
      ctx,
      sessionId,
      choices.map((c) => ({ nominationId: c.nominationId, choice: c.choice as Choice })),
    );
  }

  @Mutation(() => VotingSession)
  async closeVotingSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<VotingSession> {
    assertAuthenticated(ctx);
    return toSession(await this.sessions.close(ctx, id));
  }

  @FieldResolver(() => Int, {
    description: "Fixed when the session opens; while DRAFT, the council's voting members now.",
  })
  async eligibleVoters(@Root() session: VotingSession): Promise<number> {
    if (session.status !== VotingStatus.DRAFT) return session.eligibleVoters;
    return this.progress.eligibleVoters({ ...session, status: 'DRAFT' });
  }

  @FieldResolver(() => Council)
  async council(@Root() session: VotingSession, @Ctx() ctx: Context): Promise<Council> {
    return toCouncil(await ctx.db.getRepository(CouncilEntity).findOneByOrFail({ id: session.councilId }));
  }

  @FieldResolver(() => [NominationRef])
  async nominations(@Root() session: VotingSession, @Ctx() ctx: Context): Promise<NominationRef[]> {
    const rows = await ctx.db
      .getRepository(SessionNominationEntity)
      .find({ where: { sessionId: session.id }, order: { position: 'ASC' } });
    return rows.map((r) => ({ id: r.nominationId }));
  }

  @FieldResolver(() => [NominationResult], {
    nullable: true,
    description: 'Null until CLOSED: no tally while open.',
  })
  async results(@Root() session: VotingSession, @Ctx() ctx: Context): Promise<NominationResult[] | null> {
    if (session.status !== VotingStatus.CLOSED) return null;
    return ctx.results(session.id);
  }
}

@Resolver(() => VotingProgress)
export class VotingProgressResolver {
  @Subscription(() => VotingProgress, {
    description:
      'Ballots cast out of eligible voters as they arrive, and the results at closing. For the ' +
      "council's members and the organization's admins.",
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      return progressStream(ctx, args.sessionId as string);
    },
  })
  votingProgress(
    @Root() event: ProgressEvent,
    @Arg('sessionId', () => ID) _sessionId: string,
    @Ctx() ctx: Context,
  ): Promise<VotingProgress> {
    return toProgress(ctx, event);
  }
}

/** Progress updates per subscriber at most every this many milliseconds (the latest wins). */
const COALESCE_MS = 200;

const DENIED = {
  sessionId: '',
  status: 'DRAFT',
  ballotsCast: 0,
  eligibleVoters: 0,
  denied: true,
} as ProgressEvent & {
  denied: true;
};

async function toProgress(ctx: Context, event: ProgressEvent): Promise<VotingProgress> {
  if ((event as { denied?: boolean }).denied)
    throw new GraphQLError('Voting session not found', { extensions: { code: 'NOT_FOUND' } });
  return {
    sessionId: event.sessionId,
    status: event.status as VotingStatus,
    ballotsCast: event.ballotsCast,
    eligibleVoters: event.eligibleVoters,
    results: event.status === 'CLOSED' ? await ctx.results(event.sessionId) : null,
  };
}

/**
 * Authorized once at subscription and again before each event (a member removed from the
 * council stops receiving); starts with the current state, then follows the shared events.
 */
async function* progressStream(ctx: Context, sessionId: string): AsyncGenerator<ProgressEvent> {
  // Refusals travel as one ordinary result with a NOT_FOUND error (what graphql-ws reports as a
  // subscribe-time failure does not survive the gateway as a coded error).
  if (!isId(sessionId)) {
    yield DENIED;
    return;
  }
  // Re-checked at most every two seconds per subscriber, not on every ballot.
  let checkedAt = 0;
  let verdict = false;
  const allowed = async () => {
    if (Date.now() - checkedAt > 2_000) {
      verdict = await ctx.progress.maySubscribe(ctx, sessionId);
      checkedAt = Date.now();
    }
    return verdict;
  };
  if (!(await allowed())) {
    yield DENIED;
    return;
  }
  const events = ctx.pubSub.subscribe(PROGRESS_TOPIC)[Symbol.asyncIterator]() as AsyncIterator<ProgressEvent>;
  const current = await ctx.progress.snapshot(sessionId);
  if (current) yield current;

  // Coalesced: at most one update per COALESCE_MS per subscriber, always the latest count;
  // the closing event is never held back.
  const state: { pending: ProgressEvent | null; wake: (() => void) | null; ended: boolean } = {
    pending: null,
    wake: null,
    ended: false,
  };
  const pump = (async () => {
    try {
      for (;;) {
        const next = await events.next();
        if (next.done) break;
        const event = next.value;
        if (event.sessionId !== sessionId) continue;
        const held = state.pending;
        if (!held || event.status === 'CLOSED' || event.ballotsCast >= held.ballotsCast)
          state.pending = event;
        state.wake?.();
        if (event.status === 'CLOSED') break;
      }
    } finally {
      state.ended = true;
      state.wake?.();
    }
  })();
  let lastEmit = 0;
  try {
    for (;;) {
      const held = state.pending;
      if (!held) {
        if (state.ended) return;
        await new Promise<void>((resolve) => (state.wake = resolve));
        state.wake = null;
        continue;
      }
      const wait = lastEmit + COALESCE_MS - Date.now();
      if (wait > 0 && held.status !== 'CLOSED') await new Promise((r) => setTimeout(r, wait));
      const event = state.pending ?? held;
      state.pending = null;
      if (!(await allowed())) return;
      lastEmit = Date.now();
      yield event;
      if (event.status === 'CLOSED') return;
    }
  } finally {
    await events.return?.();
    await pump.catch(() => undefined);
  }
}
