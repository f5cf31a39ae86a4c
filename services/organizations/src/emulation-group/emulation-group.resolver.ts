import { randomUUID } from 'node:crypto';
import { accessibleSql, isUnder } from '@laurel/auth';
import { assertAuthenticated, assertCan, BadUserInputError, NotFoundError } from '@laurel/graphql';
import { normalizeText } from '@laurel/i18n';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { isId } from '../ids';
import { Organization, toOrganization } from '../organization/dto/organization.output';
import { CreateEmulationGroupInput } from './dto/emulation-group.input';
import { EmulationGroup, toEmulationGroup } from './dto/emulation-group.output';
import { EmulationGroupEntity, EmulationGroupMemberEntity } from './emulation-group.entity';

@Resolver(() => EmulationGroup)
export class EmulationGroupResolver {
  @Query(() => EmulationGroup, { nullable: true })
  async emulationGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<EmulationGroup | null> {
    assertAuthenticated(ctx);
    if (!isId(id)) return null;
    const visible = accessibleSql(ctx.ability, 'read', 'EmulationGroup', { orgPath: 'g.owner_path' });
    const row = await ctx.db
      .getRepository(EmulationGroupEntity)
      .createQueryBuilder('g')
      .where('g.id = :id', { id })
      .andWhere(visible.sql, visible.params)
      .getOne();
    return row && toEmulationGroup(row);
  }

  @Query(() => [EmulationGroup], { description: 'The groups an organization defines.' })
  async emulationGroups(
    @Arg('ownerId', () => ID) ownerId: string,
    @Ctx() ctx: Context,
  ): Promise<EmulationGroup[]> {
    assertAuthenticated(ctx);
    if (!isId(ownerId)) return [];
    const visible = accessibleSql(ctx.ability, 'read', 'EmulationGroup', { orgPath: 'g.owner_path' });
    const rows = await ctx.db
      .getRepository(EmulationGroupEntity)
      .createQueryBuilder('g')
      .where('g.owner_id = :ownerId', { ownerId })
      .andWhere(visible.sql, visible.params)
      .orderBy('g.name', 'ASC')
      .getMany();
    return rows.map(toEmulationGroup);
  }

  @Mutation(() => EmulationGroup)
  async createEmulationGroup(
    @Arg('input') input: CreateEmulationGroupInput,
    @Ctx() ctx: Context,
  ): Promise<EmulationGroup> {
    assertAuthenticated(ctx);
    const owner = await ctx.loaders.organization.load(input.ownerId);
    if (!owner) throw new NotFoundError('Organization', input.ownerId);
    assertCan(ctx.ability, 'create', 'EmulationGroup', { orgPath: owner.path }, 'organization', {
      id: owner.id,
      message: 'You may not create emulation groups for this organization',
    });
    const memberIds = [...new Set(input.memberIds)];
    const members = await ctx.loaders.organization.loadMany(memberIds);
    const outside = memberIds.filter((id, i) => {
      const m = members[i];
      return !m || m instanceof Error || !isUnder(m.path, owner.path) || m.id === owner.id;
    });
    if (outside.length > 0) {
      throw new BadUserInputError(`members must be organizations below ${owner.code}`, {
        field: 'memberIds',
        invalid: outside,
      });
    }
    const group = await ctx.db.transaction(async (m) => {
      const entity = m.getRepository(EmulationGroupEntity).create({
        id: randomUUID(),
        tenantId: owner.tenantId,
        ownerId: owner.id,
        ownerPath: owner.path,
        name: normalizeText(input.name),
        kind: input.kind,
      });
      await m.getRepository(EmulationGroupEntity).insert(entity);
      if (memberIds.length > 0) {
        await m
          .getRepository(EmulationGroupMemberEntity)
          .insert(memberIds.map((organizationId) => ({ groupId: entity.id, organizationId })));
      }
      return entity;
    });
    return toEmulationGroup(group);
  }

  @Mutation(() => EmulationGroup, {
    description:
      'Renames a group and/or replaces its members (organizations below its owner), in one ' +
      'transaction. Campaigns limited to the group follow its new members.',
  })
  async updateEmulationGroup(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg('name', () => String, { nullable: true }) name?: string | null,
    @Arg('memberIds', () => [ID], { nullable: true }) memberIds?: string[] | null,
  ): Promise<EmulationGroup> {
    assertAuthenticated(ctx);
    const group = await ctx.loaders.emulationGroup.load(id);
    if (!group) throw new NotFoundError('EmulationGroup', id);
    assertCan(ctx.ability, 'update', 'EmulationGroup', { orgPath: group.ownerPath }, 'emulation group');
    const change: Partial<EmulationGroupEntity> = {};
    if (name != null) {
      const text = normalizeText(name).trim();
      if (!text || text.length > 300)
        throw new BadUserInputError('name: 1 to 300 characters', { field: 'name' });
      change.name = text;
    }
    let members: string[] | null = null;
    if (memberIds != null) {
      if (memberIds.length > 5_000)
        throw new BadUserInputError('memberIds: at most 5,000', { field: 'memberIds' });
      members = [...new Set(memberIds)];
      const owner = await ctx.loaders.organization.load(group.ownerId);
      const found = await ctx.loaders.organization.loadMany(members.filter(isId));
      const byId = new Map(
        found
          .filter(
            (o): o is NonNullable<typeof o> & { id: string; path: string } => !!o && !(o instanceof Error),
          )
          .map((o) => [o.id, o]),
      );
      const outside = members.filter((mid) => {
        const m = byId.get(mid);
        return !owner || !m || !isUnder(m.path, owner.path) || m.id === owner.id;
      });
      if (outside.length > 0)
        throw new BadUserInputError(`members must be organizations below the group's owner`, {
          field: 'memberIds',
          invalid: outside,
        });
    }
    const updated = await ctx.db.transaction(async (m) => {
      if (Object.keys(change).length > 0)
        await m.getRepository(EmulationGroupEntity).update({ id: group.id }, change);
      if (members) {
        await m.getRepository(EmulationGroupMemberEntity).delete({ groupId: group.id });
        if (members.length > 0)
          await m
            .getRepository(EmulationGroupMemberEntity)
            .insert(members.map((organizationId) => ({ groupId: group.id, organizationId })));
      }
      return m.getRepository(EmulationGroupEntity).findOneByOrFail({ id: group.id });
    });
    return toEmulationGroup(updated);
  }

  @FieldResolver(() => Organization)
  async owner(@Root() group: EmulationGroup, @Ctx() ctx: Context): Promise<Organization> {
    return toOrganization((await ctx.loaders.organization.load(group.ownerId))!);
  }

  @FieldResolver(() => [Organization])
  async members(@Root() group: EmulationGroup, @Ctx() ctx: Context): Promise<Organization[]> {
    const rows = await ctx.db
      .getRepository(EmulationGroupMemberEntity)
      .createQueryBuilder('gm')
      .innerJoinAndSelect('gm.organization', 'o')
      .where('gm.group_id = :id', { id: group.id })
      .orderBy('o.name', 'ASC')
      .getMany();
    return rows.map((r) => toOrganization(r.organization!));
  }
}
