import { databaseReady } from '@laurel/service';
import { DirectoryReader, type DirectorySync } from '@laurel/directory';
import type { PgPubSub } from '@laurel/events';
import type { Identity } from '@laurel/auth';
import { BadUserInputError, startSubgraphServer, type SubgraphServer } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import { VotingAccess } from './access';
import type { Context } from './context';
import { CouncilService } from './council/council.service';
import { SCHEMA } from './data-source';
import { CatalogueClient } from './catalogue-client';
import { NominationsClient } from './nominations-client';
import { Sealer } from './sealing';
import { BallotService } from './session/ballot.service';
import { CouncilDispatcher } from './session/dispatcher';
import { CouncilOutbox } from './session/outbox';
import { ProgressService } from './session/progress.service';
import { SessionKeys } from './session/session-keys';
import { SessionService } from './session/session.service';
import { createResultsLoader } from './loaders';
import { buildVotingSchema, type VotingServices } from './schema';

export interface VotingAppOptions {
  db: DataSource;
  pubSub: PgPubSub;
  port: number;
  internalSecret: string;
  introspection?: boolean;
  directorySync: DirectorySync | null;
  nominationsUrl: string;
  /** The catalogue (council vote defaults). */
  campaignsUrl: string;
  sealingKey: string;
  dispatchIntervalMs?: number;
}

export interface VotingApp extends SubgraphServer {
  services: VotingServices;
  dispatcher: CouncilDispatcher;
}

/** The whole subgraph, built in-process: main.ts and tests use the same wiring. */
export async function createVotingApp(options: VotingAppOptions): Promise<VotingApp> {
  const { db, pubSub } = options;
  const directory = new DirectoryReader(db, SCHEMA, options.directorySync);
  const nominations = new NominationsClient(options.nominationsUrl, options.internalSecret);
  const dispatcher = new CouncilDispatcher(db, nominations, options.dispatchIntervalMs ?? 1_000);
  const catalogue = new CatalogueClient(options.campaignsUrl, options.internalSecret);
  const sealer = new Sealer(options.sealingKey);
  // One of each, shared: the unwrapped session keys serve casting and closing alike.
  const keys = new SessionKeys(sealer);
  const access = new VotingAccess(db, directory);
  const outbox = new CouncilOutbox(() => dispatcher.kick());
  const progress = new ProgressService(db, directory, pubSub);
  const services: VotingServices = {
    access,
    councils: new CouncilService(db, directory, access, outbox),
    sessions: new SessionService(
      db,
      directory,
      nominations,
      catalogue,
      sealer,
      keys,
      access,
      outbox,
      progress,
    ),
    ballots: new BallotService(db, access, sealer, keys, progress),
    progress,
  };
  const schema = await buildVotingSchema({ db, services, pubSub });
  const results = createResultsLoader(db);
  const server = await startSubgraphServer<Context>({
    name: 'voting',
    schema,
    port: options.port,
    internalSecret: options.internalSecret,
    introspection: options.introspection,
    createContext: (base) => ({ ...base, db, directory, access, progress, pubSub, results }),
    internalRoutes: {
      // The gateway's shared progress stream: which of its subscribers may still watch.
      'progress-audience': async (body) => {
        const { sessionId, identities } = (body ?? {}) as { sessionId?: unknown; identities?: unknown };
        if (typeof sessionId !== 'string' || !Array.isArray(identities) || identities.length > 10_000)
          throw new BadUserInputError('progress-audience takes { sessionId, identities[] } (at most 10,000)');
        const valid = identities.every(
          (i: Partial<Identity> | null) =>
            !!i && Array.isArray(i.personIds) && Array.isArray(i.grants) && Array.isArray(i.personPaths),
        );
        if (!valid) throw new BadUserInputError('progress-audience: malformed identity');
        return { allowed: await progress.mayWatch(sessionId, identities as Identity[]) };
      },
    },
    ready: databaseReady(db),
  });
  dispatcher.start();
  return {
    ...server,
    services,
    dispatcher,
    close: async () => {
      await dispatcher.stop();
      await server.close();
    },
  };
}
