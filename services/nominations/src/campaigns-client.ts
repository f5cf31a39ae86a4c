import { internalUrl, postInternal } from '@laurel/auth';
import { asSystem } from '@laurel/db';
import { isId } from '@laurel/graphql';
import type { CampaignForService, RouteRequest, RouteResponse } from '@laurel/contracts';
import type { DataSource } from 'typeorm';
import { CampaignQuotaEntity, CampaignRefEntity } from './nomination/nomination.entity';

/** The campaigns subgraph's `/internal/campaigns` answer (`@laurel/contracts`). */
export type CampaignInfo = CampaignForService;

/**
 * Reads campaigns from the campaigns subgraph (signed service-to-service call) and keeps this
 * service's `campaign_ref`/`campaign_quota` copy current: every write that depends on a
 * campaign's status, deadlines or quotas reads it fresh first.
 */
export class CampaignsClient {
  private readonly url: string;

  constructor(
    private readonly db: DataSource,
    campaignsUrl: string,
    private readonly internalSecret: string,
  ) {
    this.url = internalUrl(campaignsUrl, 'campaigns');
  }

  async fetch(ids: readonly string[]): Promise<Map<string, CampaignInfo>> {
    const wanted = [...new Set(ids)].filter(isId);
    if (wanted.length === 0) return new Map();
    const { campaigns } = await postInternal<RouteResponse<'campaigns'>>(
      this.url,
      { ids: wanted } satisfies RouteRequest<'campaigns'>,
      this.internalSecret,
    );
    // The copy is the service's own cache, written whoever asked: under a caller's row-level
    // scope another tenant's campaign could not be written, and the caller got a 500 where an
    // unknown id gets NOT_FOUND (issue 23). Callers are authorized by what they do with it.
    await asSystem(() => this.remember(campaigns));
    return new Map(campaigns.map((c) => [c.id, c]));
  }

  async one(id: string): Promise<CampaignInfo | null> {
    return (await this.fetch([id])).get(id) ?? null;
  }

  /** The campaign and its ancestors, nearest first (for escalation). */
  async chain(id: string): Promise<CampaignInfo[]> {
    const chain: CampaignInfo[] = [];
    let next: string | null = id;
    while (next && chain.length < 20) {
      const campaign = await this.one(next);
      if (!campaign) break;
      chain.push(campaign);
      next = campaign.parentId;
    }
    return chain;
  }

  private async remember(campaigns: CampaignInfo[]): Promise<void> {
    if (campaigns.length === 0) return;
    await this.db.transaction(async (m) => {
      await m
        .createQueryBuilder()
        .insert()
        .into(CampaignRefEntity)
        .values(
          campaigns.map((c) => ({
            id: c.id,
            organizationId: c.organizationId,
            parentId: c.parentId,
            status: c.status,
            year: c.year,
            registrationDeadline: new Date(c.registrationDeadline),
            proposalDeadline: new Date(c.proposalDeadline),
            escalationDeadline: c.escalationDeadline ? new Date(c.escalationDeadline) : null,
            groupIds: c.groupIds,
            distinctionCodes: c.distinctionCodes,
            criterionIds: c.criteria.map((k) => k.id),
          })),
        )
        .orUpdate(
          [
            'organization_id',
            'parent_id',
            'status',
            'year',
            'registration_deadline',
            'proposal_deadline',
            'escalation_deadline',
            'group_ids',
            'distinction_codes',
            'criterion_ids',
            'refreshed_at',
          ],
          ['id'],
        )
        .execute();
      const quotas = campaigns.flatMap((c) => c.quotas.map((q) => ({ ...q, campaignId: c.id })));
      if (quotas.length > 0) {
        // New quotas are added; existing rows stay as they are (their locks are not taken here,
        // only by the registrations that count against them) …
        await m.createQueryBuilder().insert().into(CampaignQuotaEntity).values(quotas).orIgnore().execute();
      }
      // … unless `updateCampaign` changed or removed them (section 9): only those rows are written.
      const known = await m
        .getRepository(CampaignQuotaEntity)
        .createQueryBuilder('q')
        .where('q.campaign_id IN (:...ids)', { ids: campaigns.map((c) => c.id) })
        .getMany();
      const wanted = new Map(quotas.map((q) => [q.id, q]));
      const gone = known.filter((k) => !wanted.has(k.id)).map((k) => k.id);
      if (gone.length > 0) await m.getRepository(CampaignQuotaEntity).delete(gone);
      for (const k of known) {
        const q = wanted.get(k.id);
        if (q && (q.min !== k.min || q.max !== k.max))
          await m.getRepository(CampaignQuotaEntity).update({ id: k.id }, { min: q.min, max: q.max });
      }
    });
  }
}
