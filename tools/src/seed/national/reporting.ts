import { rebuildRollupsIn } from '@laurel/reporting';
import type { Client } from 'pg';

/**
 * Reporting's rollups, rebuilt from the nominations' state in the caller's transaction (as
 * `npm run rollups:rebuild` does), since the seed writes no outbox event.
 */
export async function rebuildReportingRollups(
  client: Client,
  rows: Record<string, number>,
  log: (line: string) => void,
): Promise<void> {
  const t = Date.now();
  const rebuilt = await rebuildRollupsIn(
    // Any client with TypeORM's `query` shape: rows back, typed by the caller.
    {
      query: async <T>(sql: string, params?: unknown[]): Promise<T> =>
        (await client.query(sql, params)).rows as T,
    },
    {
      sql: `SELECT id, campaign_id, submitting_organization_id, target, distinction_code, stage, published
              FROM nominations.nomination`,
    },
    true,
  );
  rows['reporting rollups (nominations)'] = rebuilt.nominations;
  log(
    `reporting rollups rebuilt from ${rebuilt.nominations.toLocaleString('en')} nominations in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
}
