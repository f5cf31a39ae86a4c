import { NotFoundError, assertCan, isId, readsReportsOnly, type RequestContext } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { Directory, DirectoryOrganization } from '../directory';
import type { CampaignEntity } from './campaign.entity';
import { CampaignQueries } from './campaign.queries';

/** The campaign the caller reads (null when it does not exist for the caller). */
export async function visibleCampaign(
  db: DataSource,
  ctx: RequestContext,
  id: string,
): Promise<CampaignEntity | null> {
  if (!isId(id)) return null;
  const [row] = await new CampaignQueries(db, ctx.ability).byIds([id]);
  return row ?? null;
}

/**
 * The campaign the caller reads and may change, with its organization: NOT_FOUND when it is not
 * seen, FORBIDDEN when it is seen but not the caller's to change (with `message` when given).
 */
export async function campaignToChange(
  db: DataSource,
  directory: Directory,
  ctx: RequestContext,
  id: string,
  message?: string,
): Promise<{ campaign: CampaignEntity; org: DirectoryOrganization }> {
  // A reporting tool's key sees a campaign only as the header of its reports: not here.
  const campaign = readsReportsOnly(ctx) ? null : await visibleCampaign(db, ctx, id);
  if (!campaign) throw new NotFoundError('Campaign', id);
  const org = await directory.organization(campaign.organizationId);
  if (!org) throw new NotFoundError('Campaign', id);
  assertCan(ctx.ability, 'update', 'Campaign', { orgPath: org.path, status: campaign.status }, 'campaign', {
    visible: true,
    message,
  });
  return { campaign, org };
}
