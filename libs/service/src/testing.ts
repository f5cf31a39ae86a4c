import { signInternalRequest, type Identity } from '@laurel/auth';
import { dropDatabase, ensureDatabase, withDatabase } from '@laurel/db';
import { createPgPubSub, type PgPubSub } from '@laurel/events';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { ServiceDataSource } from './data-source';

/** The server the test run uses (DATABASE_URL's, or the embedded one the global setup started). */
export function testServerUrl(): string {
  return (
    process.env.LAUREL_TEST_DATABASE_URL ??
    process.env.DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/postgres'
  );
}

export interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface SubgraphTestOptions<A> {
  dataSource: ServiceDataSource;
  /** The data source's pool (2). */
  poolSize?: number;
  /** Connect as the tables' owner (row-level security off), e.g. to write a feed's source rows. */
  owner?: boolean;
  /** The internal secret requests are signed with; a random one by default. */
  internalSecret?: string;
  /** Starts the app on a free port; none: the database alone. */
  start?: (deps: {
    db: DataSource;
    url: string;
    internalSecret: string;
    /** A LISTEN/NOTIFY channel on the test's database, closed after the app. */
    openPubSub(channel: string): Promise<PgPubSub>;
  }) => Promise<A>;
}

export interface SubgraphTestHarness<A> {
  /** The test's own database, migrated. */
  url: string;
  db: DataSource;
  app: A;
  internalSecret: string;
  /** The migrations the first run applied, in order. */
  migrated: string[];
  /** A GraphQL request signed as `identity` (unsigned when null), as the gateway sends one. */
  post<T>(
    identity: Identity | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ status: number; json: GraphQLAnswer<T> }>;
  /** Closes the app, its channels, the data source and drops the database. */
  close(): Promise<void>;
}

/**
 * A subgraph's integration-test harness: a database of its own on the test server, migrated,
 * a data source as the service's role, the app on a free port, and signed requests to it.
 */
export async function startSubgraphForTest<A extends { url: string; close(): Promise<void> } | null = null>(
  options: SubgraphTestOptions<A>,
): Promise<SubgraphTestHarness<A>> {
  const { dataSource } = options;
  const url = withDatabase(testServerUrl(), `laurel_${dataSource.SCHEMA}_${randomBytes(6).toString('hex')}`);
  const internalSecret = options.internalSecret ?? randomBytes(32).toString('hex');
  await ensureDatabase(url);
  const migrated = await dataSource.migrate(url);
  const db = await dataSource
    .createDataSource(url, options.poolSize ?? 2, { owner: options.owner ?? false })
    .initialize();
  const pubSubs: PgPubSub[] = [];
  const openPubSub = async (channel: string) => {
    const pubSub = await createPgPubSub({ url, channel });
    pubSubs.push(pubSub);
    return pubSub;
  };
  const app = options.start ? await options.start({ db, url, internalSecret, openPubSub }) : (null as A);
  const post = async <T>(identity: Identity | null, query: string, variables?: Record<string, unknown>) => {
    if (!app) throw new Error('startSubgraphForTest: no app was started');
    const body = JSON.stringify(variables === undefined ? { query } : { query, variables });
    const res = await fetch(app.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(identity ? signInternalRequest(identity, internalSecret, body) : {}),
      },
      body,
    });
    return { status: res.status, json: (await res.json()) as GraphQLAnswer<T> };
  };
  return {
    url,
    db,
    app,
    internalSecret,
    migrated,
    post,
    close: async () => {
      await app?.close();
      for (const pubSub of pubSubs) await pubSub.close();
      await db.destroy();
      await dropDatabase(url);
    },
  };
}
