import { startSubgraphServer, type SubgraphServer } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { Context } from './context';
import { buildReportingSchema } from './schema';

export interface ReportingAppOptions {
  db: DataSource;
  port: number;
  internalSecret: string;
  introspection?: boolean;
}

export type ReportingApp = SubgraphServer;

/** The whole subgraph, built in-process: main.ts and tests use the same wiring. */
export async function createReportingApp(options: ReportingAppOptions): Promise<ReportingApp> {
  const { db } = options;
  const schema = await buildReportingSchema({ db });
  return startSubgraphServer<Context>({
    name: 'reporting',
    schema,
    port: options.port,
    internalSecret: options.internalSecret,
    introspection: options.introspection,
    createContext: (base) => ({ ...base, db }),
    ready: async () => {
      await db.query('SELECT 1');
      return true;
    },
  });
}
