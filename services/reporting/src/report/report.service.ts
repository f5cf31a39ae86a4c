import { COUNTED_STAGE_FIELDS } from '@laurel/contracts';
import { subject, type AppAbility } from '@laurel/auth';
import { preparedScopedQuery } from '@laurel/db';
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

/** What a `cascade_total.counts` key (`STAGE|TARGET`) adds to: its stage's field, and collectives or individuals. */
interface CountKey {
  field: keyof NominationTotals | undefined;
  /** Withdrawn ones count nowhere; revoked ones under `revoked` only (SPEC 8). */
  kind: 'collectives' | 'individuals' | undefined;
}

/** The few keys there are (stages × targets), each split once. */
const countKeys = new Map<string, CountKey>();

function countKey(key: string): CountKey {
  let known = countKeys.get(key);
  if (!known) {
    const [stage = '', target] = key.split('|');
    known = {
      field: STAGE_FIELDS[stage],
      kind:
        stage === 'WITHDRAWN' || stage === 'REVOKED'
          ? undefined
          : target === 'COLLECTIVE'
            ? 'collectives'
            : 'individuals',
    };
    // Bounded: only keys the fold writes (a stage and a target) are kept.
    if (countKeys.size < 1_000) countKeys.set(key, known);
  }
  return known;
}

/** Adds a `cascade_total.counts` map (`STAGE|TARGET` → nominations) to the totals. */
function addCounts(totals: NominationTotals, counts: Record<string, number> | null): void {
  if (!counts) return;
  for (const key in counts) {
    const count = counts[key]!;
    const { field, kind } = countKey(key);
    if (field) totals[field] += count;
    if (kind) totals[kind] += count;
  }
}

interface ReportRow {
  /** The organization, when this copy of the directory has it. */
  report_id: string | null;
  report_path: string | null;
  report_name: string | null;
  /** Its cascade totals, and those of organizations merged into it from elsewhere. */
  own: [Record<string, number>, Record<string, number>][];
  /** Each child (not merged away) in display order, its name, its cascade totals (null: none yet). */
  children: [string, string, Record<string, number> | null][];
}

/** One statement (and one round trip) that sets the caller's tenant scope itself: see the migration. */
const ORG_REPORT_SQL = `SELECT report_id, report_path, report_name, own, children FROM reporting.org_report($1, $2, $3)`;

/**
 * docs/API.md §3's counting rules over the folded cascade totals (fold.ts): a nomination counts once under
 * its current stage, for its submitting organization and every ancestor (the subtree, merged
 * predecessors included), for its campaign and every ancestor campaign (the cascade). A report
 * reads one `cascade_total` row for the organization (plus one per organization merged into it
 * from elsewhere) and one per child, by primary key, in one statement (`reporting.org_report`,
 * which carries the row-level security scope: one round trip, its plan kept per connection).
 */
export class ReportService {
  constructor(private readonly db: DataSource) {}

  /**
   * The report, or undefined when this copy of the directory has no such organization or the
   * caller may not read its reports (the same rule as `reportableOrganization`, on the path the
   * statement returns: nothing of an unreadable organization leaves this method).
   */
  async report(
    ability: AppAbility,
    organizationId: string,
    campaignId: string,
  ): Promise<OrgReport | undefined> {
    const [row] = await preparedScopedQuery<ReportRow>(this.db, ORG_REPORT_SQL, [organizationId, campaignId]);
    if (!row?.report_id || row.report_path === null) return undefined;
    if (!ability.can('read', subject('Report', { orgPath: row.report_path }))) return undefined;
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
      organization: { id: row.report_id, name: row.report_name ?? undefined },
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

const PROPOSED = new Set(PROPOSED_OR_FURTHER);

/** From a `cascade_total.counts` map (`STAGE|TARGET` → nominations): registered (not withdrawn) and proposed or further. */
function submitted(counts: Record<string, number> | null): { registered: number; proposed: number } {
  let registered = 0;
  let proposed = 0;
  for (const key in counts ?? {}) {
    const count = counts![key]!;
    const stage = key.split('|', 1)[0]!;
    if (stage !== 'WITHDRAWN') registered += count;
    if (PROPOSED.has(stage)) proposed += count;
  }
  return { registered, proposed };
}

/** Per child organization: what its subtree registered and proposed in the campaign's cascade. */
export async function compliance(
  db: DataSource,
  organization: { id: string; path: string },
  campaignId: string,
  terms: CampaignTerms,
  now = new Date(),
): Promise<ComplianceRow[]> {
  // Each child's cascade totals as folded (what orgReport's children read): one row by key each,
  // not a join of every descendant to its counters (0.4 s at a province of the national dataset,
  // 5.4 s at the nation, against 3 ms and 2.5 ms: docs/BENCHMARKS.md).
  const rows = (await db.query(
    `SELECT c.id, t.counts
       FROM reporting.directory_organization c
       LEFT JOIN reporting.cascade_total t ON t.organization_id = c.id AND t.campaign_id = $2
      WHERE c.parent_id = $1 AND c.merged_into_id IS NULL
      ORDER BY c.name COLLATE "reporting"."vi", c.id`,
    [organization.id, campaignId],
  )) as { id: string; counts: Record<string, number> | null }[];
  const registrationPassed = now.getTime() > Date.parse(terms.registrationDeadline);
  const proposalPassed = now.getTime() > Date.parse(terms.proposalDeadline);
  return rows.map((row) => {
    const r = { id: row.id, ...submitted(row.counts) };
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
