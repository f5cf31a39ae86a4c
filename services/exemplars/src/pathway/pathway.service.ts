import type { Context } from '../context';
import type { PathwayStep } from '../exemplar/dto/exemplar.output';
import type { ExemplarEntity } from '../exemplar/exemplar.entity';
import { pathwaySteps, type Standing } from './pathway.rules';

/** This year in Vietnam (UTC+7). */
export function currentYear(now = new Date()): number {
  return new Date(now.getTime() + 7 * 3_600_000).getUTCFullYear();
}

/** docs/API.md §7's pathway: the ledger and the recognized initiatives against the catalogue in force. */
export class PathwayService {
  async standing(ctx: Context, e: Pick<ExemplarEntity, 'nomineeKind' | 'nomineeId'>): Promise<Standing> {
    const records = await ctx.peers.ledger(
      e.nomineeKind === 'PERSON' ? { personId: e.nomineeId } : { organizationId: e.nomineeId },
    );
    const held = new Map<string, Set<number>>();
    for (const r of records) {
      if (!held.has(r.distinctionCode)) held.set(r.distinctionCode, new Set());
      held.get(r.distinctionCode)!.add(r.year);
    }
    const [reach] =
      e.nomineeKind === 'PERSON'
        ? ((await ctx.db.query(
            `SELECT reach FROM exemplars.initiative
              WHERE status = 'RECOGNIZED' AND $1 = ANY(author_ids)
              ORDER BY CASE reach WHEN 'NATION' THEN 3 WHEN 'PROVINCE' THEN 2 ELSE 1 END DESC LIMIT 1`,
            [e.nomineeId],
          )) as { reach: Standing['initiativeReach'] }[])
        : [];
    return { held, initiativeReach: reach?.reach ?? null };
  }

  async pathway(ctx: Context, e: ExemplarEntity): Promise<PathwayStep[]> {
    // The rules in force for the nearest issuer above the fostering organization.
    const issuers = (await ctx.db.query(
      `SELECT a.id FROM exemplars.directory_organization o
         JOIN exemplars.directory_organization a ON a.path @> o.path
        WHERE o.id = $1 ORDER BY nlevel(a.path) DESC`,
      [e.organizationId],
    )) as { id: string }[];
    const [standing, catalogue] = await Promise.all([
      this.standing(ctx, e),
      ctx.peers.allDistinctions(issuers.map((i) => i.id)),
    ]);
    // The exemplar's own recognitions count even before the ledger has them.
    const recognitions = await ctx.loaders.recognitions.load(e.id);
    for (const r of recognitions.filter((x) => x.stage === 'RECOGNIZED' || x.stage === 'ESCALATED')) {
      if (!standing.held.has(r.distinctionCode)) standing.held.set(r.distinctionCode, new Set());
      standing.held.get(r.distinctionCode)!.add(r.year);
    }
    const steps = pathwaySteps(
      catalogue,
      e.target,
      standing,
      currentYear(),
      e.planTargetCode ? [e.planTargetCode] : [],
    );
    return steps.map((s) => ({
      distinction: { code: s.code },
      eligible: s.eligible,
      missing: s.missing,
      earliestYear: s.earliestYear,
    }));
  }
}
