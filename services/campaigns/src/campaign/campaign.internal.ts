import { parseRequest, type CampaignForService, type RouteResponse } from '@laurel/contracts';
import type { DataSource } from 'typeorm';
import type { Directory } from '../directory';
import { DistinctionEntity } from '../distinction/distinction.entity';
import { DistinctionRulesService } from '../distinction/distinction-rules.service';
import type { DistinctionRulesVersion } from '../distinction/distinction-rules.version';
import { localDate } from './calendar';

/** What another service needs to enforce a campaign's rules (nominations: deadlines, quotas). */
export type { CampaignForService };

/**
 * `POST /internal/campaigns` `{ ids }`: campaigns by id with their quotas and criteria, for the
 * other subgraphs (signed service-to-service calls; no user authorization applies here, the
 * calling service authorizes its own users).
 */
export async function readCampaignsForService(
  db: DataSource,
  body: unknown,
): Promise<RouteResponse<'campaigns'>> {
  const ids = [...new Set(parseRequest('campaigns', body).ids)].slice(0, 1_000);
  if (ids.length === 0) return { campaigns: [] };
  const campaigns = (await db.query(
    `SELECT c.id, c.organization_id AS "organizationId", c.parent_id AS "parentId", c.status, c.year,
            c.end_year AS "endYear", c.kind, c.registration_deadline AS "registrationDeadline",
            c.proposal_deadline AS "proposalDeadline", c.escalation_deadline AS "escalationDeadline",
            c.group_ids::text[] AS "groupIds",
            ARRAY(SELECT d.code FROM campaigns.campaign_distinction d WHERE d.campaign_id = c.id ORDER BY d.position)
              AS "distinctionCodes",
            COALESCE((SELECT json_agg(json_build_object('id', q.id, 'organizationId', q.organization_id,
                        'groupId', q.group_id, 'min', q.min, 'max', q.max) ORDER BY q.id)
                        FROM campaigns.quota q WHERE q.campaign_id = c.id), '[]') AS quotas,
            COALESCE((SELECT json_agg(json_build_object('id', k.id, 'target', k.target,
                        'evaluatorOrganizationId', k.evaluator_organization_id) ORDER BY k.position)
                        FROM campaigns.criterion k WHERE k.campaign_id = c.id), '[]') AS criteria
       FROM campaigns.campaign c WHERE c.id = ANY($1::uuid[])`,
    [ids],
  )) as CampaignForService[];
  return { campaigns };
}

/** Where a campaign's launcher sits relative to the organization a count is for. */
export type LaunchScope = 'OWN' | 'BELOW' | 'ABOVE';

export type LaunchedCampaignCount = RouteResponse<'campaign-counts'>['counts'][number];

/**
 * `POST /internal/campaign-counts` `{ organizationId, year }`: how many campaigns were launched
 * (opened: not DRAFT) in `year`, by kind, by the organization itself (`OWN`, organizations merged
 * into it included), by organizations of its subtree (`BELOW`) and by its ancestors where they
 * apply to it (`ABOVE`: the whole scope, or emulation groups it sits in). A campaign's period
 * starts in its `year` whatever its calendar (1 January, or 1 September for a school year), so
 * `year` is the year it was launched in. For reporting's yearly statistics, which authorize
 * their callers themselves.
 */
export async function countCampaignsForService(
  db: DataSource,
  directory: Directory,
  body: unknown,
): Promise<{ counts: LaunchedCampaignCount[] }> {
  const b = parseRequest('campaign-counts', body);
  const year = b.year ?? null;
  const org = b.organizationId ? await directory.organization(b.organizationId) : null;
  if (!org || year === null) return { counts: [] };
  const counts = (await db.query(
    `WITH RECURSIVE scope(id, path) AS (
       SELECT id, path FROM campaigns.directory_organization WHERE id = $1
       UNION ALL
       SELECT d.id, d.path FROM campaigns.directory_organization d JOIN scope s ON d.merged_into_id = s.id),
     launchers(id, scope) AS (
       SELECT id, 'OWN' FROM scope
       UNION
       SELECT o.id, 'BELOW' FROM campaigns.directory_organization o
        WHERE EXISTS (SELECT 1 FROM scope s WHERE o.path <@ s.path AND o.id <> s.id)
          AND o.id NOT IN (SELECT id FROM scope)
       UNION
       SELECT o.id, 'ABOVE' FROM campaigns.directory_organization o
        WHERE o.path @> CAST($3 AS ltree) AND o.id <> $1)
     SELECT l.scope, c.kind, count(*)::int AS count
       FROM launchers l
       JOIN campaigns.campaign c ON c.organization_id = l.id AND c.year = $2
      WHERE c.status <> 'DRAFT'
        -- A plan's review rounds (section 9) are award rounds of its movement, not new movements.
        AND NOT EXISTS (SELECT 1 FROM campaigns.campaign p WHERE p.id = c.parent_id AND p.kind = 'PHASE'
                          AND p.organization_id = c.organization_id)
        AND (l.scope <> 'ABOVE' OR cardinality(c.group_ids) = 0 OR EXISTS (
              SELECT 1 FROM campaigns.directory_group g
                JOIN campaigns.directory_organization mo ON mo.id = ANY(g.member_ids)
               WHERE g.id = ANY(c.group_ids) AND CAST($3 AS ltree) <@ mo.path))
      GROUP BY 1, 2
      ORDER BY 1, 2`,
    [org.id, year, org.path],
  )) as LaunchedCampaignCount[];
  return { counts };
}

export interface DistinctionForService {
  code: string;
  targets: string[];
  kind: string;
  /** The kind of organization whose head confers it. */
  level: string;
  nameVi: string;
  /** The version in force on `at` for the nearest issuer of `issuerIds`; null without one. */
  rules: DistinctionRulesVersion | null;
}

/**
 * `POST /internal/distinctions` `{ codes, at?, issuerIds? }`: catalogue entries with the rules in
 * force, for nominations' eligibility checks (prerequisites, ratio caps); `{ all: true }` instead
 * of codes: the whole catalogue (the exemplars subgraph's pathways to higher distinctions).
 */
export async function readDistinctionsForService(
  db: DataSource,
  body: unknown,
): Promise<{ distinctions: DistinctionForService[] }> {
  const b = parseRequest('distinctions', body);
  const codes =
    b.all === true
      ? ((await db.query(`SELECT code FROM campaigns.distinction ORDER BY code`)) as { code: string }[]).map(
          (d) => d.code,
        )
      : (b.codes?.slice(0, 100) ?? []);
  if (codes.length === 0) return { distinctions: [] };
  const at = b.at ? new Date(b.at) : new Date();
  const issuerIds = b.issuerIds;
  const rows = await db
    .getRepository(DistinctionEntity)
    .createQueryBuilder('d')
    .where('d.code IN (:...codes)', { codes })
    .getMany();
  const rules = await new DistinctionRulesService(db).rulesInForceOn(codes, localDate(at), issuerIds);
  return {
    distinctions: rows.map((d) => ({
      code: d.code,
      targets: d.targets,
      kind: d.kind,
      level: d.level,
      nameVi: d.nameVi,
      rules: rules.get(d.code) ?? null,
    })),
  };
}
