import type { DataSource, EntityManager } from 'typeorm';
import { asSystem } from '@laurel/db';
import { FOLD_LOCK, ROLLUP_LOCK } from './locks';

/**
 * `campaign_up(campaign_id, ancestor_id)`: each campaign `base` names (a query of `campaign_id`s),
 * with itself and every ancestor campaign: the cascades a change of its counters belongs to.
 */
const campaignUp = (base: string) => `campaign_up(campaign_id, ancestor_id) AS (
    SELECT campaign_id, campaign_id FROM (${base}) AS base
    UNION
    SELECT u.campaign_id, c.parent_id FROM campaign_up u JOIN reporting.campaign_ref c ON c.id = u.ancestor_id
     WHERE c.parent_id IS NOT NULL)`;

/**
 * From `cells(organization_id, campaign_id, stage, target, distinction_code, delta)`, keyed by the
 * organization and the campaign they summarize: `cascade_rows(organization_id, campaign_id,
 * counts, codes)`, one per organization and campaign, the shape of `cascade_total` (zeros left out).
 * `codes` leaves out withdrawn and revoked nominations (SPEC 8: a revoked one counts under
 * `revoked` only).
 */
const CASCADE_ROWS = `keyed AS (
    SELECT organization_id, campaign_id, false AS code, stage || '|' || target AS key, sum(delta)::int AS n
      FROM cells GROUP BY 1, 2, 4
    UNION ALL
    SELECT organization_id, campaign_id, true, distinction_code, sum(delta)::int
      FROM cells WHERE stage NOT IN ('WITHDRAWN', 'REVOKED') GROUP BY 1, 2, 4),
  cascade_rows AS (
    SELECT organization_id, campaign_id,
           coalesce(jsonb_object_agg(key, n) FILTER (WHERE NOT code AND n <> 0), '{}') AS counts,
           coalesce(jsonb_object_agg(key, n) FILTER (WHERE code AND n <> 0), '{}') AS codes
      FROM keyed GROUP BY 1, 2 HAVING bool_or(n <> 0))`;

/**
 * Folds the per-organization counter changes (`count_delta`, written by the event consumer) into
 * every ancestor's subtree totals (`subtree_count`, per campaign) and cascade totals
 * (`cascade_total`, per campaign and every ancestor campaign), a batch at a time, so that no write
 * contends on the root's rows and a report reads a few rows whatever the subtree's size. A figure is at most one fold
 * interval behind its counters. When the tree moved under folded counters (an organization's path
 * is not the one it was folded under), the subtree totals are refolded from the counters.
 */
export class Folder {
  private lastFold = 0;
  private lastMoveCheck = 0;
  /** The directory copy's organizations cursor before the last comparison that found no move (see `moved`). */
  private comparedSince: string | null = null;
  private running: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly batch = 20_000,
  ) {}

  start(intervalMs: number): void {
    this.timer = setInterval(
      () => void this.run().catch((e: unknown) => console.error('[reporting] fold', e)),
      intervalMs,
    );
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Fold now unless that was done less than `maxAgeMs` ago. */
  async fresh(maxAgeMs: number): Promise<void> {
    if (Date.now() - this.lastFold <= maxAgeMs) return;
    await this.run();
  }

  /** Folds what is pending; `checkMoves` looks for moved organizations now, not every 2 s. */
  async run(options: { checkMoves?: boolean } = {}): Promise<void> {
    await this.running?.catch(() => undefined);
    // The service's own work, whoever's request asked for it (row-level security).
    this.running ??= asSystem(() => this.foldAll(options.checkMoves ?? false)).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async foldAll(checkMoves: boolean): Promise<void> {
    const startedAt = Date.now();
    // A fold must never record a new path over an old one: deltas of a moved organization
    // mean the totals above its old place are stale, so everything is refolded instead.
    const periodic = checkMoves || Date.now() - this.lastMoveCheck > 2_000;
    if (periodic) this.lastMoveCheck = Date.now();
    const pending = await this.pending();
    if (pending.moved || (periodic && (await this.moved(checkMoves)))) {
      await this.refold();
      this.lastFold = startedAt;
      return;
    }
    // Nothing pending: no transaction (the folder polls every EVENTS_POLL_MS).
    if (pending.deltas) while ((await this.foldBatch()) === this.batch);
    this.lastFold = startedAt;
  }

  /** One batch of deltas into the subtree totals; returns how many deltas it took. */
  async foldBatch(): Promise<number> {
    return this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [FOLD_LOCK]);
      const [{ taken }] = (await m.query(
        `WITH RECURSIVE d AS (
           DELETE FROM reporting.count_delta WHERE id IN (
             SELECT id FROM reporting.count_delta ORDER BY id LIMIT $1)
           RETURNING organization_id, campaign_id, stage, target, distinction_code, delta),
         agg AS (
           SELECT organization_id, campaign_id, stage, target, distinction_code, sum(delta)::int AS delta, count(*) AS n
             FROM d GROUP BY 1, 2, 3, 4, 5),
         anc AS (
           SELECT a.id AS ancestor, agg.campaign_id, agg.stage, agg.target, agg.distinction_code, agg.delta
             FROM agg
             JOIN reporting.directory_organization o ON o.id = agg.organization_id
             JOIN reporting.directory_organization a ON a.path @> o.path),
         up AS (
           INSERT INTO reporting.subtree_count (organization_id, campaign_id, stage, target, distinction_code, count)
           SELECT ancestor, campaign_id, stage, target, distinction_code, sum(delta)::int FROM anc GROUP BY 1, 2, 3, 4, 5
           ON CONFLICT (organization_id, campaign_id, stage, target, distinction_code)
           DO UPDATE SET count = reporting.subtree_count.count + EXCLUDED.count
           RETURNING 1),
         ${campaignUp('SELECT DISTINCT campaign_id FROM agg')},
         cells AS (
           SELECT anc.ancestor AS organization_id, u.ancestor_id AS campaign_id, anc.stage, anc.target,
                  anc.distinction_code, anc.delta
             FROM anc JOIN campaign_up u ON u.campaign_id = anc.campaign_id),
         ${CASCADE_ROWS},
         cascades AS (
           INSERT INTO reporting.cascade_total (organization_id, campaign_id, counts, codes)
           SELECT organization_id, campaign_id, counts, codes FROM cascade_rows
           ON CONFLICT (organization_id, campaign_id) DO UPDATE
           SET counts = reporting.jsonb_add(reporting.cascade_total.counts, EXCLUDED.counts),
               codes = reporting.jsonb_add(reporting.cascade_total.codes, EXCLUDED.codes)
           RETURNING 1),
         paths AS (
           INSERT INTO reporting.folded_path (organization_id, path)
           SELECT DISTINCT o.id, o.path::text FROM agg JOIN reporting.directory_organization o ON o.id = agg.organization_id
           -- The first path stays until a refold: a later move is seen as a difference.
           ON CONFLICT (organization_id) DO NOTHING
           RETURNING 1)
         SELECT coalesce((SELECT sum(n) FROM agg), 0)::int AS taken,
                (SELECT count(*) FROM up) + (SELECT count(*) FROM cascades) + (SELECT count(*) FROM paths) AS written`,
        [this.batch],
      )) as [{ taken: number }];
      return taken;
    });
  }

  /** Whether deltas wait to be folded, and whether any of them is of a moved organization. */
  private async pending(): Promise<{ deltas: boolean; moved: boolean }> {
    const [row] = (await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM reporting.count_delta) AS deltas,
              EXISTS (SELECT 1 FROM reporting.count_delta d
                        JOIN reporting.folded_path f ON f.organization_id = d.organization_id
                        JOIN reporting.directory_organization o ON o.id = d.organization_id
                       WHERE o.path::text <> f.path) AS moved`,
    )) as { deltas: boolean; moved: boolean }[];
    return row ?? { deltas: true, moved: false };
  }

  /**
   * Whether an organization moved under folded counters. Comparing every folded path reads the
   * whole directory copy (a few hundred milliseconds at national scale), so after a comparison
   * that found nothing, the next one looks only at the copy's rows stamped at or after the feed's
   * cursor as it was then (`force` compares them all): an organization's path changes only through
   * that feed, and a row it applies later comes from a catch-up that started at or after that
   * cursor, so its `xid` is not older.
   */
  private async moved(force: boolean): Promise<boolean> {
    // Read before comparing, so that nothing applied meanwhile is left out of the next look.
    const [cursor] = (await this.db.query(
      `SELECT since::text FROM reporting.directory_cursor WHERE feed = 'organizations'`,
    )) as { since: string }[];
    const from = force ? null : this.comparedSince;
    const differs = `o.path::text <> f.path`;
    const rows = (await this.db.query(
      `SELECT 1 FROM reporting.directory_organization o JOIN reporting.folded_path f ON f.organization_id = o.id
        WHERE ${from === null ? differs : `o.xid >= $1::bigint AND ${differs}`} LIMIT 1`,
      from === null ? [] : [from],
    )) as unknown[];
    // After a refold the next comparison is a whole one again.
    this.comparedSince = rows.length > 0 ? null : (cursor?.since ?? null);
    return rows.length > 0;
  }

  /** Recomputes every subtree and cascade total from the per-organization counters (after a move). */
  async refold(): Promise<void> {
    await this.db.transaction(async (m: EntityManager) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [FOLD_LOCK]);
      // The consumer waits: counters and deltas must not move while they are refolded.
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [ROLLUP_LOCK]);
      await refoldIn(m);
    });
  }
}

/** Takes both locks, fold's first (the order every holder of both uses). */
export async function lockForRefold(m: Pick<EntityManager, 'query'>): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [FOLD_LOCK]);
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [ROLLUP_LOCK]);
}

/** Subtree and cascade totals from the counters, in the caller's transaction (which holds both locks). */
export async function refoldIn(m: Pick<EntityManager, 'query'>): Promise<void> {
  await m.query(`DELETE FROM reporting.count_delta`);
  await m.query(`DELETE FROM reporting.subtree_count`);
  await m.query(`DELETE FROM reporting.cascade_total`);
  // The ancestors are the labels of the path (ids without hyphens): read off it rather than
  // joined through the path index, which at national scale (a million counters) is 4× slower.
  await m.query(
    `INSERT INTO reporting.subtree_count (organization_id, campaign_id, stage, target, distinction_code, count)
     SELECT a.label::uuid, n.campaign_id, n.stage, n.target, n.distinction_code, sum(n.count)::int
       FROM reporting.nomination_count n
       JOIN reporting.directory_organization o ON o.id = n.organization_id
       CROSS JOIN LATERAL unnest(string_to_array(o.path::text, '.')) AS a(label)
      WHERE n.count <> 0
      GROUP BY 1, 2, 3, 4, 5`,
  );
  // Each subtree total again under its campaign and every ancestor campaign.
  await m.query(
    `INSERT INTO reporting.cascade_total (organization_id, campaign_id, counts, codes)
     WITH RECURSIVE ${campaignUp('SELECT DISTINCT campaign_id FROM reporting.subtree_count')},
     cells AS (
       SELECT t.organization_id, u.ancestor_id AS campaign_id, t.stage, t.target, t.distinction_code, t.count AS delta
         FROM reporting.subtree_count t JOIN campaign_up u ON u.campaign_id = t.campaign_id
        WHERE t.count <> 0),
     ${CASCADE_ROWS}
     SELECT organization_id, campaign_id, counts, codes FROM cascade_rows`,
  );
  await m.query(`DELETE FROM reporting.folded_path`);
  await m.query(
    `INSERT INTO reporting.folded_path (organization_id, path)
     SELECT DISTINCT o.id, o.path::text FROM reporting.nomination_count n
       JOIN reporting.directory_organization o ON o.id = n.organization_id`,
  );
}

/**
 * Subtree and cascade totals that differ from the counters they summarize, less the deltas not
 * folded yet (none, once folded). One snapshot sees the counters and the pending deltas the
 * consumer wrote with them, and the totals the folder moved them into, so events applied meanwhile
 * are no difference.
 */
export async function subtreeDifferences(db: DataSource): Promise<string[]> {
  const folded = `SELECT organization_id, campaign_id, stage, target, distinction_code, count
                    FROM reporting.nomination_count
                  UNION ALL
                  SELECT organization_id, campaign_id, stage, target, distinction_code, -delta
                    FROM reporting.count_delta`;
  const subtree = (await db.query(
    `WITH expected AS (
       SELECT a.id AS organization_id, n.campaign_id, n.stage, n.target, n.distinction_code, sum(n.count)::int AS count
         FROM (${folded}) n
         JOIN reporting.directory_organization o ON o.id = n.organization_id
         JOIN reporting.directory_organization a ON a.path @> o.path
        GROUP BY 1, 2, 3, 4, 5),
     actual AS (SELECT organization_id, campaign_id, stage, target, distinction_code, count FROM reporting.subtree_count)
     SELECT concat_ws('|', organization_id, campaign_id, stage, target, distinction_code) || ': ' ||
            coalesce(a.count, 0) || ' folded, ' || coalesce(e.count, 0) || ' expected' AS difference
       FROM expected e FULL JOIN actual a USING (organization_id, campaign_id, stage, target, distinction_code)
      WHERE coalesce(e.count, 0) <> coalesce(a.count, 0)
      LIMIT 50`,
  )) as { difference: string }[];
  const cascade = (await db.query(
    `WITH RECURSIVE ${campaignUp('SELECT DISTINCT campaign_id FROM reporting.nomination_count')},
     cells AS (
       SELECT a.id AS organization_id, u.ancestor_id AS campaign_id, n.stage, n.target, n.distinction_code,
              n.count AS delta
         FROM (${folded}) n
         JOIN reporting.directory_organization o ON o.id = n.organization_id
         JOIN reporting.directory_organization a ON a.path @> o.path
         JOIN campaign_up u ON u.campaign_id = n.campaign_id),
     ${CASCADE_ROWS}
     SELECT concat_ws('|', 'cascade', organization_id, campaign_id) || ': ' ||
            concat_ws(' ', coalesce(a.counts, '{}'), coalesce(a.codes, '{}')) || ' folded, ' ||
            concat_ws(' ', coalesce(e.counts, '{}'), coalesce(e.codes, '{}')) || ' expected' AS difference
       FROM cascade_rows e FULL JOIN reporting.cascade_total a USING (organization_id, campaign_id)
      WHERE coalesce(e.counts, '{}') <> coalesce(a.counts, '{}') OR coalesce(e.codes, '{}') <> coalesce(a.codes, '{}')
      LIMIT 50`,
  )) as { difference: string }[];
  return [...subtree, ...cascade].map((r) => r.difference);
}
