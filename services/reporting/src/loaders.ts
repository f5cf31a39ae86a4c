import { internalUrl, postInternal } from '@laurel/auth';
import type { CampaignTerms } from './report/report.service';
import type { LaunchedCampaignCount } from './statistics/statistics.service';

/** What reports read from the campaigns subgraph: a campaign's terms, the campaigns launched in a year. */
export function createCampaignLookups(
  campaignsUrl: string,
  internalSecret: string,
): {
  campaignTerms: (campaignId: string) => Promise<CampaignTerms | null>;
  launchedCampaigns: (organizationId: string, year: number) => Promise<LaunchedCampaignCount[]>;
} {
  const campaignsInternal = internalUrl(campaignsUrl, 'campaigns');
  const campaignTerms = async (campaignId: string): Promise<CampaignTerms | null> => {
    const { campaigns } = await postInternal<{ campaigns: CampaignTerms[] }>(
      campaignsInternal,
      { ids: [campaignId] },
      internalSecret,
    );
    return campaigns[0] ?? null;
  };
  const campaignCountsInternal = internalUrl(campaignsUrl, 'campaign-counts');
  const launchedCampaigns = async (organizationId: string, year: number): Promise<LaunchedCampaignCount[]> =>
    (
      await postInternal<{ counts: LaunchedCampaignCount[] }>(
        campaignCountsInternal,
        { organizationId, year },
        internalSecret,
      )
    ).counts;
  return { campaignTerms, launchedCampaigns };
}
