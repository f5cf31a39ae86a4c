import type { KnownOrganization } from '@laurel/directory';
import type { DataSource } from 'typeorm';
import { nextEvaluationDue, type PeriodKind } from '../exemplar/periods';
import type { ReplicationReport, ReplicationRow } from './dto/replication.output';

const VN_OFFSET_MS = 7 * 3_600_000;
const yearOf = (at: Date) => new Date(at.getTime() + VN_OFFSET_MS).getUTCFullYear();
const under = (path: string, root: string) => path === root || path.startsWith(`${root}.`);

interface ExemplarRow {
  id: string;
  path: string;
  created_at: Date;
  plan_period: PeriodKind | null;
  plan_set_at: Date | null;
}

/**
 * docs/API.md §7's replication report: counted for the year over the subtree and over each child's. The
 * caller's reading of reports is checked before; row-level security keeps the rest to its tenant
 * — and lets in the other tenants' adoptions of the subtree's models, the one opening of the wall.
 */
export class ReplicationService {
  constructor(private readonly db: DataSource) {}

  async report(org: KnownOrganization, year: number, now = new Date()): Promise<ReplicationReport> {
    const children = (await this.db.query(
      `SELECT id, path::text AS path FROM exemplars.directory_organization
        WHERE parent_id = $1 AND merged_into_id IS NULL AND dissolved_at IS NULL
        ORDER BY name, id`,
      [org.id],
    )) as { id: string; path: string }[];
    const exemplars = (await this.db.query(
      `SELECT e.id, o.path::text AS path, e.created_at, e.plan_period, e.plan_set_at
         FROM exemplars.exemplar e JOIN exemplars.directory_organization o ON o.id = e.organization_id
        WHERE o.path <@ CAST($1 AS ltree)`,
      [org.path],
    )) as ExemplarRow[];
    const ids = exemplars.map((e) => e.id);
    const evaluations = (await this.db.query(
      `SELECT exemplar_id, period, period_end, at FROM exemplars.evaluation WHERE exemplar_id = ANY($1::uuid[])`,
      [ids],
    )) as { exemplar_id: string; period: string; period_end: Date; at: Date }[];
    const given = (await this.db.query(
      `SELECT a.exemplar_id, a.at FROM exemplars.adoption a WHERE a.exemplar_id = ANY($1::uuid[])`,
      [ids],
    )) as { exemplar_id: string; at: Date }[];
    const taken = (await this.db.query(
      `SELECT o.path::text AS path, a.at FROM exemplars.adoption a
         JOIN exemplars.directory_organization o ON o.id = a.adopter_organization_id
        WHERE o.path <@ CAST($1 AS ltree)`,
      [org.path],
    )) as { path: string; at: Date }[];

    const pathOf = new Map(exemplars.map((e) => [e.id, e.path]));
    const byExemplar = new Map<string, typeof evaluations>();
    for (const v of evaluations) byExemplar.set(v.exemplar_id, [...(byExemplar.get(v.exemplar_id) ?? []), v]);
    const endOfYear = new Date(Date.UTC(year + 1, 0, 1) - VN_OFFSET_MS);

    const rowFor = (id: string, root: string): ReplicationRow => {
      const mine = exemplars.filter((e) => under(e.path, root));
      let onTime = 0;
      let overdue = 0;
      for (const e of mine) {
        for (const v of byExemplar.get(e.id) ?? []) {
          // A period's end is the next one's beginning: its last instant belongs to its year.
          if (yearOf(new Date(v.period_end.getTime() - 1)) !== year) continue;
          if (v.at <= v.period_end) onTime++;
          else overdue++;
        }
        const due =
          e.plan_period && e.plan_set_at
            ? nextEvaluationDue(
                { period: e.plan_period, setAt: e.plan_set_at },
                (byExemplar.get(e.id) ?? []).map((v) => v.period),
              )
            : null;
        if (due && due < now && yearOf(new Date(due.getTime() - 1)) === year) overdue++;
      }
      return {
        organization: { id },
        exemplars: mine.filter((e) => e.created_at < endOfYear).length,
        evaluationsOnTime: onTime,
        evaluationsOverdue: overdue,
        adoptionsGiven: given.filter(
          (a) => under(pathOf.get(a.exemplar_id) ?? '', root) && yearOf(a.at) === year,
        ).length,
        adoptionsTaken: taken.filter((a) => under(a.path, root) && yearOf(a.at) === year).length,
      };
    };

    return {
      organization: { id: org.id },
      year,
      totals: rowFor(org.id, org.path),
      children: children.map((c) => rowFor(c.id, c.path)),
    };
  }
}
