import { randomUUID } from 'node:crypto';
import { accessibleSql } from '@laurel/auth';
import { isUniqueViolation } from '@laurel/db';
import { assertAuthenticated, assertCan, NotFoundError } from '@laurel/graphql';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { isId } from '../ids';
import { Organization, toOrganization } from '../organization/dto/organization.output';
import { GrantRoleInput } from './dto/role-grant.input';
import { RoleGrant, toRoleGrant } from './dto/role-grant.output';
import { RoleGrantEntity } from './role-grant.entity';

@Resolver(() => RoleGrant)
export class RoleGrantResolver {
  @Query(() => [RoleGrant], { description: 'The grants on an organization (and below, when asked).' })
  async roleGrants(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('includeDescendants', () => Boolean, { nullable: true }) includeDescendants: boolean | undefined,
    @Ctx() ctx: Context,
  ): Promise<RoleGrant[]> {
    assertAuthenticated(ctx);
    const org = await ctx.loaders.organization.load(organizationId);
    if (!org) return [];
    const visible = accessibleSql(ctx.ability, 'read', 'RoleGrant', { orgPath: 'o.path' });
    const rows = await ctx.db
      .getRepository(RoleGrantEntity)
      .createQueryBuilder('g')
      .innerJoin('g.organization', 'o')
      .where(includeDescendants ? 'o.path <@ CAST(:path AS ltree)' : 'o.id = :id', {
        path: org.path,
        id: org.id,
      })
      .andWhere(visible.sql, visible.params)
      .orderBy('g.created_at', 'ASC')
      .getMany();
    return rows.map(toRoleGrant);
  }

  @Mutation(() => RoleGrant, { description: 'Idempotent: granting an existing role returns it.' })
  async grantRole(@Arg('input') input: GrantRoleInput, @Ctx() ctx: Context): Promise<RoleGrant> {
    assertAuthenticated(ctx);
    const org = await ctx.loaders.organization.load(input.organizationId);
    if (!org) throw new NotFoundError('Organization', input.organizationId);
    assertCan(ctx.ability, 'create', 'RoleGrant', { orgPath: org.path }, 'organization', {
      id: org.id,
      message: 'You may not grant roles on this organization',
    });
    const repo = ctx.db.getRepository(RoleGrantEntity);
    const subject = input.subject.trim();
    try {
      const grant = repo.create({
        id: randomUUID(),
        tenantId: org.tenantId,
        subject,
        organizationId: org.id,
        role: input.role,
        createdBy: ctx.identity.subject ?? 'unknown',
      });
      await repo.insert(grant);
      return toRoleGrant(await repo.findOneByOrFail({ id: grant.id }));
    } catch (error) {
      if (!isUniqueViolation(error, 'role_grant_subject_org_role_key')) throw error;
      return toRoleGrant(await repo.findOneByOrFail({ subject, organizationId: org.id, role: input.role }));
    }
  }

  @Mutation(() => Boolean)
  async revokeRole(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    assertAuthenticated(ctx);
    const grant = isId(id) ? await ctx.db.getRepository(RoleGrantEntity).findOneBy({ id }) : null;
    const org = grant && (await ctx.loaders.organization.load(grant.organizationId));
    if (!grant || !org) throw new NotFoundError('RoleGrant', id);
    assertCan(ctx.ability, 'delete', 'RoleGrant', { orgPath: org.path }, 'role grant', {
      id,
      message: 'You may not revoke this role grant',
    });
    await ctx.db.getRepository(RoleGrantEntity).delete({ id });
    return true;
  }

  @FieldResolver(() => Organization)
  async organization(@Root() grant: RoleGrant, @Ctx() ctx: Context): Promise<Organization> {
    return toOrganization((await ctx.loaders.organization.load(grant.organizationId))!);
  }
}
