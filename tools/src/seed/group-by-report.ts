import { COUNTED_STAGE_FIELDS } from '@laurel/contracts';
/**
 * `orgReport` computed the plain way, for comparison: one GROUP BY over the nominations of the
 * subtree and the cascade, straight on the nominations schema (its table and its copies of the
 * directory and of the campaigns), counted by docs/API.md §3's rules.
 */

export interface PlainTotals {
  registered: number;
  proposed: number;
  underReview: number;
  councilApproved: number;
  councilRejected: number;
  recognized: number;
  escalated: number;
  revoked: number;
  collectives: number;
  individuals: number;
}

export interface PlainReport {
  totals: PlainTotals;
  byDistinction: { code: string; count: number }[];
  /** Every child organization (not merged away), with its subtree's totals. */
  children: { id: string; totals: PlainTotals }[];
}

/** `orgReport` as the gateway answers it (children by organization, distinctions by object). */
export interface GatewayReport {
  totals: PlainTotals;
  byDistinction: { distinction: { code: string }; count: number }[];
  children: { organization: { id: string }; totals: PlainTotals }[];
}

/** The gateway's report in the plain report's shape (children by id, distinctions by code), to compare. */
export function asPlainReport(report: GatewayReport): PlainReport {
  return {
    totals: report.totals,
    byDistinction: report.byDistinction
      .map((d) => ({ code: d.distinction.code, count: d.count }))
      .sort((a, b) => (a.code < b.code ? -1 : 1)),
    children: report.children
      .map((c) => ({ id: c.organization.id, totals: c.totals }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

const FIELDS: Record<string, keyof PlainTotals> = COUNTED_STAGE_FIELDS;

export function zeroTotals(): PlainTotals {
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

/** The one query: counts per (child of the organization, stage, target, distinction). */
export const GROUP_BY_REPORT_SQL = `
  WITH RECURSIVE cascade(id) AS (
    SELECT CAST($2 AS uuid)
    UNION SELECT c.id FROM nominations.campaign_ref c JOIN cascade ON c.parent_id = cascade.id),
  root AS (SELECT path FROM nominations.directory_organization WHERE id = $1)
  SELECT CASE WHEN nlevel(o.path) > nlevel(root.path) THEN subpath(o.path, nlevel(root.path), 1)::text END AS child,
         n.stage, n.target, n.distinction_code AS code, count(*)::int AS count
    FROM nominations.nomination n
    JOIN nominations.directory_organization o ON o.id = n.submitting_organization_id
    CROSS JOIN root
   WHERE n.campaign_id IN (SELECT id FROM cascade) AND o.path <@ root.path
   GROUP BY 1, 2, 3, 4`;

/** The children the report lists (also those without nominations). */
export const CHILDREN_SQL = `SELECT id FROM nominations.directory_organization WHERE parent_id = $1 AND merged_into_id IS NULL`;

export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

const idOfLabel = (l: string) =>
  `${l.slice(0, 8)}-${l.slice(8, 12)}-${l.slice(12, 16)}-${l.slice(16, 20)}-${l.slice(20)}`;

export async function groupByReport(
  db: Queryable,
  organizationId: string,
  campaignId: string,
): Promise<PlainReport> {
  const [counts, children] = await Promise.all([
    db.query(GROUP_BY_REPORT_SQL, [organizationId, campaignId]),
    db.query(CHILDREN_SQL, [organizationId]),
  ]);
  return foldCounts(
    counts.rows as { child: string | null; stage: string; target: string; code: string; count: number }[],
    (children.rows as { id: string }[]).map((c) => c.id),
  );
}

/** Counting rules: by current stage; collectives and individuals are everything not WITHDRAWN. */
export function foldCounts(
  rows: { child: string | null; stage: string; target: string; code: string; count: number }[],
  childIds: string[],
): PlainReport {
  const totals = zeroTotals();
  const byCode = new Map<string, number>();
  const byChild = new Map(childIds.map((id) => [id, zeroTotals()]));
  const add = (t: PlainTotals, row: { stage: string; target: string; count: number }) => {
    const field = FIELDS[row.stage];
    if (field) t[field] += row.count;
    if (row.stage === 'WITHDRAWN') return;
    if (row.target === 'COLLECTIVE') t.collectives += row.count;
    else t.individuals += row.count;
  };
  for (const row of rows) {
    add(totals, row);
    if (row.stage !== 'WITHDRAWN') byCode.set(row.code, (byCode.get(row.code) ?? 0) + row.count);
    const child = row.child ? byChild.get(idOfLabel(row.child)) : undefined;
    if (child) add(child, row);
  }
  return {
    totals,
    byDistinction: [...byCode.entries()]
      .filter(([, count]) => count > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, count]) => ({ code, count })),
    children: [...byChild.entries()]
      .map(([id, t]) => ({ id, totals: t }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}
