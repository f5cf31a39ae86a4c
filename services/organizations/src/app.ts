import { databaseReady } from '@laurel/service';
import type { PgPubSub } from '@laurel/events';
import { startSubgraphServer, type SubgraphServer } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { Context } from './context';
import { readDirectoryFeed } from './directory/directory-feed';
import { IdentityService } from './identity/identity.service';
import { createLoaders } from './loaders';
import { OrganizationService } from './organization/organization.service';
import { buildOrganizationsSchema } from './schema';

export interface OrganizationsAppOptions {
  db: DataSource;
  pubSub: PgPubSub;
  port: number;
  internalSecret: string;
  introspection?: boolean;
  scheduleIntervalMs?: number;
}

export interface OrganizationsApp extends SubgraphServer {
  /** Applies effective-dated changes that have come due (also runs on a timer). */
  applyDueChanges(): Promise<number>;
}

/** The whole subgraph, built in-process: main.ts and tests use the same wiring. */
export async function createOrganizationsApp(options: OrganizationsAppOptions): Promise<OrganizationsApp> {
  const { db, pubSub } = options;
  const schema = await buildOrganizationsSchema({ db, pubSub });
  const identities = new IdentityService(db);
  const scheduler = new OrganizationService(db);

  const server = await startSubgraphServer<Context>({
    name: 'organizations',
    schema,
    port: options.port,
    internalSecret: options.internalSecret,
    introspection: options.introspection,
    createContext: (base, { live }) => ({
      ...base,
      db,
      pubSub,
      loaders: createLoaders(db, base.ability, { cache: !live }),
    }),
    ready: databaseReady(db),
    internalRoutes: {
      identity: (body) => identities.resolve(body),
      'identity-generation': () => identities.generation(),
      directory: (body) => readDirectoryFeed(db, body),
    },
    // Imports carry whole national lists in one operation (see ImportResolver's limit).
    maxBodyBytes: 64_000_000,
  });

  const applyDueChanges = () => scheduler.applyDueChanges();
  const timer = setInterval(() => {
    applyDueChanges().catch((error: unknown) =>
      console.error('[organizations] scheduled changes failed', error),
    );
    identities
      .pruneChanges()
      .catch((error: unknown) => console.error('[organizations] pruning identity changes failed', error));
  }, options.scheduleIntervalMs ?? 30_000);
  timer.unref();

  return {
    ...server,
    applyDueChanges,
    close: async () => {
      clearInterval(timer);
      await server.close();
    },
  };
}
