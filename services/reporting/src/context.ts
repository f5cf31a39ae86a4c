import type { DirectoryReader } from '@laurel/directory';
import type { RequestContext } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { EventConsumer } from './report/event-consumer';
import type { Folder } from './report/fold';
import type { CampaignTerms, ReportService } from './report/report.service';
import type { LaunchedCampaignCount, StatisticsService } from './statistics/statistics.service';

export interface Context extends RequestContext {
  db: DataSource;
  directory: DirectoryReader;
  events: EventConsumer;
  folder: Folder;
  reports: ReportService;
  statistics: StatisticsService;
  /** How old the counters may be when a report is read (ms). */
  maxStalenessMs: number;
  /** Deadlines and quotas of a campaign, from the campaigns subgraph. */
  campaignTerms: (campaignId: string) => Promise<CampaignTerms | null>;
  /** Campaigns launched in a year by the organization, below and above it, from the campaigns subgraph. */
  launchedCampaigns: (organizationId: string, year: number) => Promise<LaunchedCampaignCount[]>;
}
