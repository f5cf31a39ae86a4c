import { isUnder } from '@laurel/auth';
import { randomUUID } from 'node:crypto';
import { isUniqueViolation } from '@laurel/db';
import { assertCan, BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '@laurel/graphql';
import { foldVietnamese, normalizeText } from '@laurel/i18n';
import type { DataSource, EntityManager } from 'typeorm';
import type { Context } from '../context';
import { OrganizationChangeEntity } from './organization-change.entity';
import { OrganizationEntity, pathLabel, TENANT_KINDS, type OrgKindValue } from './organization.entity';
import { publishOrganizationEvent } from './organization.events';
import { applyMerge, applyMove, changeRow, lockOrganization } from './organization-tree.writer';

type Actor = string;

function actorOf(ctx: Context): Actor {
  return ctx.identity.subject ?? (ctx.identity.apiKey ? `api-key:${ctx.identity.apiKey.id}` : 'anonymous');
}

/** The tree: creation, effective-dated moves and merges. Every change is one transaction. */
export class OrganizationService {
  constructor(private readonly db: DataSource) {}

  async create(
    ctx: Context,
    input: { code: string; name: string; kind: OrgKindValue; parentId?: string | null },
  ): Promise<OrganizationEntity> {
    const code = normalizeText(input.code);
    const name = normalizeText(input.name);
    if (!name) throw new BadUserInputError('name must not be empty');
    if (input.kind === 'NATION' && input.parentId) throw new BadUserInputError('a NATION has no parent');

    const created = await this.db.transaction(async (m) => {
      let parent: OrganizationEntity | null = null;
      if (input.parentId) {
        parent = await lockOrganization(m, input.parentId);
        if (!parent) throw new NotFoundError('Organization', input.parentId);
        assertCan(ctx.ability, 'create', 'Organization', { orgPath: parent.path }, 'organization', {
          id: parent.id,
          message: 'You may not create an organization under this parent',
        });
        if (parent.dissolvedAt)
          throw new BadUserInputError(`parent ${parent.code} was merged and is dissolved`);
      } else if (!ctx.identity.isPlatformAdmin) {
        throw new ForbiddenError('Only platform administrators create root organizations');
      }
      const id = randomUUID();
      const org = m.getRepository(OrganizationEntity).create({
        id,
        code,
        name,
        nameFolded: foldVietnamese(name),
        kind: input.kind,
        parentId: parent?.id ?? null,
        path: parent ? `${parent.path}.${pathLabel(id)}` : pathLabel(id),
        tenantId: TENANT_KINDS.has(input.kind) || !parent ? id : parent.tenantId,
        mergedIntoId: null,
        dissolvedAt: null,
      });
      try {
        await m.getRepository(OrganizationEntity).insert(org);
      } catch (error) {
        if (isUniqueViolation(error, 'organization_code_key')) {
          throw new ConflictError(`an organization with code ${code} already exists`, { field: 'code' });
        }
        throw error;
      }
      await m.getRepository(OrganizationChangeEntity).insert(
        changeRow(org.tenantId, id, 'CREATED', {
          toParentId: org.parentId,
          effectiveFrom: new Date(),
          recordedBy: actorOf(ctx),
          batchId: randomUUID(),
        }),
      );
      return org;
    });
    await publishOrganizationEvent(ctx, 'CREATED', created.id, [created.path]);
    return await this.db.getRepository(OrganizationEntity).findOneByOrFail({ id: created.id });
  }

  async move(
    ctx: Context,
    id: string,
    newParentId: string,
    effectiveFrom: Date,
  ): Promise<OrganizationEntity> {
    const batchId = randomUUID();
    const due = effectiveFrom.getTime() <= Date.now();
    const paths = await this.db.transaction(async (m) => {
      const [org, parent] = await this.loadMoveEnds(ctx, m, id, newParentId);
      if (!org.parentId) throw new BadUserInputError('a root organization cannot be moved');
      const change = changeRow(org.tenantId, org.id, 'MOVED', {
        status: due ? 'APPLIED' : 'SCHEDULED',
        appliedAt: due ? new Date() : null,
        fromParentId: org.parentId,
        toParentId: parent.id,
        effectiveFrom,
        recordedBy: actorOf(ctx),
        batchId,
      });
      await m.getRepository(OrganizationChangeEntity).insert(change);
      if (!due) return [org.path];
      const newPath = await applyMove(m, org, parent);
      return [org.path, newPath];
    });
    if (due) await publishOrganizationEvent(ctx, 'MOVED', id, paths);
    return this.db.getRepository(OrganizationEntity).findOneByOrFail({ id });
  }

  async merge(
    ctx: Context,
    sourceIds: string[],
    targetId: string,
    effectiveFrom: Date,
  ): Promise<OrganizationEntity> {
    const unique = [...new Set(sourceIds)];
    if (unique.length === 0) throw new BadUserInputError('sourceIds must name at least one organization');
    if (unique.includes(targetId))
      throw new BadUserInputError('an organization cannot be merged into itself');
    const batchId = randomUUID();
    const due = effectiveFrom.getTime() <= Date.now();

    const touched = await this.db.transaction(async (m) => {
      const target = await lockOrganization(m, targetId);
      if (!target) throw new NotFoundError('Organization', targetId);
      assertCan(ctx.ability, 'update', 'Organization', { orgPath: target.path }, 'organization', {
        id: target.id,
        message: 'You may not merge into this organization',
      });
      if (target.dissolvedAt) throw new BadUserInputError(`target ${target.code} is itself dissolved`);
      const sources: OrganizationEntity[] = [];
      for (const sourceId of unique) {
        const source = await lockOrganization(m, sourceId);
        if (!source) throw new NotFoundError('Organization', sourceId);
        assertCan(ctx.ability, 'update', 'Organization', { orgPath: source.path }, 'organization', {
          id: source.id,
          message: 'You may not merge this organization',
        });
        if (source.dissolvedAt) throw new BadUserInputError(`${source.code} is already dissolved`);
        if (isUnder(target.path, source.path)) {
          throw new BadUserInputError(`${target.code} lies inside ${source.code}: merge the other way round`);
        }
        if (!source.parentId) throw new BadUserInputError('a root organization cannot be merged');
        sources.push(source);
      }
      const rows = sources.flatMap((source) => [
        changeRow(source.tenantId, source.id, 'MERGED_INTO', {
          status: due ? 'APPLIED' : 'SCHEDULED',
          appliedAt: due ? new Date() : null,
          fromParentId: source.parentId,
          toParentId: target.id,
          relatedOrganizationId: target.id,
          effectiveFrom,
          recordedBy: actorOf(ctx),
          batchId,
        }),
        changeRow(target.tenantId, target.id, 'ABSORBED', {
          status: due ? 'APPLIED' : 'SCHEDULED',
          appliedAt: due ? new Date() : null,
          relatedOrganizationId: source.id,
          effectiveFrom,
          recordedBy: actorOf(ctx),
          batchId,
        }),
      ]);
      await m.getRepository(OrganizationChangeEntity).insert(rows);
      if (!due) return [target.path];
      const paths = [target.path];
      for (const source of sources)
        paths.push(...(await applyMerge(m, source, target, effectiveFrom, actorOf(ctx), batchId)));
      return paths;
    });
    if (due) await publishOrganizationEvent(ctx, 'ABSORBED', targetId, touched);
    return this.db.getRepository(OrganizationEntity).findOneByOrFail({ id: targetId });
  }

  /**
   * Applies the scheduled moves and merges whose date has come, oldest first. Safe with
   * several replicas: each change is claimed with SKIP LOCKED.
   */
  async applyDueChanges(): Promise<number> {
    let applied = 0;
    for (;;) {
      const done = await this.db.transaction(async (m) => {
        const change = await m
          .getRepository(OrganizationChangeEntity)
          .createQueryBuilder('c')
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .where("c.status = 'SCHEDULED' AND c.effective_from <= now()")
          .andWhere("c.kind IN ('MOVED', 'MERGED_INTO')")
          .orderBy('c.effective_from', 'ASC')
          .addOrderBy('c.recorded_at', 'ASC')
          .getOne();
        if (!change) return false;
        await this.applyScheduled(m, change);
        return true;
      });
      if (!done) return applied;
      applied += 1;
    }
  }

  private async applyScheduled(m: EntityManager, change: OrganizationChangeEntity): Promise<void> {
    const repo = m.getRepository(OrganizationChangeEntity);
    const org = await lockOrganization(m, change.organizationId);
    const other = change.toParentId ? await lockOrganization(m, change.toParentId) : null;
    const stillValid =
      org && other && !org.dissolvedAt && !other.dissolvedAt && !isUnder(other.path, org.path);
    if (!stillValid) {
      // The tree changed since it was scheduled (an end was merged, or it would make a cycle):
      // the record stays, cancelled, with the rest of its batch.
      await repo.update({ batchId: change.batchId, status: 'SCHEDULED' }, { status: 'CANCELLED' });
      return;
    }
    if (change.kind === 'MOVED') {
      await applyMove(m, org, other);
    } else {
      await applyMerge(m, org, other, change.effectiveFrom, change.recordedBy, change.batchId);
      await repo.update(
        { batchId: change.batchId, kind: 'ABSORBED', relatedOrganizationId: org.id },
        { status: 'APPLIED', appliedAt: new Date() },
      );
    }
    await repo.update({ id: change.id }, { status: 'APPLIED', appliedAt: new Date() });
  }

  /** Both ends, authorized before anything about them is told (dissolved, inside each other). */
  private async loadMoveEnds(
    ctx: Context,
    m: EntityManager,
    id: string,
    newParentId: string,
  ): Promise<[OrganizationEntity, OrganizationEntity]> {
    const org = await lockOrganization(m, id);
    if (!org) throw new NotFoundError('Organization', id);
    assertCan(ctx.ability, 'update', 'Organization', { orgPath: org.path }, 'organization', {
      id: org.id,
      message: 'You may not move this organization',
    });
    const parent = await lockOrganization(m, newParentId);
    if (!parent) throw new NotFoundError('Organization', newParentId);
    assertCan(ctx.ability, 'create', 'Organization', { orgPath: parent.path }, 'organization', {
      id: parent.id,
      message: 'You may not move an organization under this parent',
    });
    if (org.dissolvedAt) throw new BadUserInputError(`${org.code} is dissolved`);
    if (parent.dissolvedAt) throw new BadUserInputError(`${parent.code} is dissolved`);
    if (isUnder(parent.path, org.path)) {
      throw new BadUserInputError(
        `${parent.code} lies inside ${org.code}: an organization cannot move under itself`,
      );
    }
    return [org, parent];
  }
}
