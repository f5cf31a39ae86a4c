import { randomUUID } from 'node:crypto';
import { normalizeText } from '@laurel/i18n';
import type { DataSource, EntityManager } from 'typeorm';
import { DistinctionEntity } from '../distinction/distinction.entity';
import type { CriterionInput, QuotaInput, ReviewInput } from './dto/campaign.input';
import {
  CampaignDistinctionEntity,
  CampaignReviewEntity,
  CriterionEntity,
  QuotaEntity,
} from './campaign.entity';
import type { Problems } from './campaign-input';

/*
 * A campaign's lists (its distinctions, criteria, quotas and reviews): checked against the
 * catalogue, written with the campaign, replaced by an update in the caller's transaction.
 */

/** The codes must be in the catalogue. */
export async function checkDistinctionCodes(
  db: DataSource,
  codes: readonly string[],
  problems: Problems,
): Promise<void> {
  const known = await db
    .getRepository(DistinctionEntity)
    .createQueryBuilder('d')
    .select('d.code', 'code')
    .where('d.code IN (:...codes)', { codes })
    .getRawMany<{ code: string }>();
  const knownSet = new Set(known.map((k) => k.code));
  const unknown = codes.filter((c) => !knownSet.has(c));
  if (unknown.length > 0) problems.add('distinctionCodes', `not in the catalogue: ${unknown.join(', ')}`);
}

/** A new campaign's lists, in its creation's transaction. */
export async function insertLists(
  m: EntityManager,
  campaignId: string,
  lists: {
    codes: readonly string[];
    criteria: readonly CriterionInput[];
    quotas: readonly QuotaInput[];
    reviews: readonly ReviewInput[];
  },
): Promise<void> {
  const { codes, criteria, quotas, reviews } = lists;
  if (codes.length > 0)
    await m
      .getRepository(CampaignDistinctionEntity)
      .insert(codes.map((code, position) => ({ campaignId, code, position })));
  if (criteria.length > 0)
    await m.getRepository(CriterionEntity).insert(
      criteria.map((c, position) => ({
        id: randomUUID(),
        campaignId,
        position,
        target: c.target,
        text: normalizeText(c.text).trim(),
        evaluatorOrganizationId: c.evaluatorOrganizationId ?? null,
      })),
    );
  if (quotas.length > 0)
    await m.getRepository(QuotaEntity).insert(
      quotas.map((q) => ({
        id: randomUUID(),
        campaignId,
        organizationId: q.organizationId ?? null,
        groupId: q.groupId ?? null,
        min: q.min,
        max: q.max,
      })),
    );
  if (reviews.length > 0)
    await m.getRepository(CampaignReviewEntity).insert(
      reviews.map((r) => ({
        id: randomUUID(),
        campaignId,
        kind: r.kind,
        title: normalizeText(r.title).trim(),
        dueAt: r.dueAt,
      })),
    );
}

/** Replaces the distinctions; returns the change as the history says it. */
export async function replaceDistinctions(
  m: EntityManager,
  id: string,
  codes: readonly string[],
): Promise<string> {
  await m.getRepository(CampaignDistinctionEntity).delete({ campaignId: id });
  if (codes.length > 0)
    await m
      .getRepository(CampaignDistinctionEntity)
      .insert(codes.map((code, position) => ({ campaignId: id, code, position })));
  return `distinctions: ${codes.join(', ') || 'the whole catalogue'}`;
}

/** Replaces the criteria; returns the change as the history says it. */
export async function replaceCriteria(
  m: EntityManager,
  id: string,
  criteria: readonly CriterionInput[],
): Promise<string> {
  // A criterion kept as it was keeps its id (dossiers' evidence points at it).
  const existing = await m.getRepository(CriterionEntity).findBy({ campaignId: id });
  const keyOf = (c: { target: string; text: string; evaluatorOrganizationId?: string | null }) =>
    `${c.target}|${normalizeText(c.text).trim()}|${c.evaluatorOrganizationId ?? ''}`;
  const pool = new Map<string, CriterionEntity[]>();
  for (const c of existing) pool.set(keyOf(c), [...(pool.get(keyOf(c)) ?? []), c]);
  const rows = criteria.map((c, position) => {
    const kept = pool.get(keyOf(c))?.shift();
    return {
      id: kept?.id ?? randomUUID(),
      campaignId: id,
      position,
      target: c.target,
      text: normalizeText(c.text).trim(),
      evaluatorOrganizationId: c.evaluatorOrganizationId ?? null,
    };
  });
  await m.getRepository(CriterionEntity).delete({ campaignId: id });
  if (rows.length > 0) await m.getRepository(CriterionEntity).insert(rows);
  return `criteria: ${rows.length}`;
}

/** Replaces the quotas; returns the change as the history says it. */
export async function replaceQuotas(
  m: EntityManager,
  id: string,
  quotas: readonly QuotaInput[],
): Promise<string> {
  // A quota for the same organization or group keeps its id (nominations counts against it).
  const existing = await m.getRepository(QuotaEntity).findBy({ campaignId: id });
  const ownerKey = (q: { organizationId?: string | null; groupId?: string | null }) =>
    `${q.organizationId ?? ''}|${q.groupId ?? ''}`;
  const byOwner = new Map(existing.map((q) => [ownerKey(q), q]));
  await m.getRepository(QuotaEntity).delete({ campaignId: id });
  if (quotas.length > 0)
    await m.getRepository(QuotaEntity).insert(
      quotas.map((q) => ({
        id: byOwner.get(ownerKey(q))?.id ?? randomUUID(),
        campaignId: id,
        organizationId: q.organizationId ?? null,
        groupId: q.groupId ?? null,
        min: q.min,
        max: q.max,
      })),
    );
  return `quotas: ${quotas.map((q) => `${q.min}–${q.max}`).join(', ') || 'none'}`;
}
