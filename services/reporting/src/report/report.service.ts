import { isId } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { ComplianceRow, DistinctionCount, NominationTotals, OrgReport } from './dto/report.output';

interface CountRow {
  child: string | null;
  stage: string;
  target: string;
  code: string;
  count: number;
}

const STAGE_FIELDS: Record<string, keyof NominationTotals> = {
  REGISTERED: 'registered',
  PROPOSED: 'proposed',
  UNDER_REVIEW: 'underReview',
  COUNCIL_APPROVED: 'councilApproved',
  COUNCIL_REJECTED: 'councilRejected',
  RECOGNIZED: 'recognized',
  ESCALATED: 'escalated',
};

export function emptyTotals(): NominationTotals {
  return {
    registered: 0,
    proposed: 0,
    underReview: 0,
    councilApproved: 0,
    councilRejected: 0,
    recognized: 0,
    escalated: 0,
    collectives: 0,
    individuals: 0,
  };
}

function add(totals: NominationTotals, row: CountRow): void {
  const field = STAGE_FIELDS[row.stage];
  if (field) totals[field] += row.count;
  if (row.stage !== 'WITHDRAWN') {
    if (row.target === 'COLLECTIVE') totals.collectives += row.count;
    else totals.individuals += row.count;
  }
}

/**
 * SPEC 3's counting rules over the per-organization counters: a nomination counts once under its
 * current stage, for its submitting organization and every ancestor (the subtree, merged
 * predecessors included), for its campaign and every ancestor campaign (the cascade).
 */
export class ReportService {
  constructor(private readonly db: DataSource) {}

  async report(organization: { id: string; path: string }, campaignId: string): Promise<OrgReport | null> {
    if (!isId(campaignId)) return null;
    // Folded subtree totals: the organization's own row (plus those of organizations merged into
    // it from elsewhere) and each child's, for every campaign of the cascade; a few rows each.
    // First the ids (the cascade's campaigns; the organization with what merged into it from
    // elsewhere; its children), then the totals by primary key: one predicate per column, so the
    // rows are found through the index whatever the size of the table.
    const [ids] = (await this.db.query(
      `WITH RECURSIVE cascade(id) AS (
         SELECT CAST($2 AS uuid)
         UNION SELECT c.id FROM reporting.campaign_ref c JOIN cascade ON c.parent_id = cascade.id),
       scope(id) AS (
         SELECT CAST($3 AS uuid)
         UNION ALL
         SELECT d.id FROM reporting.directory_organization d JOIN scope s ON d.merged_into_id = s.id
          WHERE d.merged_into_id IS NOT NULL AND NOT d.path <@ CAST($1 AS ltree))
       SELECT ARRAY(SELECT id::text FROM cascade) AS campaigns,
              ARRAY(SELECT id::text FROM scope) AS scope,
              ARRAY(SELECT id::text FROM reporting.directory_organization
                     WHERE parent_id = $3 AND merged_into_id IS NULL) AS children`,
      [organization.path, campaignId, organization.id],
    )) as { campaigns: string[]; scope: string[]; children: string[] }[];
    const rows = (await this.db.query(
      `SELECT CASE WHEN t.organization_id = ANY($3::uuid[])
                   THEN replace(t.organization_id::text, '-', '') END AS child,
              t.stage, t.target, t.distinction_code AS code, sum(t.count)::int AS count
         FROM reporting.subtree_count t
        WHERE t.organization_id = ANY($1::uuid[]) AND t.campaign_id = ANY($2::uuid[]) AND t.count <> 0
        GROUP BY 1, 2, 3, 4`,
      [[...(ids?.scope ?? []), ...(ids?.children ?? [])], ids?.campaigns ?? [], ids?.children ?? []],
    )) as CountRow[];
    const totals = emptyTotals();
    const byCode = new Map<string, number>();
    const byChild = new Map<string, NominationTotals>();
    for (const row of rows) {
      if (row.child) {
        const t = byChild.get(row.child) ?? emptyTotals();
        add(t, row);
        byChild.set(row.child, t);
        continue;
      }
      add(totals, row);
      if (row.stage !== 'WITHDRAWN') byCode.set(row.code, (byCode.get(row.code) ?? 0) + row.count);
    }
    const children = (await this.db.query(
      `SELECT id, replace(id::text, '-', '') AS label FROM reporting.directory_organization
        WHERE parent_id = $1 AND merged_into_id IS NULL
        ORDER BY name COLLATE "reporting"."vi", id`,
      [organization.id],
    )) as { id: string; label: string }[];
    const byDistinction: DistinctionCount[] = [...byCode.entries()]
      .filter(([, count]) => count > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, count]) => ({ distinction: { code }, count }));
    return {
      organization: { id: organization.id },
      campaign: { id: campaignId },
      totals,
      byDistinction,
      children: children.map((c) => ({
        organization: { id: c.id },
        totals: byChild.get(c.label) ?? emptyTotals(),
      })),
    };
  }
}

export interface CampaignTerms {
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
