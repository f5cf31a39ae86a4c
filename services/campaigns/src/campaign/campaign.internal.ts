import { isId } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import { DistinctionEntity } from '../distinction/distinction.entity';
import {
  DistinctionRulesService,
  type DistinctionRulesVersion,
} from '../distinction/distinction-rules.service';
import { localDate } from './calendar';

/** What another service needs to enforce a campaign's rules (nominations: deadlines, quotas). */
export interface CampaignForService {
  id: string;
  organizationId: string;
  parentId: string | null;
  status: string;
  year: number;
  endYear: number;
  kind: string;
  registrationDeadline: string;
  proposalDeadline: string;
  escalationDeadline: string | null;
  groupIds: string[];
  /** Empty: every distinction of the catalogue. */
  distinctionCodes: string[];
  quotas: { id: string; organizationId: string | null; groupId: string | null; min: number; max: number }[];
  criteria: { id: string; target: string; evaluatorOrganizationId: string | null }[];
}

/**
 * `POST /internal/campaigns` `{ ids }`: campaigns by id with their quotas and criteria, for the
 * other subgraphs (signed service-to-service calls; no user authorization applies here, the
 * calling service authorizes its own users).
 */
export async function readCampaignsForService(
  db: DataSource,
  body: unknown,
): Promise<{ campaigns: CampaignForService[] }> {
  const raw = (body as { ids?: unknown } | null)?.ids;
  const ids = Array.isArray(raw) ? [...new Set(raw.filter(isId))].slice(0, 1_000) : [];
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

export interface DistinctionForService {
  code: string;
  targets: string[];
  kind: string;
  /** The version in force on `at` for the nearest issuer of `issuerIds`; null without one. */
  rules: DistinctionRulesVersion | null;
}

/**
 * `POST /internal/distinctions` `{ codes, at?, issuerIds? }`: catalogue entries with the rules in
 * force, for nominations' eligibility checks (prerequisites, ratio caps).
 */
export async function readDistinctionsForService(
  db: DataSource,
  body: unknown,
): Promise<{ distinctions: DistinctionForService[] }> {
  const b = (body ?? {}) as { codes?: unknown; at?: unknown; issuerIds?: unknown };
  const codes = Array.isArray(b.codes)
    ? b.codes.filter((c): c is string => typeof c === 'string').slice(0, 100)
    : [];
  if (codes.length === 0) return { distinctions: [] };
  const at = typeof b.at === 'string' && !Number.isNaN(Date.parse(b.at)) ? new Date(b.at) : new Date();
  const issuerIds = Array.isArray(b.issuerIds) ? b.issuerIds.filter(isId) : [];
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
      rules: rules.get(d.code) ?? null,
    })),
  };
}
