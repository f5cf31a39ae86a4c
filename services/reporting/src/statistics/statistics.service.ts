import type { DataSource } from 'typeorm';
import { PROPOSED_OR_FURTHER } from '../report/report.service';
import type {
  CampaignKindCounts,
  LaunchedCampaigns,
  TargetCounts,
  YearlyDistinctionFigures,
} from './dto/statistics.output';

/** What the campaigns subgraph counts (`/internal/campaign-counts`). */
export interface LaunchedCampaignCount {
  scope: 'OWN' | 'BELOW' | 'ABOVE';
  kind: string;
  count: number;
}

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

const PROPOSED = new Set(PROPOSED_OR_FURTHER);
const RECOGNIZED = new Set(['RECOGNIZED', 'ESCALATED']);

const noTargets = (): TargetCounts => ({ collectives: 0, individuals: 0 });
const noCampaigns = (): CampaignKindCounts => ({ annual: 0, thematic: 0, phase: 0, total: 0 });

const KIND_FIELDS: Record<string, keyof CampaignKindCounts> = {
  ANNUAL: 'annual',
  THEMATIC: 'thematic',
  PHASE: 'phase',
};

export function launchedCampaigns(counts: readonly LaunchedCampaignCount[]): LaunchedCampaigns {
  const result: LaunchedCampaigns = { own: noCampaigns(), below: noCampaigns(), above: noCampaigns() };
  for (const { scope, kind, count } of counts) {
    const bucket = scope === 'OWN' ? result.own : scope === 'BELOW' ? result.below : result.above;
    const field = KIND_FIELDS[kind];
    if (field) bucket[field] += count;
    bucket.total += count;
  }
  return result;
}

/**
 * Yearly figures from the folded subtree totals: the organization's row (and those of
 * organizations merged into it from elsewhere) for every campaign whose emulation year ends in
 * `year`, one row per stage, target and distinction. No nomination is read.
 */
export class StatisticsService {
  constructor(private readonly db: DataSource) {}

  async figures(
    organization: { id: string; path: string },
    year: number,
  ): Promise<YearlyDistinctionFigures[]> {
    const rows = (await this.db.query(
      `WITH RECURSIVE scope(id) AS (
         SELECT CAST($1 AS uuid)
         UNION ALL
         SELECT d.id FROM reporting.directory_organization d JOIN scope s ON d.merged_into_id = s.id
          WHERE NOT d.path <@ CAST($2 AS ltree))
       SELECT t.distinction_code AS code, t.target, t.stage, sum(t.count)::int AS count
         FROM reporting.campaign_ref c
         JOIN reporting.subtree_count t ON t.campaign_id = c.id
        WHERE c.end_year = $3 AND t.organization_id IN (SELECT id FROM scope) AND t.count <> 0
        GROUP BY 1, 2, 3`,
      [organization.id, organization.path, year],
    )) as { code: string; target: string; stage: string; count: number }[];
    const byCode = new Map<string, YearlyDistinctionFigures>();
    for (const row of rows) {
      if (row.stage === 'WITHDRAWN') continue;
      let figures = byCode.get(row.code);
      if (!figures) {
        figures = {
          distinction: { code: row.code },
          registered: noTargets(),
          proposed: noTargets(),
          recognized: noTargets(),
        };
        byCode.set(row.code, figures);
      }
      const field: keyof TargetCounts = row.target === 'COLLECTIVE' ? 'collectives' : 'individuals';
      figures.registered[field] += row.count;
      if (PROPOSED.has(row.stage)) figures.proposed[field] += row.count;
      if (RECOGNIZED.has(row.stage)) figures.recognized[field] += row.count;
    }
    return [...byCode.values()]
      .filter((f) => f.registered.collectives + f.registered.individuals > 0)
      .sort((a, b) => (a.distinction.code < b.distinction.code ? -1 : 1));
  }
}
