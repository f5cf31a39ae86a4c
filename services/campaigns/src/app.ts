import { startSubgraphServer, type SubgraphServer } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { Context } from './context';
import { createLoaders } from './loaders';
import type { OrganizationLookup } from './organization-lookup';
import { buildCampaignsSchema } from './schema';

export interface CampaignsAppOptions {
  db: DataSource;
  port: number;
  internalSecret: string;
  introspection?: boolean;
  /** The organization directory the campaigns service reads organizations from. */
  resolveOrganization?: OrganizationLookup;
}

export type CampaignsApp = SubgraphServer;

/** The whole subgraph, built in-process: main.ts and tests use the same wiring. */
export async function createCampaignsApp(options: CampaignsAppOptions): Promise<CampaignsApp> {
  const { db } = options;
  const schema = await buildCampaignsSchema({ db, resolveOrganization: options.resolveOrganization });
  return startSubgraphServer<Context>({
    name: 'campaigns',
    schema,
    port: options.port,
    internalSecret: options.internalSecret,
    introspection: options.introspection,
    createContext: (base, { live }) => ({ ...base, db, loaders: createLoaders(db, { cache: !live }) }),
    ready: async () => {
      await db.query('SELECT 1');
      return true;
    },
  });
}
