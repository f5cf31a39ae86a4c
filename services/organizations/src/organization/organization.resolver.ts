import { isAuthenticated, isUnder, subject } from '@laurel/auth';
import { assertAuthenticated, ConnectionArgs, encodeCursor, readsReportsOnly } from '@laurel/graphql';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { Context } from '../context';
import { OrgKind } from '../enums';
import { PersonConnection, toPerson } from '../person/dto/person.output';
import { CreateOrganizationInput } from './dto/organization.input';
import {
  Organization,
  OrganizationChange,
  OrganizationConnection,
  OrganizationEvent,
  toOrganization,
  toOrganizationChange,
} from './dto/organization.output';
import { OrganizationChangeEntity } from './organization-change.entity';
import { OrganizationEntity } from './organization.entity';
import { ancestorIds, OrganizationQueries } from './organization.queries';
import { ORGANIZATION_EVENTS, type OrganizationEventPayload } from './organization.events';
import { OrganizationService } from './organization.service';

@ArgsType()
class ChildrenArgs extends ConnectionArgs {
  @Field({ nullable: true, description: 'Include organizations merged into others (default false).' })
  includeDissolved?: boolean;
}

@ArgsType()
class PeopleArgs extends ConnectionArgs {
  @Field({ nullable: true, description: 'Search by name, ignoring diacritics.' })
  search?: string;

  @Field({ nullable: true, description: 'Also list the people of every organization below (default false).' })
  includeDescendants?: boolean;
}

@ArgsType()
class OrganizationsArgs extends ConnectionArgs {
  @Field({ nullable: true, description: 'Name (ignoring diacritics) or code prefix.' })
  search?: string;

  @Field(() => OrgKind, { nullable: true })
  kind?: OrgKind;

  @Field(() => ID, { nullable: true, description: 'Only organizations inside this one.' })
  withinId?: string;

  @Field({ nullable: true })
  includeDissolved?: boolean;
}

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(
    private readonly service: OrganizationService,
    private readonly queries: OrganizationQueries,
  ) {}

  @Query(() => Organization, { nullable: true })
  async organization(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Organization | null> {
    assertAuthenticated(ctx);
    const org = await ctx.loaders.organization.load(id);
    return org && toOrganization(org);
  }

  @Query(() => Organization, { nullable: true })
  async organizationByCode(@Arg('code') code: string, @Ctx() ctx: Context): Promise<Organization | null> {
    assertAuthenticated(ctx);
    const org = await ctx.db
      .getRepository(OrganizationEntity)
      .findOneBy({ code: code.normalize('NFC').trim() });
    return org && toOrganization(org);
  }

  @Query(() => OrganizationConnection, {
    description: 'The public directory, searchable without diacritics.',
  })
  async organizations(@Args() args: OrganizationsArgs, @Ctx() ctx: Context): Promise<OrganizationConnection> {
    assertAuthenticated(ctx);
    let within: string | undefined;
    if (args.withinId) {
      const root = await ctx.loaders.organization.load(args.withinId);
      if (!root)
        return OrganizationConnection.from({
          nodes: [],
          totalCount: 0,
          hasNextPage: false,
          cursorOf: () => '',
        });
      within = root.path;
    }
    const page = await this.queries.organizations(
      { search: args.search, kind: args.kind, within, includeDissolved: args.includeDissolved },
      args,
    );
    return OrganizationConnection.from({
      ...page,
      nodes: page.rows.map(toOrganization),
      cursorOf: (o) => encodeCursor([o.name, o.id]),
    });
  }

  @Mutation(() => Organization)
  async createOrganization(
    @Arg('input') input: CreateOrganizationInput,
    @Ctx() ctx: Context,
  ): Promise<Organization> {
    assertAuthenticated(ctx);
    return toOrganization(await this.service.create(ctx, input));
  }

  @Mutation(() => Organization, { description: 'Effective-dated: a future date schedules the move.' })
  async moveOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('newParentId', () => ID) newParentId: string,
    @Arg('effectiveFrom') effectiveFrom: Date,
    @Ctx() ctx: Context,
  ): Promise<Organization> {
    assertAuthenticated(ctx);
    return toOrganization(await this.service.move(ctx, id, newParentId, effectiveFrom));
  }

  @Mutation(() => Organization, { description: 'Merges the sources into the target; returns the target.' })
  async mergeOrganizations(
    @Arg('sourceIds', () => [ID]) sourceIds: string[],
    @Arg('targetId', () => ID) targetId: string,
    @Arg('effectiveFrom') effectiveFrom: Date,
    @Ctx() ctx: Context,
  ): Promise<Organization> {
    assertAuthenticated(ctx);
    return toOrganization(await this.service.merge(ctx, sourceIds, targetId, effectiveFrom));
  }

  @Subscription(() => OrganizationEvent, {
    topics: ORGANIZATION_EVENTS,
    description: 'Changes of the tree inside an organization (creations, moves, merges).',
    filter: async ({ payload, args, context }) => {
      const ctx = context as Context;
      // A reporting tool's key reads reports, not the tree's changes (docs/API.md §2).
      if (!isAuthenticated(ctx.identity) || readsReportsOnly(ctx)) return false;
      const root = await ctx.loaders.organization.load(args.organizationId as string);
      return root !== null && (payload as OrganizationEventPayload).paths.some((p) => isUnder(p, root.path));
    },
  })
  async organizationChanged(
    @Root() payload: OrganizationEventPayload,
    @Arg('organizationId', () => ID) _organizationId: string,
    @Ctx() ctx: Context,
  ): Promise<OrganizationEvent> {
    const org = await ctx.loaders.organization.load(payload.organizationId);
    return { kind: payload.kind, organization: toOrganization(org!), at: new Date(payload.at) };
  }

  @FieldResolver(() => Organization, { nullable: true })
  async parent(@Root() org: Organization, @Ctx() ctx: Context): Promise<Organization | null> {
    if (!org.parentId) return null;
    const parent = await ctx.loaders.organization.load(org.parentId);
    return parent && toOrganization(parent);
  }

  @FieldResolver(() => [Organization], { description: 'Root first.' })
  async ancestors(@Root() org: Organization, @Ctx() ctx: Context): Promise<Organization[]> {
    const rows = await ctx.loaders.organization.loadMany(ancestorIds(org.path));
    return rows
      .filter((r): r is Exclude<typeof r, Error | null> => r !== null && !(r instanceof Error))
      .map(toOrganization);
  }

  @FieldResolver(() => OrganizationConnection)
  async children(@Root() org: Organization, @Args() args: ChildrenArgs): Promise<OrganizationConnection> {
    const page = await this.queries.organizations(
      { parentId: org.id, includeDissolved: args.includeDissolved },
      args,
    );
    return OrganizationConnection.from({
      ...page,
      nodes: page.rows.map(toOrganization),
      cursorOf: (o) => encodeCursor([o.name, o.id]),
    });
  }

  @FieldResolver(() => PersonConnection, { description: 'Only the people the caller may read.' })
  async people(
    @Root() org: Organization,
    @Args() args: PeopleArgs,
    @Ctx() ctx: Context,
  ): Promise<PersonConnection> {
    const page = await this.queries.people(
      ctx.ability,
      args.includeDescendants
        ? { within: org.path, search: args.search }
        : { organizationId: org.id, search: args.search },
      args,
    );
    return PersonConnection.from({
      ...page,
      nodes: page.rows.map(toPerson),
      cursorOf: (p) => encodeCursor([p.fullName, p.id]),
    });
  }

  @FieldResolver(() => Organization, { description: 'The nearest tenant ancestor (itself for a tenant).' })
  async tenant(@Root() org: Organization, @Ctx() ctx: Context): Promise<Organization> {
    return toOrganization((await ctx.loaders.organization.load(org.tenantId))!);
  }

  @FieldResolver(() => Organization, { nullable: true })
  async mergedInto(@Root() org: Organization, @Ctx() ctx: Context): Promise<Organization | null> {
    if (!org.mergedIntoId) return null;
    const target = await ctx.loaders.organization.load(org.mergedIntoId);
    return target && toOrganization(target);
  }

  @FieldResolver(() => [Organization], { description: 'Organizations merged into this one.' })
  async predecessors(@Root() org: Organization, @Ctx() ctx: Context): Promise<Organization[]> {
    const rows = await ctx.db.getRepository(OrganizationEntity).findBy({ mergedIntoId: org.id });
    return rows.map(toOrganization);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The parent as it was at an instant.' })
  async parentAt(
    @Root() org: Organization,
    @Arg('at') at: Date,
    @Ctx() ctx: Context,
  ): Promise<Organization | null> {
    const change = await ctx.db
      .getRepository(OrganizationChangeEntity)
      .createQueryBuilder('c')
      .where(
        "c.organization_id = :id AND c.status = 'APPLIED' AND c.kind IN ('CREATED', 'MOVED', 'MERGED_INTO')",
        { id: org.id },
      )
      .andWhere('c.effective_from <= :at', { at })
      .orderBy('c.effective_from', 'DESC')
      .addOrderBy('c.recorded_at', 'DESC')
      .getOne();
    if (!change?.toParentId) return null;
    const parent = await ctx.loaders.organization.load(change.toParentId);
    return parent && toOrganization(parent);
  }

  @FieldResolver(() => [OrganizationChange], { description: 'Creation, moves and merges, oldest first.' })
  async history(@Root() org: Organization, @Ctx() ctx: Context): Promise<OrganizationChange[]> {
    const rows = await ctx.db
      .getRepository(OrganizationChangeEntity)
      .createQueryBuilder('c')
      .where('c.organization_id = :id', { id: org.id })
      .orderBy('c.effective_from', 'ASC')
      .addOrderBy('c.recorded_at', 'ASC')
      .getMany();
    const seesWho = ctx.ability.can('read', subject('RoleGrant', { orgPath: org.path }));
    return rows.map((row) => ({ ...toOrganizationChange(row), recordedBy: seesWho ? row.recordedBy : null }));
  }
}

@Resolver(() => OrganizationChange)
export class OrganizationChangeResolver {
  @FieldResolver(() => Organization, { nullable: true })
  async fromParent(@Root() c: OrganizationChange, @Ctx() ctx: Context): Promise<Organization | null> {
    return c.fromParentId ? orNull(await ctx.loaders.organization.load(c.fromParentId)) : null;
  }

  @FieldResolver(() => Organization, { nullable: true })
  async toParent(@Root() c: OrganizationChange, @Ctx() ctx: Context): Promise<Organization | null> {
    return c.toParentId ? orNull(await ctx.loaders.organization.load(c.toParentId)) : null;
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The merge target or the absorbed source.',
  })
  async relatedOrganization(
    @Root() c: OrganizationChange,
    @Ctx() ctx: Context,
  ): Promise<Organization | null> {
    return c.relatedOrganizationId
      ? orNull(await ctx.loaders.organization.load(c.relatedOrganizationId))
      : null;
  }
}

function orNull(entity: Parameters<typeof toOrganization>[0] | null): Organization | null {
  return entity && toOrganization(entity);
}
