import { exitOnStartFailure, type CommonEnv } from '@laurel/config';
import { DirectorySync } from '@laurel/directory';
import { createPgPubSub, type PgPubSub } from '@laurel/events';
import { startObservability, watchBacklog, watchPool, type Backlog } from '@laurel/observability';
import type { DataSource } from 'typeorm';
import type { ServiceDataSource } from './data-source';

/** What every subgraph process reads from its environment (its `environment.ts`, via loadEnv). */
export interface SubgraphEnv extends CommonEnv {
  DATABASE_URL: string;
  PORT: number;
  DB_POOL_SIZE: number;
}

/** The options every `create<Service>App` takes. */
export interface SubgraphBase {
  db: DataSource;
  port: number;
  internalSecret: string;
  introspection: boolean;
}

/** A started subgraph, as `startSubgraphServer` returns it. */
export interface RunningSubgraph {
  url: string;
  drain(delayMs: number): Promise<void>;
  close(): Promise<void>;
}

export interface SubgraphStart {
  base: SubgraphBase;
  /** The organization directory's replica, kept in step (when `directory` was given). */
  directorySync: DirectorySync | null;
  /** A LISTEN/NOTIFY channel, closed with the process. */
  openPubSub(channel: string): Promise<PgPubSub>;
}

export interface RunSubgraphOptions<A extends RunningSubgraph> {
  name: string;
  /**
   * The process's environment, already read by `loadEnv` in its `environment.ts` (which ends
   * the process with one message on a missing or weak production secret before anything starts).
   */
  env: SubgraphEnv;
  dataSource: ServiceDataSource;
  /** Replicates organizations' directory into the service's schema (every service but organizations). */
  directory?: { organizationsUrl: string; pollMs: number };
  start(start: SubgraphStart): Promise<A>;
  /** Event backlogs to export as metrics (outboxes not yet delivered, feeds not yet consumed). */
  backlogs?: (db: DataSource) => Backlog[];
}

/**
 * A subgraph process from start to stop: its database, the directory replica, the app; a line
 * when it is ready; one stop for Ctrl-C and SIGTERM (readiness off for SHUTDOWN_DELAY_MS, requests
 * in flight finished, then everything closed in reverse order); a start-up failure ends the
 * process with one sentence (98 when the port is taken).
 */
export function runSubgraph<A extends RunningSubgraph>(options: RunSubgraphOptions<A>): void {
  startSubgraph(options).catch(exitOnStartFailure(options.name));
}

async function startSubgraph<A extends RunningSubgraph>(options: RunSubgraphOptions<A>): Promise<void> {
  const { env, name } = options;
  // JSON logs (console included) and metrics first, so that every line of the start is JSON.
  const log = startObservability(name, env);
  const db = await options.dataSource.createDataSource(env.DATABASE_URL, env.DB_POOL_SIZE).initialize();
  watchPool(name, db);
  for (const backlog of options.backlogs?.(db) ?? []) watchBacklog(backlog);
  const closers: (() => Promise<void>)[] = [() => db.destroy()];
  let directorySync: DirectorySync | null = null;
  if (options.directory) {
    const sync = new DirectorySync({
      db,
      schema: options.dataSource.SCHEMA,
      organizationsUrl: options.directory.organizationsUrl,
      internalSecret: env.INTERNAL_SECRET,
      listenUrl: env.DATABASE_URL,
      pollMs: options.directory.pollMs,
    });
    directorySync = sync;
    closers.unshift(() => sync.close());
    await sync.start();
  }
  const app = await options.start({
    base: {
      db,
      port: env.PORT,
      internalSecret: env.INTERNAL_SECRET,
      introspection: env.NODE_ENV !== 'production',
    },
    directorySync,
    openPubSub: async (channel) => {
      const pubSub = await createPgPubSub({ url: env.DATABASE_URL, channel });
      closers.splice(closers.length - 1, 0, () => pubSub.close());
      return pubSub;
    },
  });
  log.info({ url: app.url }, `${name} subgraph ready at ${app.url}`);
  const stop = async () => {
    await app.drain(env.SHUTDOWN_DELAY_MS);
    await app.close();
    for (const close of closers) await close();
    process.exit(0);
  };
  // Ctrl-C reaches every process of `npm start`, which then sends SIGTERM too: one stop.
  let stopping: Promise<void> | undefined;
  const stopOnce = () => void (stopping ??= stop());
  process.once('SIGINT', stopOnce);
  process.once('SIGTERM', stopOnce);
}

/** Readiness beyond "the process is up": the database answers. */
export function databaseReady(db: DataSource): () => Promise<boolean> {
  return async () => {
    await db.query('SELECT 1');
    return true;
  };
}
