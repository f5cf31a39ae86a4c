import {
  nominationFeedRowSchema,
  type NominationFeedRow,
  type RouteRequest,
  type RouteResponse,
} from '@laurel/contracts';
import { internalUrl, postInternal } from '@laurel/auth';
import { asSystem } from '@laurel/db';
import type { DataSource, EntityManager } from 'typeorm';

type FeedEvent = NominationFeedRow;

/** The consumer's row in its feed_cursor (also its backlog metric's, main.ts). */
export const FEED = 'nominations.events';

/**
 * Follows the nominations outbox (`/internal/events`, the horizon protocol of the directory feed)
 * for the nominations this subgraph knows: an exemplar's recognitions (stage, publication) and
 * the nominations of submitted initiatives (recognized or rejected). Each event once, in feed order.
 */
export class EventConsumer {
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly url: string;

  constructor(
    private readonly db: DataSource,
    nominationsUrl: string,
    private readonly internalSecret: string,
    private readonly pageSize = 1_000,
  ) {
    this.url = internalUrl(nominationsUrl, 'events');
  }

  start(pollMs: number): void {
    this.timer = setInterval(
      () => void this.sync().catch((e: unknown) => console.error('[exemplars]', e)),
      pollMs,
    );
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Catches up now (a write that depends on publication asks first). */
  sync(): Promise<void> {
    if (!this.running) {
      this.running = asSystem(() => this.catchUp()).finally(() => {
        this.running = null;
      });
      return this.running;
    }
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.sync();
      });
    return this.queued;
  }

  private async catchUp(): Promise<void> {
    const [cursor] = (await this.db.query(`SELECT since::text FROM exemplars.feed_cursor WHERE feed = $1`, [
      FEED,
    ])) as { since: string }[];
    const since = cursor?.since ?? null;
    let after: [string, string] | null = null;
    let horizon: string | null = null;
    for (;;) {
      const answer: RouteResponse<'events'> = await postInternal(
        this.url,
        { since, after, limit: this.pageSize } satisfies RouteRequest<'events'>,
        this.internalSecret,
      );
      // The producer's contract, checked where the events are read (a bad payload stops here).
      const page: RouteResponse<'events'> = {
        rows: answer.rows.map((row) => nominationFeedRowSchema.parse(row)),
        horizon: answer.horizon,
      };
      horizon ??= page.horizon;
      const last: FeedEvent | undefined = page.rows.at(-1);
      if (page.rows.length === 0 && since !== null && String(horizon) === since) return;
      await this.db.transaction(async (m) => {
        for (const event of page.rows) await this.apply(m, event);
        if (page.rows.length < this.pageSize)
          await m.query(
            `INSERT INTO exemplars.feed_cursor (feed, since) VALUES ($1, $2)
             ON CONFLICT (feed) DO UPDATE SET since = GREATEST(exemplars.feed_cursor.since, EXCLUDED.since)`,
            [FEED, horizon],
          );
      });
      if (page.rows.length < this.pageSize || !last) return;
      after = [last.xid, last.id];
    }
  }

  private async apply(m: EntityManager, event: FeedEvent): Promise<void> {
    const fresh = (await m.query(
      `INSERT INTO exemplars.processed_event (id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING id`,
      [event.id],
    )) as unknown[];
    if (fresh.length === 0) return;
    const { nominationId, stage } = event.payload;
    const published = event.payload.published ?? false;
    const changed = (await m.query(
      `UPDATE exemplars.exemplar_recognition SET stage = $2, published = $3
        WHERE nomination_id = $1 RETURNING exemplar_id`,
      [nominationId, stage, published],
    )) as [{ exemplar_id: string }[], number];
    const exemplarIds = changed[0].map((r) => r.exemplar_id);
    if (exemplarIds.length > 0) await refreshPublished(m, exemplarIds);
    // A submitted initiative follows its nomination: recognized at the institution, or rejected.
    if (stage === 'RECOGNIZED' || stage === 'ESCALATED')
      await m.query(
        `UPDATE exemplars.initiative SET status = 'RECOGNIZED', reach = COALESCE(reach, 'INSTITUTION')
          WHERE nomination_id = $1 AND status = 'SUBMITTED'`,
        [nominationId],
      );
    else if (stage === 'COUNCIL_REJECTED' || stage === 'WITHDRAWN')
      await m.query(
        `UPDATE exemplars.initiative SET status = 'REJECTED' WHERE nomination_id = $1 AND status = 'SUBMITTED'`,
        [nominationId],
      );
  }
}

/** An exemplar is published when one of its recognitions is. */
export async function refreshPublished(m: EntityManager, exemplarIds: string[]): Promise<void> {
  await m.query(
    `UPDATE exemplars.exemplar e
        SET published = EXISTS (SELECT 1 FROM exemplars.exemplar_recognition r
                                 WHERE r.exemplar_id = e.id AND r.published)
      WHERE e.id = ANY($1::uuid[])`,
    [exemplarIds],
  );
}
