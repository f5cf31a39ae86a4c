import { randomUUID } from 'node:crypto';
import { accessibleSql, generateApiKey, hashApiKey } from '@laurel/auth';
import { assertAuthenticated, assertCan, NotFoundError } from '@laurel/graphql';
import { normalizeText } from '@laurel/i18n';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { isId } from '../ids';
import { Organization, toOrganization } from '../organization/dto/organization.output';
import { ApiKeyEntity } from './api-key.entity';
import { CreateApiKeyInput } from './dto/api-key.input';
import { ApiKey, ApiKeyCreated, toApiKey } from './dto/api-key.output';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => [ApiKey])
  async apiKeys(
    @Arg('organizationId', () => ID) organizationId: string,
    @Ctx() ctx: Context,
  ): Promise<ApiKey[]> {
    assertAuthenticated(ctx);
    const visible = accessibleSql(ctx.ability, 'manage', 'ApiKey', { orgPath: 'o.path' });
    const rows = isId(organizationId)
      ? await ctx.db
          .getRepository(ApiKeyEntity)
          .createQueryBuilder('k')
          .innerJoin('k.organization', 'o')
          .where('k.organization_id = :organizationId', { organizationId })
          .andWhere(visible.sql, visible.params)
          .orderBy('k.created_at', 'ASC')
          .getMany()
      : [];
    return rows.map(toApiKey);
  }

  @Mutation(() => ApiKeyCreated)
  async createApiKey(@Arg('input') input: CreateApiKeyInput, @Ctx() ctx: Context): Promise<ApiKeyCreated> {
    assertAuthenticated(ctx);
    const org = await ctx.loaders.organization.load(input.organizationId);
    if (!org) throw new NotFoundError('Organization', input.organizationId);
    assertCan(ctx.ability, 'create', 'ApiKey', { orgPath: org.path }, 'organization', {
      id: org.id,
      message: 'You may not create API keys for this organization',
    });
    const key = generateApiKey();
    const repo = ctx.db.getRepository(ApiKeyEntity);
    const entity = repo.create({
      id: randomUUID(),
      tenantId: org.tenantId,
      organizationId: org.id,
      name: normalizeText(input.name),
      keyHash: hashApiKey(key),
      createdBy: ctx.identity.subject ?? 'unknown',
      revokedAt: null,
    });
    await repo.insert(entity);
    return { key, apiKey: toApiKey(await repo.findOneByOrFail({ id: entity.id })) };
  }

  @Mutation(() => Boolean)
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    assertAuthenticated(ctx);
    const key = isId(id) ? await ctx.db.getRepository(ApiKeyEntity).findOneBy({ id }) : null;
    const org = key && (await ctx.loaders.organization.load(key.organizationId));
    if (!key || !org) throw new NotFoundError('ApiKey', id);
    assertCan(ctx.ability, 'delete', 'ApiKey', { orgPath: org.path }, 'API key', {
      id,
      message: 'You may not revoke this API key',
    });
    await ctx.db.getRepository(ApiKeyEntity).update({ id }, { revokedAt: key.revokedAt ?? new Date() });
    return true;
  }

  @FieldResolver(() => Organization)
  async organization(@Root() key: ApiKey, @Ctx() ctx: Context): Promise<Organization> {
    return toOrganization((await ctx.loaders.organization.load(key.organizationId))!);
  }
}
