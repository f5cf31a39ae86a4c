import { NotEligibleError } from '@laurel/graphql';
import type { EntityManager } from 'typeorm';
import type { NominationEntity } from './nomination/nomination.entity';

/** The catalogue's rules as campaigns serves them (see DistinctionRulesVersion there). */
export interface RulesInForce {
  code: string;
  inForceFrom: string;
  source: string;
  prerequisitesExhaustive: boolean;
  prerequisites: {
    target: 'INDIVIDUAL' | 'COLLECTIVE' | null;
    source: string;
    requirements: (
      | { kind: 'DISTINCTION'; code: string; times: number; consecutive: boolean }
      | { kind: 'INITIATIVE'; reach: string }
      | { kind: string }
    )[];
  }[];
  ratioCap: { code: string; share: { numerator: number; denominator: number }; source: string } | null;
}

/** Initiative reaches, narrowest first: a wider one satisfies a narrower condition. */
const REACHES = ['INSTITUTION', 'PROVINCE', 'NATION'];

/** A unit's recognition of an initiative, as a distinction record (imported history included). */
const INITIATIVE_CODE = 'SANG_KIEN_CO_SO';

/**
 * Prerequisites and ratio caps, at recognition, from what the platform knows: distinction
 * records (recognized here or imported), this campaign's recognitions, and the initiatives the
 * exemplars subgraph recognized, at their reach (docs/API.md §7): an institution-level condition needs a
 * recognized initiative (or a SANG_KIEN_CO_SO record, for history from before the platform); a
 * provincial or national one is decided by the reach of the nominee's recognized initiatives when
 * the platform knows any, and left to the council and the dossier when it knows none (initiatives
 * from before the platform have no recorded reach). Requirements the platform cannot know (a
 * performance rating, an applied research work, members' completion of tasks) are for the
 * council and the dossier:
 * a route holds when every requirement the platform can check holds. A nominee meeting no route
 * is refused only when the catalogue says its routes are exhaustive.
 */
export async function assertPrerequisitesAndCaps(
  m: EntityManager,
  n: NominationEntity,
  rules: RulesInForce | null,
  initiativeReach: (personId: string, year: number) => Promise<string | null> = async () => null,
): Promise<void> {
  if (!rules) return;
  const holder = n.nomineePersonId
    ? { column: 'person_id', id: n.nomineePersonId }
    : { column: 'organization_id', id: n.nomineeOrganizationId as string };
  const records = (await m.query(
    `SELECT year, distinction_code AS code FROM nominations.distinction_record
      WHERE ${holder.column} = $1 AND year <= $2`,
    [holder.id, n.year],
  )) as { year: number; code: string }[];
  const yearsOf = (code: string) => new Set(records.filter((r) => r.code === code).map((r) => r.year));
  // Initiatives are people's: a recognized one counts for its authors, at its reach or narrower.
  const asksInitiative = rules.prerequisites.some((r) => r.requirements.some((q) => q.kind === 'INITIATIVE'));
  const reach = asksInitiative && n.nomineePersonId ? await initiativeReach(n.nomineePersonId, n.year) : null;

  const holds = (req: RulesInForce['prerequisites'][number]['requirements'][number]): boolean => {
    if (req.kind === 'DISTINCTION' && 'code' in req && 'times' in req) {
      const years = yearsOf(req.code);
      // Once, without "consecutive": held this year (Law 06/2022 art. 23: Lao động tiên tiến
      // plus … in the year considered); several times: in any years up to this one.
      if (!req.consecutive) return req.times === 1 ? years.has(n.year) : years.size >= req.times;
      // A run of `times` consecutive years ending this year or last year.
      return [n.year, n.year - 1].some((end) =>
        Array.from({ length: req.times }, (_, i) => end - i).every((y) => years.has(y)),
      );
    }
    if (req.kind === 'INITIATIVE' && 'reach' in req) {
      if (req.reach === 'INSTITUTION') return reach !== null || yearsOf(INITIATIVE_CODE).size > 0;
      return reach === null || REACHES.indexOf(reach) >= REACHES.indexOf(req.reach);
    }
    return true;
  };

  const routes = rules.prerequisites.filter((r) => r.target === null || r.target === n.target);
  if (
    routes.length > 0 &&
    rules.prerequisitesExhaustive &&
    !routes.some((r) => r.requirements.every(holds))
  ) {
    throw new NotEligibleError(
      `The nominee does not meet the prerequisites of ${n.distinctionCode} (${routes[0]!.source})`,
      'PREREQUISITE_MISSING',
      { routes: routes.map((r) => r.source) },
    );
  }

  const cap = rules.ratioCap;
  if (cap) {
    // "At most num/den of the unit's holders of cap.code": the unit is the submitting
    // organization's subtree, this campaign year; the nominee being recognized counts.
    const [{ capped, holders }] = (await m.query(
      `WITH unit AS (
         SELECT o.path FROM nominations.directory_organization o WHERE o.id = $1)
       SELECT
         (SELECT count(*)::int FROM nominations.nomination x
            JOIN nominations.directory_organization so ON so.id = x.submitting_organization_id
           WHERE x.campaign_id = $2 AND x.distinction_code = $3 AND x.stage IN ('RECOGNIZED', 'ESCALATED')
             AND so.path <@ (SELECT path FROM unit)) AS capped,
         (SELECT count(*)::int FROM nominations.distinction_record r
            JOIN nominations.directory_person p ON p.id = r.person_id
            JOIN nominations.directory_organization po ON po.id = p.organization_id
           WHERE r.distinction_code = $4 AND r.year = $5 AND po.path <@ (SELECT path FROM unit)) AS holders`,
      [n.submittingOrganizationId, n.campaignId, n.distinctionCode, cap.code, n.year],
    )) as [{ capped: number; holders: number }];
    if ((capped + 1) * cap.share.denominator > cap.share.numerator * holders) {
      throw new NotEligibleError(
        `At most ${cap.share.numerator}/${cap.share.denominator} of the unit's ${cap.code} holders may receive ${n.distinctionCode} (${cap.source})`,
        'RATIO_CAP_EXCEEDED',
        { recognized: capped, holders },
      );
    }
  }
}
