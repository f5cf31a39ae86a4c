import {
  nominationFeedRowSchema,
  type CampaignForService,
  type NominationFeedRow,
  type RouteRequest,
  type RouteResponse,
} from '@laurel/contracts';
import { internalUrl, postInternal } from '@laurel/auth';
import { asSystem } from '@laurel/db';
import type { DataSource, EntityManager } from 'typeorm';
import { ROLLUP_LOCK } from './locks';

type FeedEvent = NominationFeedRow;

/** What reporting keeps of a campaign (a campaign's year and kind never change). */
type CampaignForReporting = Pick<
  CampaignForService,
  'id' | 'parentId' | 'organizationId' | 'year' | 'endYear' | 'kind'
>;

/** The consumer's row in its feed_cursor (also its backlog metric's, main.ts). */
export const FEED = 'nominations.events';

/**
 * Follows the nominations outbox (`/internal/events`, horizon protocol as the directory feed) and
 * keeps the per-organization counters: each event is applied once (processed_event), in feed
 * order, which is commit order per nomination. Counters move by the difference between the
 * nomination's previous state and its new one, in the same transaction as the cursor.
 */
export class EventConsumer {
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastRun = 0;
  /** Rows remembered before campaign_ref kept years and kinds are refetched once per process. */
  private campaignsComplete = false;
  private readonly url: string;
  private readonly campaignsUrl: string;

  constructor(
    private readonly db: DataSource,
    nominationsUrl: string,
    campaignsUrl: string,
    private readonly internalSecret: string,
    private readonly pageSize = 1_000,
  ) {
    this.url = internalUrl(nominationsUrl, 'events');
    this.campaignsUrl = internalUrl(campaignsUrl, 'campaigns');
  }

  start(pollMs: number): void {
    this.timer = setInterval(
      () => void this.sync().catch((e: unknown) => console.error('[reporting]', e)),
      pollMs,
    );
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Catch up unless that was done less than `maxAgeMs` ago: how stale a report may be. */
  async fresh(maxAgeMs: number): Promise<void> {
    if (Date.now() - this.lastRun <= maxAgeMs) return;
    await this.sync();
  }

  sync(): Promise<void> {
    if (!this.running) {
      const startedAt = Date.now();
      // The service's own work, whoever's request asked for fresh figures (row-level security).
      this.running = asSystem(() => this.catchUp())
        .then(() => {
          this.lastRun = startedAt;
        })
        .finally(() => {
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
    const [cursor] = (await this.db.query(`SELECT since::text FROM reporting.feed_cursor WHERE feed = $1`, [
      FEED,
    ])) as {
      since: string;
    }[];
    const since = cursor?.since ?? null;
    let after: [string, string] | null = null;
    let horizon: string | null = null;
    // Only statistics need it: the events go on while campaigns cannot answer, and it is retried.
    if (!this.campaignsComplete)
      await this.completeCampaigns().catch((e: unknown) => console.error('[reporting] campaign years', e));
    for (;;) {
      const answer: RouteResponse<'events'> = await this.post(this.url, {
        since,
        after,
        limit: this.pageSize,
      } satisfies RouteRequest<'events'>);
      // The producer's contract, checked where the events are read (a bad payload stops here).
      const page: RouteResponse<'events'> = {
        rows: answer.rows.map((row) => nominationFeedRowSchema.parse(row)),
        horizon: answer.horizon,
      };
      horizon ??= page.horizon;
      await this.rememberCampaigns(page.rows.map((e) => e.payload.campaignId));
      const last: FeedEvent | undefined = page.rows.at(-1);
      // Nothing new and the cursor already there: no transaction (the consumer polls every
      // EVENTS_POLL_MS).
      if (page.rows.length === 0 && since !== null && String(horizon) === since) return;
      await this.db.transaction(async (m) => {
        // A rebuild and the consumer never interleave (rebuild.ts takes the same lock).
        await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [ROLLUP_LOCK]);
        for (const event of page.rows) await this.apply(m, event);
        if (page.rows.length < this.pageSize)
          await m.query(
            `INSERT INTO reporting.feed_cursor (feed, since) VALUES ($1, $2)
             ON CONFLICT (feed) DO UPDATE SET since = GREATEST(reporting.feed_cursor.since, EXCLUDED.since)`,
            [FEED, horizon],
          );
      });
      if (page.rows.length < this.pageSize || !last) return;
      after = [last.xid, last.id];
    }
  }

  private async apply(m: EntityManager, event: FeedEvent): Promise<void> {
    const fresh = (await m.query(
      `INSERT INTO reporting.processed_event (id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING id`,
      [event.id],
    )) as unknown[];
    if (fresh.length === 0) return;
    const p = event.payload;
    const [previous] = (await m.query(
      `SELECT organization_id, campaign_id, stage, target, distinction_code
         FROM reporting.nomination_state WHERE nomination_id = $1 FOR UPDATE`,
      [p.nominationId],
    )) as {
      organization_id: string;
      campaign_id: string;
      stage: string;
      target: string;
      distinction_code: string;
    }[];
    if (previous)
      await this.bump(
        m,
        previous.organization_id,
        previous.campaign_id,
        previous.stage,
        previous.target,
        previous.distinction_code,
        -1,
      );
    await this.bump(m, p.submittingOrganizationId, p.campaignId, p.stage, p.target, p.distinctionCode, 1);
    await m.query(
      `INSERT INTO reporting.nomination_state
         (nomination_id, campaign_id, organization_id, target, distinction_code, stage, published)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (nomination_id) DO UPDATE SET stage = EXCLUDED.stage, published = EXCLUDED.published`,
      [
        p.nominationId,
        p.campaignId,
        p.submittingOrganizationId,
        p.target,
        p.distinctionCode,
        p.stage,
        p.published ?? false,
      ],
    );
  }

  private async bump(
    m: EntityManager,
    organizationId: string,
    campaignId: string,
    stage: string,
    target: string,
    code: string,
    delta: number,
  ): Promise<void> {
    await m.query(
      `INSERT INTO reporting.nomination_count (organization_id, campaign_id, stage, target, distinction_code, count)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (organization_id, campaign_id, stage, target, distinction_code)
       DO UPDATE SET count = reporting.nomination_count.count + EXCLUDED.count`,
      [organizationId, campaignId, stage, target, code, delta],
    );
    // Folded into every ancestor's subtree totals later, in batches (fold.ts).
    await m.query(
      `INSERT INTO reporting.count_delta (organization_id, campaign_id, stage, target, distinction_code, delta)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [organizationId, campaignId, stage, target, code, delta],
    );
  }

  /** The cascade: every campaign an event names, and its ancestors. */
  private async rememberCampaigns(ids: string[]): Promise<void> {
    let wanted = [...new Set(ids)];
    for (let depth = 0; wanted.length > 0 && depth < 20; depth++) {
      const known = (await this.db.query(
        `SELECT id FROM reporting.campaign_ref WHERE id = ANY($1::uuid[]) AND kind IS NOT NULL`,
        [wanted],
      )) as { id: string }[];
      const missing = wanted.filter((id) => !known.some((k) => k.id === id));
      if (missing.length === 0) return;
      const campaigns = await this.fetchCampaigns(missing);
      wanted = campaigns.map((c) => c.parentId).filter((id): id is string => !!id);
    }
  }

  /** Years and kinds of the campaigns remembered before campaign_ref kept them. */
  private async completeCampaigns(): Promise<void> {
    // Keyset over ids: a campaign the campaigns subgraph does not answer for is asked once.
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await this.db.query(
        `SELECT id FROM reporting.campaign_ref WHERE kind IS NULL AND id > $1 ORDER BY id LIMIT 1000`,
        [after],
      )) as { id: string }[];
      if (rows.length === 0) break;
      await this.fetchCampaigns(rows.map((r) => r.id));
      after = rows.at(-1)!.id;
    }
    this.campaignsComplete = true;
  }

  private async fetchCampaigns(ids: string[]): Promise<CampaignForReporting[]> {
    const { campaigns }: { campaigns: CampaignForReporting[] } = await this.post<RouteResponse<'campaigns'>>(
      this.campaignsUrl,
      { ids } satisfies RouteRequest<'campaigns'>,
    );
    if (campaigns.length > 0)
      await this.db.query(
        `INSERT INTO reporting.campaign_ref (id, parent_id, organization_id, year, end_year, kind)
         SELECT id, "parentId", "organizationId", year, "endYear", kind
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "parentId" uuid, "organizationId" uuid,
                year int, "endYear" int, kind text)
         ON CONFLICT (id) DO UPDATE SET year = EXCLUDED.year, end_year = EXCLUDED.end_year, kind = EXCLUDED.kind`,
        [JSON.stringify(campaigns)],
      );
    return campaigns;
  }

  private post<T>(url: string, payload: unknown): Promise<T> {
    return postInternal<T>(url, payload, this.internalSecret, { timeoutMs: 30_000 });
  }
}
