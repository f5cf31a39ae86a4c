import { COUNTED_STAGE_FIELDS } from '@laurel/contracts';
import { accessibleSql, type AppAbility } from '@laurel/auth';
import { preparedQuery } from '@laurel/db';
import type { DataSource } from 'typeorm';
import type { ComplianceRow, DistinctionCount, NominationTotals, OrgReport } from './dto/report.output';

const STAGE_FIELDS: Record<string, keyof NominationTotals> = COUNTED_STAGE_FIELDS;

export function emptyTotals(): NominationTotals {
  return {
    registered: 0,
    proposed: 0,
    underReview: 0,
    councilApproved: 0,
    councilRejected: 0,
    recognized: 0,
    escalated: 0,
    revoked: 0,
    collectives: 0,
    individuals: 0,
  };
}

/** Adds a `cascade_total.counts` map (`STAGE|TARGET` → nominations) to the totals. */
function addCounts(totals: NominationTotals, counts: Record<string, number> | null): void {
  for (const [key, count] of Object.entries(counts ?? {})) {
    const [stage = '', target] = key.split('|');
    const field = STAGE_FIELDS[stage];
    if (field) totals[field] += count;
    // Withdrawn ones count nowhere; revoked ones under `revoked` only (SPEC 8).
    if (stage !== 'WITHDRAWN' && stage !== 'REVOKED') {
      if (target === 'COLLECTIVE') totals.collectives += count;
      else totals.individuals += count;
    }
  }
}

/** `:name` parameters of `accessibleSql`, renumbered as `$n` after the first `offset` ones. */
function positional(sql: string, params: Record<string, unknown>, offset: number): [string, unknown[]] {
  const values: unknown[] = [];
  const numbered = sql.replace(
    /:(\.\.\.)?(casl_\d+_\d+)\b/g,
    (_match, spread: string | undefined, name: string) => {
      if (spread || !(name in params)) throw new Error(`cannot pass ability parameter ${name} positionally`);
      values.push(params[name]);
      return `$${offset + values.length}`;
    },
  );
  return [numbered, values];
}

interface ReportRow {
  /** The organization, when it exists and the caller may read its reports. */
  id: string | null;
  name: string | null;
  /** Its cascade totals, and those of organizations merged into it from elsewhere. */
  own: [Record<string, number>, Record<string, number>][];
  /** Each child (not merged away) in display order, its name, its cascade totals (null: none yet). */
  children: [string, string, Record<string, number> | null][];
}

/**
 * docs/API.md §3's counting rules over the folded cascade totals (fold.ts): a nomination counts once under
 * its current stage, for its submitting organization and every ancestor (the subtree, merged
 * predecessors included), for its campaign and every ancestor campaign (the cascade). A report
 * reads one `cascade_total` row for the organization (plus one per organization merged into it
 * from elsewhere) and one per child, by primary key, in one statement.
 */
export class ReportService {
  constructor(private readonly db: DataSource) {}

  /**
   * The report, or undefined when this copy of the directory has no such organization or the
   * caller may not read its reports (the access rule is part of the statement).
   */
  async report(
    ability: AppAbility,
    organizationId: string,
    campaignId: string,
  ): Promise<OrgReport | undefined> {
    const rule = accessibleSql(ability, 'read', 'Report', { orgPath: 'o.path' });
    const [access, accessParams] = positional(rule.sql, rule.params, 2);
    // Prepared: planning this statement (with the row-level security policies) cost more than
    // running it.
    const [row] = await preparedQuery<ReportRow>(
      this.db,
      `WITH RECURSIVE org AS (
         SELECT o.id, o.path, o.name FROM reporting.directory_organization o WHERE o.id = $1 AND (${access})),
       scope(id) AS (
         SELECT id FROM org
         UNION ALL
         SELECT merged.id FROM scope CROSS JOIN LATERAL (
           SELECT d.id FROM reporting.directory_organization d
            WHERE d.merged_into_id = scope.id AND NOT d.path <@ (SELECT path FROM org)) AS merged)
       SELECT (SELECT id FROM org) AS id, (SELECT name FROM org) AS name,
              (SELECT coalesce(json_agg(json_build_array(t.counts, t.codes)), '[]')
                 FROM scope JOIN reporting.cascade_total t ON t.organization_id = scope.id AND t.campaign_id = $2) AS own,
              (SELECT coalesce(json_agg(json_build_array(c.id, c.name, t.counts) ORDER BY c.name COLLATE "reporting"."vi", c.id), '[]')
                 FROM org JOIN reporting.directory_organization c ON c.parent_id = org.id AND c.merged_into_id IS NULL
                 LEFT JOIN reporting.cascade_total t ON t.organization_id = c.id AND t.campaign_id = $2) AS children`,
      [organizationId, campaignId, ...accessParams],
    );
    if (!row?.id) return undefined;
    const totals = emptyTotals();
    const byCode = new Map<string, number>();
    for (const [counts, codes] of row.own) {
      addCounts(totals, counts);
      for (const [code, count] of Object.entries(codes)) byCode.set(code, (byCode.get(code) ?? 0) + count);
    }
    const byDistinction: DistinctionCount[] = [...byCode.entries()]
      .filter(([, count]) => count > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, count]) => ({ distinction: { code }, count }));
    return {
      organization: { id: row.id, name: row.name ?? undefined },
      campaign: { id: campaignId },
      totals,
      byDistinction,
      children: row.children.map(([id, name, counts]) => {
        const childTotals = emptyTotals();
        addCounts(childTotals, counts);
        return { organization: { id, name }, totals: childTotals };
      }),
    };
  }
}

export interface CampaignTerms {
  /** Who launched it and its status: whether the caller may read it at all. */
  organizationId: string;
  status: string;
  registrationDeadline: string;
  proposalDeadline: string;
  quotas: { organizationId: string | null; groupId: string | null; min: number; max: number }[];
}

export const PROPOSED_OR_FURTHER = [
  'PROPOSED',
  'UNDER_REVIEW',
  'COUNCIL_APPROVED',
  'COUNCIL_REJECTED',
  'RECOGNIZED',
  'ESCALATED',
];

/** Per child organization: what its subtree registered and proposed in the campaign's cascade. */
export async function compliance(
  db: DataSource,
  organization: { id: string; path: string },
  campaignId: string,
  terms: CampaignTerms,
  now = new Date(),
): Promise<ComplianceRow[]> {
  const rows = (await db.query(
    `WITH RECURSIVE cascade(id) AS (
       SELECT CAST($2 AS uuid)
       UNION SELECT r.id FROM reporting.campaign_ref r JOIN cascade ON r.parent_id = cascade.id)
     SELECT c.id, coalesce(sum(n.count) FILTER (WHERE n.stage <> 'WITHDRAWN'), 0)::int AS registered,
            coalesce(sum(n.count) FILTER (WHERE n.stage = ANY($3::text[])), 0)::int AS proposed
       FROM reporting.directory_organization c
       LEFT JOIN reporting.directory_organization d ON d.path <@ c.path
       LEFT JOIN reporting.nomination_count n
              ON n.organization_id = d.id AND n.campaign_id IN (SELECT id FROM cascade)
      WHERE c.parent_id = $1 AND c.merged_into_id IS NULL
      GROUP BY c.id, c.name
      ORDER BY c.name COLLATE "reporting"."vi", c.id`,
    [organization.id, campaignId, PROPOSED_OR_FURTHER],
  )) as { id: string; registered: number; proposed: number }[];
  const registrationPassed = now.getTime() > Date.parse(terms.registrationDeadline);
  const proposalPassed = now.getTime() > Date.parse(terms.proposalDeadline);
  return rows.map((r) => {
    const quota = terms.quotas.find((q) => q.organizationId === r.id) ?? null;
    const onTime = (!registrationPassed || r.registered > 0) && (!proposalPassed || r.proposed > 0);
    return {
      organization: { id: r.id },
      registered: r.registered,
      proposed: r.proposed,
      quotaMin: quota?.min ?? null,
      quotaMax: quota?.max ?? null,
      onTime,
      withinQuota: !quota || (r.registered >= quota.min && r.registered <= quota.max),
    };
  });
}
