import type { AppAbility } from '@laurel/auth';
import { groupByKeys, isId } from '@laurel/graphql';
import DataLoader from 'dataloader';
import {
  In,
  type DataSource,
  type FindOptionsOrder,
  type FindOptionsWhere,
  type ObjectLiteral,
} from 'typeorm';
import {
  CampaignDistinctionEntity,
  CampaignReviewEntity,
  CampaignTransitionEntity,
  CriterionEntity,
  QuotaEntity,
  type CampaignEntity,
} from './campaign/campaign.entity';
import { CampaignQueries } from './campaign/campaign.queries';
import type { DistinctionEntity } from './distinction/distinction.entity';
import { DistinctionService } from './distinction/distinction.service';
import { createDistinctionRulesLoader, type RulesKey } from './distinction/distinction-rules.loader';
import { DistinctionRulesService } from './distinction/distinction-rules.service';
import type { DistinctionRulesVersion } from './distinction/distinction-rules.version';

export interface Loaders {
  /** The public catalogue, by code. */
  distinction: DataLoader<string, DistinctionEntity | null>;
  /** Campaigns the caller may read; others come back null, as if they did not exist. */
  campaign: DataLoader<string, CampaignEntity | null>;
  /** Visible child campaigns, by parent id. */
  children: DataLoader<string, CampaignEntity[]>;
  criteria: DataLoader<string, CriterionEntity[]>;
  quotas: DataLoader<string, QuotaEntity[]>;
  distinctionCodes: DataLoader<string, string[]>;
  reviews: DataLoader<string, CampaignReviewEntity[]>;
  history: DataLoader<string, CampaignTransitionEntity[]>;
  /** The rules in force for a distinction on a date, for an issuer chain. */
  distinctionRules: DataLoader<RulesKey, DistinctionRulesVersion | null, string>;
}

/** One set per request (per event for subscriptions, where `cache` is false). */
export function createLoaders(db: DataSource, ability: AppAbility, options: { cache: boolean }): Loaders {
  const distinctions = new DistinctionService(db);
  const campaigns = new CampaignQueries(db, ability);
  const cache = options.cache;
  // Parts of a campaign are only ever asked for through a campaign the caller could read.
  const byCampaign = <T extends ObjectLiteral & { campaignId: string }>(
    entity: new () => T,
    order: Record<string, 'ASC'>,
  ) =>
    new DataLoader<string, T[]>(
      async (ids) => {
        const rows = await db.getRepository(entity).find({
          // TypeORM cannot see that a generic entity with `campaignId` takes this condition.
          where: { campaignId: In([...ids]) } as FindOptionsWhere<T>,
          order: order as FindOptionsOrder<T>,
        });
        return groupByKeys(ids, rows, (r) => r.campaignId);
      },
      { cache },
    );

  return {
    distinction: new DataLoader(
      async (codes) => {
        const rows = await distinctions.byCodes(codes.filter((c) => typeof c === 'string'));
        const map = new Map(rows.map((r) => [r.code, r]));
        return codes.map((code) => map.get(code) ?? null);
      },
      { cache },
    ),
    campaign: new DataLoader(
      async (ids) => {
        const rows = await campaigns.byIds(ids.filter(isId));
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id) ?? null);
      },
      { cache },
    ),
    children: new DataLoader(
      async (ids) => groupByKeys(ids, await campaigns.childrenOf(ids.filter(isId)), (r) => r.parentId ?? ''),
      { cache },
    ),
    criteria: byCampaign(CriterionEntity, { position: 'ASC' }),
    quotas: byCampaign(QuotaEntity, { id: 'ASC' }),
    distinctionCodes: new DataLoader(
      async (ids) => {
        const rows = await db.getRepository(CampaignDistinctionEntity).find({
          where: { campaignId: In([...ids]) },
          order: { position: 'ASC' },
        });
        return groupByKeys(ids, rows, (r) => r.campaignId).map((list) => list.map((r) => r.code));
      },
      { cache },
    ),
    reviews: byCampaign(CampaignReviewEntity, { dueAt: 'ASC' }),
    history: byCampaign(CampaignTransitionEntity, { id: 'ASC' }),
    distinctionRules: createDistinctionRulesLoader(new DistinctionRulesService(db), options),
  };
}
