import { databaseReady } from '@laurel/service';
import { DirectorySync } from '@laurel/directory';
import { startSubgraphServer, type SubgraphServer } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import {
  countCampaignsForService,
  readCampaignsForService,
  readDistinctionsForService,
} from './campaign/campaign.internal';
import { readRewardsForService } from './distinction/reward.internal';
import type { Context } from './context';
import { Directory } from './directory';
import { createLoaders } from './loaders';
import type { OrganizationLookup } from './organization-lookup';
import { buildCampaignsSchema } from './schema';

export interface CampaignsAppOptions {
  db: DataSource;
  port: number;
  internalSecret: string;
  introspection?: boolean;
  /** Where the organization directory comes from; null in tests that fill the copy themselves. */
  directorySync: DirectorySync | null;
  /** Overrides the directory's organization lookup (tests of the catalogue alone). */
  resolveOrganization?: OrganizationLookup;
}

export type CampaignsApp = SubgraphServer;

/** The whole subgraph, built in-process: main.ts and tests use the same wiring. */
export async function createCampaignsApp(options: CampaignsAppOptions): Promise<CampaignsApp> {
  const { db } = options;
  const directory = new Directory(db, options.directorySync);
  const schema = await buildCampaignsSchema({
    db,
    directory,
    resolveOrganization: options.resolveOrganization,
  });
  return startSubgraphServer<Context>({
    name: 'campaigns',
    schema,
    port: options.port,
    internalSecret: options.internalSecret,
    introspection: options.introspection,
    createContext: (base, { live }) => ({
      ...base,
      db,
      directory,
      loaders: createLoaders(db, base.ability, { cache: !live }),
    }),
    ready: databaseReady(db),
    internalRoutes: {
      campaigns: (body) => readCampaignsForService(db, body),
      distinctions: (body) => readDistinctionsForService(db, body),
      'campaign-counts': (body) => countCampaignsForService(db, directory, body),
      rewards: (body) => readRewardsForService(db, body),
    },
  });
}
