import {
  assertAuthenticated,
  clampFirst,
  ConnectionArgs,
  decodeCursor,
  pageFromKeyset,
} from '@laurel/graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { CouncilEntity, CouncilMemberEntity } from './council.entity';
import { CouncilKind, CouncilRole } from '../enums';
import {
  Council,
  CouncilConnection,
  CouncilMember,
  CouncilMemberInput,
  CreateCouncilInput,
} from '../session/dto/voting.types';
import type { VotingAccess } from '../access';
import type { CouncilService } from './council.service';

export function toCouncil(e: CouncilEntity): Council {
  return { id: e.id, name: e.name, kind: e.kind as CouncilKind, organization: { id: e.organizationId } };
}

@Resolver(() => Council)
export class CouncilResolver {
  constructor(
    private readonly access: VotingAccess,
    private readonly service: CouncilService,
  ) {}

  @Query(() => Council, { nullable: true })
  async council(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Council | null> {
    assertAuthenticated(ctx);
    try {
      return toCouncil((await this.access.council(ctx, id)).council);
    } catch {
      return null;
    }
  }

  @Query(() => CouncilConnection, {
    description:
      "An organization's councils, oldest first: all of them for its readers (ORG_ADMIN, VIEWER, UNIT_LEAD " +
      'of it or above), else those the caller sits on.',
  })
  async councils(
    @Arg('organizationId', () => ID) organizationId: string,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<CouncilConnection> {
    assertAuthenticated(ctx);
    const page = await this.service.councils(
      ctx,
      organizationId,
      clampFirst(args.first),
      decodeCursor(args.after, 2),
    );
    return CouncilConnection.from(pageFromKeyset(page, toCouncil));
  }

  @Mutation(() => Council, {
    description:
      "Seats a person of the council's organization (the organization's admins; not while a session " +
      'is open; a deactivated person cannot be seated).',
  })
  async addCouncilMember(
    @Arg('councilId', () => ID) councilId: string,
    @Arg('member', () => CouncilMemberInput) member: CouncilMemberInput,
    @Ctx() ctx: Context,
  ): Promise<Council> {
    assertAuthenticated(ctx);
    return toCouncil(await this.service.addCouncilMember(ctx, councilId, member));
  }

  @Mutation(() => Council)
  async createCouncil(@Arg('input') input: CreateCouncilInput, @Ctx() ctx: Context): Promise<Council> {
    assertAuthenticated(ctx);
    return toCouncil(await this.service.createCouncil(ctx, input));
  }

  @Mutation(() => Council, {
    description:
      "Takes a person off the council (the organization's admins; not while a session is open). " +
      'Their progress subscriptions stop within two seconds.',
  })
  async removeCouncilMember(
    @Arg('councilId', () => ID) councilId: string,
    @Arg('personId', () => ID) personId: string,
    @Ctx() ctx: Context,
  ): Promise<Council> {
    assertAuthenticated(ctx);
    return toCouncil(await this.service.removeCouncilMember(ctx, councilId, personId));
  }

  @FieldResolver(() => [CouncilMember])
  async members(@Root() council: Council, @Ctx() ctx: Context): Promise<CouncilMember[]> {
    const rows = await ctx.db
      .getRepository(CouncilMemberEntity)
      .find({ where: { councilId: council.id }, order: { role: 'ASC', personId: 'ASC' } });
    return rows.map((r) => ({ person: { id: r.personId }, role: r.role as CouncilRole }));
  }
}
