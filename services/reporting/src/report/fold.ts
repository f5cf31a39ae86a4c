import type { DataSource, EntityManager } from 'typeorm';
import { asSystem } from '@laurel/db';
import { FOLD_LOCK, ROLLUP_LOCK } from './locks';

/**
 * Folds the per-organization counter changes (`count_delta`, written by the event consumer) into
 * every ancestor's subtree totals, a batch at a time, so that no write contends on the root's
 * rows and a report reads a few rows whatever the subtree's size. A figure is at most one fold
 * interval behind its counters. When the tree moved under folded counters (an organization's path
 * is not the one it was folded under), the subtree totals are refolded from the counters.
 */
export class Folder {
  private lastFold = 0;
  private lastMoveCheck = 0;
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
    if ((await this.pendingMoved()) || (periodic && (await this.moved()))) {
      await this.refold();
      this.lastFold = startedAt;
      return;
    }
    while ((await this.foldBatch()) === this.batch);
    this.lastFold = startedAt;
  }

  /** One batch of deltas into the subtree totals; returns how many deltas it took. */
  async foldBatch(): Promise<number> {
    return this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [FOLD_LOCK]);
      const [{ taken }] = (await m.query(
        `WITH d AS (
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
         paths AS (
           INSERT INTO reporting.folded_path (organization_id, path)
           SELECT DISTINCT o.id, o.path::text FROM agg JOIN reporting.directory_organization o ON o.id = agg.organization_id
           -- The first path stays until a refold: a later move is seen as a difference.
           ON CONFLICT (organization_id) DO NOTHING
           RETURNING 1)
         SELECT coalesce((SELECT sum(n) FROM agg), 0)::int AS taken,
                (SELECT count(*) FROM up) + (SELECT count(*) FROM paths) AS written`,
        [this.batch],
      )) as [{ taken: number }];
      return taken;
    });
  }

  private async pendingMoved(): Promise<boolean> {
    const rows = (await this.db.query(
      `SELECT 1 FROM reporting.count_delta d
         JOIN reporting.folded_path f ON f.organization_id = d.organization_id
         JOIN reporting.directory_organization o ON o.id = d.organization_id
        WHERE o.path::text <> f.path LIMIT 1`,
    )) as unknown[];
    return rows.length > 0;
  }

  private async moved(): Promise<boolean> {
    const rows = (await this.db.query(
      `SELECT 1 FROM reporting.folded_path f JOIN reporting.directory_organization o ON o.id = f.organization_id
        WHERE o.path::text <> f.path LIMIT 1`,
    )) as unknown[];
    return rows.length > 0;
  }

  /** Recomputes every subtree total from the per-organization counters (after a move). */
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

/** Subtree totals from the counters, in the caller's transaction (which holds both locks). */
export async function refoldIn(m: Pick<EntityManager, 'query'>): Promise<void> {
  await m.query(`DELETE FROM reporting.count_delta`);
  await m.query(`DELETE FROM reporting.subtree_count`);
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
  await m.query(`DELETE FROM reporting.folded_path`);
  await m.query(
    `INSERT INTO reporting.folded_path (organization_id, path)
     SELECT DISTINCT o.id, o.path::text FROM reporting.nomination_count n
       JOIN reporting.directory_organization o ON o.id = n.organization_id`,
  );
}

/** Subtree totals that differ from the counters they summarize (none, once folded). */
export async function subtreeDifferences(db: DataSource): Promise<string[]> {
  const rows = (await db.query(
    `WITH expected AS (
       SELECT a.id AS organization_id, n.campaign_id, n.stage, n.target, n.distinction_code, sum(n.count)::int AS count
         FROM reporting.nomination_count n
         JOIN reporting.directory_organization o ON o.id = n.organization_id
         JOIN reporting.directory_organization a ON a.path @> o.path
        GROUP BY 1, 2, 3, 4, 5),
     actual AS (SELECT organization_id, campaign_id, stage, target, distinction_code, count FROM reporting.subtree_count)
     SELECT concat_ws('|', coalesce(e.organization_id, a.organization_id), coalesce(e.campaign_id, a.campaign_id),
                      coalesce(e.stage, a.stage), coalesce(e.target, a.target),
                      coalesce(e.distinction_code, a.distinction_code)) || ': ' ||
            coalesce(a.count, 0) || ' folded, ' || coalesce(e.count, 0) || ' expected' AS difference
       FROM expected e FULL JOIN actual a USING (organization_id, campaign_id, stage, target, distinction_code)
      WHERE coalesce(e.count, 0) <> coalesce(a.count, 0)
      LIMIT 50`,
  )) as { difference: string }[];
  return rows.map((r) => r.difference);
}
