import { internalUrl, postInternal } from '@laurel/auth';
import { asSystem } from '@laurel/db';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { applyFeedRows } from './apply';
import { FEEDS, type FeedName, type FeedPage, type FeedRequest, type FeedRows } from './feed';

export const DIRECTORY_CHANNEL = 'laurel_directory';

export interface DirectorySyncOptions {
  db: DataSource;
  /** The service's own schema, where `directoryTablesSql` created the copy. */
  schema: string;
  /** The organizations subgraph, e.g. `http://organizations:4101` (a `/graphql` suffix is ignored). */
  organizationsUrl: string;
  internalSecret: string;
  /** LISTENs for `laurel_directory` wake-ups when set (same database as organizations). */
  listenUrl?: string;
  /** Fallback poll, for wake-ups lost or organizations in another database. */
  pollMs?: number;
  pageSize?: number;
  onError?: (error: unknown) => void;
}

/**
 * Keeps a service's copy of the organization directory up to date: catches up at start, on
 * every `NOTIFY laurel_directory` and every `pollMs`, and on demand (`sync()`) when a reader
 * meets an id the copy does not know yet (read-your-writes after `createOrganization`).
 */
export class DirectorySync {
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private retry: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly feedUrl: string;

  constructor(private readonly options: DirectorySyncOptions) {
    this.feedUrl = internalUrl(options.organizationsUrl, 'directory');
  }

  /** Catches up once (a failure is logged, not thrown: organizations may still be starting). */
  async start(): Promise<void> {
    await this.sync().catch((error: unknown) => (this.options.onError ?? defaultOnError)(error));
    if (this.options.listenUrl) await this.listen(this.options.listenUrl);
    this.timer = setInterval(() => this.syncInBackground(), this.options.pollMs ?? 10_000);
    this.timer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    if (this.retry) clearTimeout(this.retry);
    await this.listener?.end().catch(() => undefined);
    await this.running?.catch(() => undefined);
  }

  /** Brings every feed up to date; concurrent callers share one run (plus one queued). */
  sync(): Promise<void> {
    if (!this.running) {
      this.running = asSystem(() => this.runOnce()).finally(() => {
        this.running = null;
      });
      return this.running;
    }
    if (!this.queued) {
      this.queued = this.running
        .catch(() => undefined)
        .then(() => {
          this.queued = null;
          return this.sync();
        });
    }
    return this.queued;
  }

  private syncInBackground(): void {
    if (this.closed) return;
    this.sync().catch((error: unknown) => (this.options.onError ?? defaultOnError)(error));
  }

  private async runOnce(): Promise<void> {
    // Groups name organizations and people name organizations: organizations first.
    for (const feed of FEEDS) await this.catchUp(feed);
  }

  private async catchUp(feed: FeedName): Promise<void> {
    const { db, schema } = this.options;
    const limit = this.options.pageSize ?? 2_000;
    const cursor = (await db.query(`SELECT since::text FROM "${schema}"."directory_cursor" WHERE feed = $1`, [
      feed,
    ])) as { since: string }[];
    const since = cursor[0]?.since ?? null;
    let after: [string, string] | null = null;
    let horizon: string | null = null;
    for (;;) {
      const page: FeedPage<FeedRows[typeof feed]> = await this.fetchPage({ feed, since, after, limit });
      horizon ??= page.horizon;
      const last = page.rows.at(-1);
      await db.transaction(async (manager) => {
        await applyFeedRows(manager, schema, feed, page.rows);
        if (page.rows.length < limit) {
          await manager.query(
            `INSERT INTO "${schema}"."directory_cursor" (feed, since) VALUES ($1, $2)
             ON CONFLICT (feed) DO UPDATE SET since = GREATEST("directory_cursor".since, EXCLUDED.since)`,
            [feed, horizon],
          );
        }
      });
      if (page.rows.length < limit || !last) return;
      after = [last.xid, last.id];
    }
  }

  private fetchPage<F extends FeedName>(request: FeedRequest & { feed: F }): Promise<FeedPage<FeedRows[F]>> {
    return postInternal(this.feedUrl, request, this.options.internalSecret, { timeoutMs: 30_000 });
  }

  private async listen(url: string): Promise<void> {
    const onError = this.options.onError ?? defaultOnError;
    const client = new Client({ connectionString: url, application_name: 'laurel-directory-listener' });
    client.on('notification', () => this.syncInBackground());
    // A dropped connection (a database restart) says so once or twice; an unhandled `error` would
    // end the process. Listen again every second until the database answers.
    client.on('error', (error) => {
      onError(error);
      if (this.listener !== client) return;
      this.listener = null;
      void client.end().catch(() => undefined);
      this.listenLater(url);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${DIRECTORY_CHANNEL}`);
    } catch (error) {
      void client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    // Whatever changed while no one listened.
    this.syncInBackground();
  }

  private listenLater(url: string): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.listen(url).catch((error: unknown) => {
        (this.options.onError ?? defaultOnError)(error);
        this.listenLater(url);
      });
    }, 1_000);
    this.retry.unref();
  }
}

function defaultOnError(error: unknown): void {
  console.error('[directory]', error);
}
