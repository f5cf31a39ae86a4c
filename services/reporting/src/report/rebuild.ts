import type { RouteRequest, RouteResponse } from '@laurel/contracts';
import { internalUrl, postInternal } from '@laurel/auth';
import type { DataSource, EntityManager } from 'typeorm';
import { lockForRefold, refoldIn } from './fold';
import { ROLLUP_LOCK } from './locks';

export interface RollupDifference {
  key: string;
  incremental: number;
  rebuilt: number;
}

/**
 * Where a rebuild reads the nominations' current state: the nominations subgraph's signed
 * `/internal/nomination-states` pages, or a SELECT of `(nomination_id, campaign_id, organization_id,
 * target, distinction_code, stage, published)` in the same database (`npm run seed:national`, which
 * wrote the nominations in the same transaction).
 */
export type RollupSource = { nominationsUrl: string; internalSecret: string } | { sql: string };

/** What a rebuild needs of a transaction: TypeORM's manager, or any client with the same `query`. */
export type Queryable = Pick<EntityManager, 'query'>;

/** At most this many differences are returned (`differenceCount` has them all). */
const MAX_DIFFERENCES = 1_000;

/**
 * Recomputes the counters from the nominations subgraph's current state (the source of truth),
 * compares them with the incrementally maintained ones and, with `write`, replaces them in one
 * transaction. Events consumed afterwards still apply: each moves a nomination from the state the
 * rebuild wrote to its own, so an event already reflected changes nothing.
 */
export async function rebuildRollups(
  db: DataSource,
  options: RollupSource & { write: boolean },
): Promise<{ nominations: number; differences: RollupDifference[]; differenceCount: number }> {
  return db.transaction((m) => rebuildRollupsIn(m, options, options.write));
}

/**
 * The rebuild in the caller's transaction. The source is staged in a temporary table a page at a
 * time and compared in SQL, so a national rebuild (a million nominations) holds no page list in
 * memory and never sends them back as one parameter.
 */
export async function rebuildRollupsIn(
  m: Queryable,
  source: RollupSource,
  write: boolean,
): Promise<{ nominations: number; differences: RollupDifference[]; differenceCount: number }> {
  // A rebuild reads and rewrites every counter: at national scale its statements outlast the
  // service's default bound.
  await m.query(`SET LOCAL statement_timeout = 0`);
  // The consumer waits while the source is read and the counters compared or replaced: an
  // event it applied after the read would otherwise be overwritten by the older snapshot.
  if (write) await lockForRefold(m);
  else await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [ROLLUP_LOCK]);
  await m.query(
    `CREATE TEMP TABLE IF NOT EXISTS rebuild_state (nomination_id uuid, campaign_id uuid, organization_id uuid,
       target text, distinction_code text, stage text, published boolean) ON COMMIT DROP`,
  );
  await m.query(`TRUNCATE rebuild_state`);
  if ('sql' in source) {
    await m.query(`INSERT INTO rebuild_state ${source.sql}`);
  } else {
    const url = internalUrl(source.nominationsUrl, 'nomination-states');
    let after: string | null = null;
    for (;;) {
      const { rows }: RouteResponse<'nomination-states'> = await postInternal(
        url,
        { after, limit: 5_000 } satisfies RouteRequest<'nomination-states'>,
        source.internalSecret,
        { timeoutMs: 60_000 },
      );
      await m.query(
        `INSERT INTO rebuild_state
         SELECT "nominationId", "campaignId", "submittingOrganizationId", target, "distinctionCode", stage,
                coalesce(published, false)
           FROM jsonb_to_recordset($1::jsonb) AS r("nominationId" uuid, "campaignId" uuid,
                "submittingOrganizationId" uuid, target text, "distinctionCode" text, stage text, published boolean)`,
        [JSON.stringify(rows)],
      );
      if (rows.length < 5_000) break;
      after = rows.at(-1)!.nominationId;
    }
  }
  const [{ nominations }] = (await m.query(`SELECT count(*)::int AS nominations FROM rebuild_state`)) as [
    { nominations: number },
  ];
  // The key is `organization|campaign|stage|target|code`, as the verify route has always said.
  const differences = (await m.query(
    `WITH rebuilt AS (
       SELECT organization_id, campaign_id, stage, target, distinction_code, count(*)::int AS count
         FROM rebuild_state GROUP BY 1, 2, 3, 4, 5),
     incremental AS (
       SELECT organization_id, campaign_id, stage, target, distinction_code, count
         FROM reporting.nomination_count WHERE count <> 0)
     SELECT concat_ws('|', organization_id, campaign_id, stage, target, distinction_code) AS key,
            coalesce(i.count, 0) AS incremental, coalesce(r.count, 0) AS rebuilt, count(*) OVER ()::int AS total
       FROM rebuilt r FULL JOIN incremental i USING (organization_id, campaign_id, stage, target, distinction_code)
      WHERE coalesce(i.count, 0) <> coalesce(r.count, 0)
      ORDER BY 1 LIMIT $1`,
    [MAX_DIFFERENCES],
  )) as (RollupDifference & { total: number })[];
  if (write) {
    await m.query(`DELETE FROM reporting.nomination_count`);
    await m.query(`DELETE FROM reporting.nomination_state`);
    await m.query(
      `INSERT INTO reporting.nomination_state (nomination_id, campaign_id, organization_id, target, distinction_code, stage, published)
       SELECT nomination_id, campaign_id, organization_id, target, distinction_code, stage, coalesce(published, false)
         FROM rebuild_state`,
    );
    await m.query(
      `INSERT INTO reporting.nomination_count (organization_id, campaign_id, stage, target, distinction_code, count)
       SELECT organization_id, campaign_id, stage, target, distinction_code, count(*)::int
         FROM rebuild_state GROUP BY 1, 2, 3, 4, 5`,
    );
    await refoldIn(m);
  }
  return {
    nominations,
    differences: differences.map(({ key, incremental, rebuilt }) => ({ key, incremental, rebuilt })),
    differenceCount: differences[0]?.total ?? 0,
  };
}
