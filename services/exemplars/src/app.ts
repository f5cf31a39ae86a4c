import { databaseReady } from '@laurel/service';
import { DirectoryReader, type DirectorySync } from '@laurel/directory';
import { startSubgraphServer, type SubgraphServer } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { Context } from './context';
import { SCHEMA } from './data-source';
import { EventConsumer } from './exemplar/event-consumer';
import { readInitiativeReach } from './initiative/initiative.service';
import { createLoaders } from './loaders';
import { Peers } from './peers';
import { buildExemplarsSchema } from './schema';

export interface ExemplarsAppOptions {
  db: DataSource;
  port: number;
  internalSecret: string;
  introspection?: boolean;
  directorySync: DirectorySync | null;
  nominationsUrl: string;
  campaignsUrl: string;
  /** Poll of the nominations events (ms). */
  eventsPollMs?: number;
}

export interface ExemplarsApp extends SubgraphServer {
  events: EventConsumer;
}

/** The whole subgraph, built in-process: main.ts and tests use the same wiring. */
export async function createExemplarsApp(options: ExemplarsAppOptions): Promise<ExemplarsApp> {
  const { db } = options;
  const directory = new DirectoryReader(db, SCHEMA, options.directorySync);
  const peers = new Peers(options.nominationsUrl, options.campaignsUrl, options.internalSecret);
  const events = new EventConsumer(db, options.nominationsUrl, options.internalSecret);
  const schema = await buildExemplarsSchema({ db });
  const server = await startSubgraphServer<Context>({
    name: 'exemplars',
    schema,
    port: options.port,
    internalSecret: options.internalSecret,
    introspection: options.introspection,
    createContext: (base, { live }) => {
      const ctx = { ...base, db, directory, peers, events } as Context;
      ctx.loaders = createLoaders(db, ctx, { cache: !live });
      return ctx;
    },
    ready: databaseReady(db),
    internalRoutes: {
      // The nominations subgraph's initiative prerequisites (SPEC 7).
      'initiative-reach': (body) => readInitiativeReach(db, body),
    },
  });
  events.start(options.eventsPollMs ?? 1_000);
  return {
    ...server,
    events,
    close: async () => {
      await events.stop();
      await server.close();
    },
  };
}
