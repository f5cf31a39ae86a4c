import { startSubgraphServer, type SubgraphServer } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { Context } from './context';
import { buildVotingSchema } from './schema';

export interface VotingAppOptions {
  db: DataSource;
  port: number;
  internalSecret: string;
  introspection?: boolean;
}

export type VotingApp = SubgraphServer;

/** The whole subgraph, built in-process: main.ts and tests use the same wiring. */
export async function createVotingApp(options: VotingAppOptions): Promise<VotingApp> {
  const { db } = options;
  const schema = await buildVotingSchema({ db });
  return startSubgraphServer<Context>({
    name: 'voting',
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
