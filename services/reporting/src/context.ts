import type { DirectoryReader } from '@laurel/directory';
import type { RequestContext } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { EventConsumer } from './report/event-consumer';
import type { Folder } from './report/fold';
import type { CampaignTerms, ReportService } from './report/report.service';

export interface Context extends RequestContext {
  db: DataSource;
  directory: DirectoryReader;
  events: EventConsumer;
  folder: Folder;
  reports: ReportService;
  /** How old the counters may be when a report is read (ms). */
  maxStalenessMs: number;
  /** Deadlines and quotas of a campaign, from the campaigns subgraph. */
  campaignTerms: (campaignId: string) => Promise<CampaignTerms | null>;
}
