import { parseRequest } from '@laurel/contracts';
import { ANONYMOUS, hashApiKey, type Grant, type Identity } from '@laurel/auth';
import type { DataSource } from 'typeorm';
import { TENANT_KINDS } from '../organization/organization.entity';

/** The outermost tenant above (or at) the organization `o`, or `o` itself above every tenant. */
const TENANT_ROOT = `coalesce((SELECT t.path::text FROM organizations.organization t
    WHERE t.path @> o.path AND t.kind = ANY($2::text[]) ORDER BY nlevel(t.path) LIMIT 1), o.path::text)`;
const TENANT_KIND_LIST = [...TENANT_KINDS];

/**
 * Answers the gateway's question "who is this?" for a token subject or an API key. Paths are
 * read now, so a move is reflected on the next request.
 */
export class IdentityService {
  constructor(private readonly db: DataSource) {}

  async forSubject(subject: string): Promise<Identity> {
    const [grants, people] = await Promise.all([
      this.db.query(
        `SELECT g.id, g.organization_id AS "organizationId", o.path::text AS path, g.role,
                ${TENANT_ROOT} AS "tenantRoot"
           FROM organizations.role_grant g JOIN organizations.organization o ON o.id = g.organization_id
          WHERE g.subject = $1`,
        [subject, TENANT_KIND_LIST],
      ) as Promise<(Grant & { tenantRoot: string })[]>,
      this.db.query(
        `SELECT p.id, o.path::text AS path, ${TENANT_ROOT} AS "tenantRoot"
           FROM organizations.person p JOIN organizations.organization o ON o.id = p.organization_id
          WHERE p.account = $1`,
        [subject, TENANT_KIND_LIST],
      ) as Promise<{ id: string; path: string; tenantRoot: string }[]>,
    ]);
    return {
      ...ANONYMOUS,
      subject,
      grants: grants.map(({ tenantRoot: _root, ...grant }) => grant),
      personIds: people.map((p) => p.id),
      personPaths: people.map((p) => p.path),
      tenantRoots: [...new Set([...grants, ...people].map((row) => row.tenantRoot))],
    };
  }

  async forApiKey(key: string): Promise<Identity | null> {
    const rows = (await this.db.query(
      `SELECT k.id, k.organization_id AS "organizationId", o.path::text AS path, ${TENANT_ROOT} AS "tenantRoot"
         FROM organizations.api_key k JOIN organizations.organization o ON o.id = k.organization_id
        WHERE k.key_hash = $1 AND k.revoked_at IS NULL`,
      [hashApiKey(key), TENANT_KIND_LIST],
    )) as { id: string; organizationId: string; path: string; tenantRoot: string }[];
    const found = rows[0];
    if (!found) return null;
    const { tenantRoot, ...apiKey } = found;
    return { ...ANONYMOUS, apiKey, tenantRoots: [tenantRoot] };
  }

  /**
   * Moves with every change to grants, keys, accounts or paths (gateways' identity caches): a
   * fingerprint of the append-only change log, so a late commit moves it too.
   */
  async generation(): Promise<{ generation: string }> {
    const [row] = (await this.db.query(
      `SELECT count(*)::text || ':' || coalesce(sum(id), 0)::text AS value FROM organizations.identity_change`,
    )) as { value: string }[];
    return { generation: row?.value ?? '0' };
  }

  /** Forgets changes older than a day (called by the scheduler). */
  async pruneChanges(): Promise<void> {
    await this.db.query(`DELETE FROM organizations.identity_change WHERE at < now() - interval '1 day'`);
  }

  async resolve(body: unknown): Promise<{ identity: Identity | null }> {
    const request = parseRequest('identity', body);
    if (request.subject) return { identity: await this.forSubject(request.subject) };
    if (request.apiKey) return { identity: await this.forApiKey(request.apiKey) };
    return { identity: null };
  }
}
