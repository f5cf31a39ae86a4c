import { internalUrl, postInternal } from '@laurel/auth';
import type { DataSource } from 'typeorm';
import { lockForRefold, refoldIn } from './fold';
import { ROLLUP_LOCK } from './locks';

interface SourceState {
  nominationId: string;
  campaignId: string;
  submittingOrganizationId: string;
  target: string;
  distinctionCode: string;
  stage: string;
  published: boolean;
}

export interface RollupDifference {
  key: string;
  incremental: number;
  rebuilt: number;
}

const keyOf = (s: {
  organizationId: string;
  campaignId: string;
  stage: string;
  target: string;
  code: string;
}) => `${s.organizationId}|${s.campaignId}|${s.stage}|${s.target}|${s.code}`;

/**
 * Recomputes the counters from the nominations subgraph's current state (the source of truth),
 * compares them with the incrementally maintained ones and, with `write`, replaces them in one
 * transaction. Events consumed afterwards still apply: each moves a nomination from the state the
 * rebuild wrote to its own, so an event already reflected changes nothing.
 */
export async function rebuildRollups(
  db: DataSource,
  options: { nominationsUrl: string; internalSecret: string; write: boolean },
): Promise<{ nominations: number; differences: RollupDifference[] }> {
  return db.transaction(async (m) => {
    // The consumer waits while the source is read and the counters compared or replaced: an
    // event it applied after the read would otherwise be overwritten by the older snapshot.
    if (options.write) await lockForRefold(m);
    else await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [ROLLUP_LOCK]);
    const url = internalUrl(options.nominationsUrl, 'nomination-states');
    const states: SourceState[] = [];
    let after: string | null = null;
    for (;;) {
      const { rows }: { rows: SourceState[] } = await postInternal(
        url,
        { after, limit: 5_000 },
        options.internalSecret,
        { timeoutMs: 60_000 },
      );
      states.push(...rows);
      if (rows.length < 5_000) break;
      after = rows.at(-1)!.nominationId;
    }
    const rebuilt = new Map<string, number>();
    for (const s of states) {
      const key = keyOf({
        organizationId: s.submittingOrganizationId,
        campaignId: s.campaignId,
        stage: s.stage,
        target: s.target,
        code: s.distinctionCode,
      });
      rebuilt.set(key, (rebuilt.get(key) ?? 0) + 1);
    }

    const current = (await m.query(
      `SELECT organization_id AS "organizationId", campaign_id AS "campaignId", stage, target,
              distinction_code AS code, count FROM reporting.nomination_count WHERE count <> 0`,
    )) as {
      organizationId: string;
      campaignId: string;
      stage: string;
      target: string;
      code: string;
      count: number;
    }[];
    const incremental = new Map(current.map((c) => [keyOf(c), c.count]));
    const differences: RollupDifference[] = [];
    for (const key of new Set([...incremental.keys(), ...rebuilt.keys()])) {
      const a = incremental.get(key) ?? 0;
      const b = rebuilt.get(key) ?? 0;
      if (a !== b) differences.push({ key, incremental: a, rebuilt: b });
    }
    if (options.write) {
      await m.query(`DELETE FROM reporting.nomination_count`);
      await m.query(`DELETE FROM reporting.nomination_state`);
      const json = JSON.stringify(states);
      await m.query(
        `INSERT INTO reporting.nomination_state (nomination_id, campaign_id, organization_id, target, distinction_code, stage, published)
         SELECT "nominationId", "campaignId", "submittingOrganizationId", target, "distinctionCode", stage, coalesce(published, false)
           FROM jsonb_to_recordset($1::jsonb) AS r("nominationId" uuid, "campaignId" uuid, "submittingOrganizationId" uuid,
                target text, "distinctionCode" text, stage text, published boolean)`,
        [json],
      );
      await m.query(
        `INSERT INTO reporting.nomination_count (organization_id, campaign_id, stage, target, distinction_code, count)
         SELECT organization_id, campaign_id, stage, target, distinction_code, count(*)::int
           FROM reporting.nomination_state GROUP BY 1, 2, 3, 4, 5`,
      );
      await refoldIn(m);
    }
    return { nominations: states.length, differences };
  });
}
