import { isId } from '@laurel/graphql';
import type { DataSource } from 'typeorm';

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
