import { internalUrl, postInternal } from '@laurel/auth';
import type { RouteRequest, RouteResponse } from '@laurel/contracts';
import { asSystem } from '@laurel/db';
import type { Backlog } from '@laurel/observability';
import type { DataSource } from 'typeorm';

/** Pending events asked of nominations at most: enough to leave out those applied near the cursor. */
const PENDING_LIMIT = 10_000;

export interface NominationsFeedBacklogOptions {
  /** The metric's `backlog` label: a fixed name, never a tenant's. */
  name: string;
  db: DataSource;
  /** The consumer's schema, which holds its `feed_cursor` and `processed_event`. */
  schema: string;
  /** The consumer's row in `feed_cursor`. */
  feed: string;
  nominationsUrl: string;
  internalSecret: string;
}

/**
 * A consumer's backlog of the nominations feed, read at scrape time: the events at or after its
 * cursor (nominations' `/internal/events-pending`) less those it has applied (its
 * `processed_event`), and the age of the oldest left. Independent of the consumer's own loop, so
 * a stuck consumer shows a growing backlog.
 */
export function nominationsFeedBacklog(options: NominationsFeedBacklogOptions): Backlog {
  const { db, schema, feed } = options;
  const url = internalUrl(options.nominationsUrl, 'events-pending');
  return {
    name: options.name,
    read: () =>
      asSystem(async () => {
        const [cursor] = (await db.query(`SELECT since::text FROM ${schema}.feed_cursor WHERE feed = $1`, [
          feed,
        ])) as { since: string }[];
        const pending = await postInternal<RouteResponse<'events-pending'>>(
          url,
          { since: cursor?.since ?? null, limit: PENDING_LIMIT } satisfies RouteRequest<'events-pending'>,
          options.internalSecret,
          { timeoutMs: 5_000 },
        );
        const applied = new Set(
          (
            (await db.query(`SELECT id::text FROM ${schema}.processed_event WHERE id = ANY($1::uuid[])`, [
              pending.events.map((e) => e.id),
            ])) as { id: string }[]
          ).map((r) => r.id),
        );
        let oldestAgeSeconds = 0;
        for (const event of pending.events)
          if (!applied.has(event.id)) oldestAgeSeconds = Math.max(oldestAgeSeconds, event.ageSeconds);
        return { events: Math.max(pending.total - applied.size, 0), oldestAgeSeconds };
      }),
  };
}
