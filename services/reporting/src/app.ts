import { databaseReady } from '@laurel/service';
import { DirectoryReader, type DirectorySync } from '@laurel/directory';
import { startSubgraphServer, type SubgraphServer } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { Context } from './context';
import { SCHEMA } from './data-source';
import { EventConsumer } from './report/event-consumer';
import { Folder, subtreeDifferences } from './report/fold';
import { rebuildRollups } from './report/rebuild';
import { ReportService } from './report/report.service';
import { createCampaignLookups } from './loaders';
import { buildReportingSchema } from './schema';
import { StatisticsService } from './statistics/statistics.service';

export interface ReportingAppOptions {
  db: DataSource;
  port: number;
  internalSecret: string;
  introspection?: boolean;
  directorySync: DirectorySync | null;
  nominationsUrl: string;
  campaignsUrl: string;
  /** Poll of the nominations events (ms); a report read also catches up when older than this. */
  eventsPollMs?: number;
}

export interface ReportingApp extends SubgraphServer {
  events: EventConsumer;
}

/** The whole subgraph, built in-process: main.ts and tests use the same wiring. */
export async function createReportingApp(options: ReportingAppOptions): Promise<ReportingApp> {
  const { db } = options;
  const directory = new DirectoryReader(db, SCHEMA, options.directorySync);
  const events = new EventConsumer(db, options.nominationsUrl, options.campaignsUrl, options.internalSecret);
  const reports = new ReportService(db);
  const statistics = new StatisticsService(db);
  const folder = new Folder(db);
  const maxStalenessMs = options.eventsPollMs ?? 1_000;
  const rebuildOptions = { nominationsUrl: options.nominationsUrl, internalSecret: options.internalSecret };
  const schema = await buildReportingSchema({ db });
  const { campaignTerms, launchedCampaigns } = createCampaignLookups(
    options.campaignsUrl,
    options.internalSecret,
  );
  const server = await startSubgraphServer<Context>({
    name: 'reporting',
    schema,
    port: options.port,
    internalSecret: options.internalSecret,
    introspection: options.introspection,
    createContext: (base) => ({
      ...base,
      db,
      directory,
      events,
      folder,
      reports,
      statistics,
      maxStalenessMs,
      campaignTerms,
      launchedCampaigns,
    }),
    ready: databaseReady(db),
    internalRoutes: {
      // Compares the incremental counters with counters rebuilt from nominations' current state.
      'rollups/verify': async () => {
        // Differences that are only the consumer lagging behind new events vanish on a retry;
        // real ones stay.
        let result = await rebuildRollups(db, { ...rebuildOptions, write: false });
        for (let attempt = 0; attempt < 10 && result.differences.length > 0; attempt++) {
          await events.sync();
          result = await rebuildRollups(db, { ...rebuildOptions, write: false });
          if (result.differences.length > 0) await new Promise((r) => setTimeout(r, 200));
        }
        // And the subtree totals agree with the counters once the pending deltas are folded.
        await events.sync();
        await folder.run({ checkMoves: true });
        return { ...result, subtreeDifferences: await subtreeDifferences(db) };
      },
      'rollups/rebuild': () => rebuildRollups(db, { ...rebuildOptions, write: true }),
    },
  });
  events.start(maxStalenessMs);
  folder.start(maxStalenessMs);
  return {
    ...server,
    events,
    close: async () => {
      await events.stop();
      await folder.stop();
      await server.close();
    },
  };
}
