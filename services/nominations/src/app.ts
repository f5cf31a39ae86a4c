import { startSubgraphServer, type SubgraphServer } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { Context } from './context';
import { buildNominationsSchema } from './schema';

export interface NominationsAppOptions {
  db: DataSource;
  port: number;
  internalSecret: string;
  introspection?: boolean;
}

export type NominationsApp = SubgraphServer;

/** The whole subgraph, built in-process: main.ts and tests use the same wiring. */
export async function createNominationsApp(options: NominationsAppOptions): Promise<NominationsApp> {
  const { db } = options;
  const schema = await buildNominationsSchema({ db });
  return startSubgraphServer<Context>({
    name: 'nominations',
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
