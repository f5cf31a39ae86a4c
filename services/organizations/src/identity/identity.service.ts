import { ANONYMOUS, hashApiKey, type Grant, type Identity } from '@laurel/auth';
import type { DataSource } from 'typeorm';

/**
 * Answers the gateway's question "who is this?" for a token subject or an API key. Paths are
 * read now, so a move is reflected on the next request.
 */
export class IdentityService {
  constructor(private readonly db: DataSource) {}

  async forSubject(subject: string): Promise<Identity> {
    const [grants, people] = await Promise.all([
      this.db.query(
        `SELECT g.id, g.organization_id AS "organizationId", o.path::text AS path, g.role
           FROM organizations.role_grant g JOIN organizations.organization o ON o.id = g.organization_id
          WHERE g.subject = $1`,
        [subject],
      ) as Promise<Grant[]>,
      this.db.query(`SELECT id, org_path::text AS path FROM organizations.person WHERE account = $1`, [
        subject,
      ]) as Promise<{ id: string; path: string }[]>,
    ]);
    return {
      ...ANONYMOUS,
      subject,
      grants,
      personIds: people.map((p) => p.id),
      personPaths: people.map((p) => p.path),
    };
  }

  async forApiKey(key: string): Promise<Identity | null> {
    const rows = (await this.db.query(
      `SELECT k.id, k.organization_id AS "organizationId", o.path::text AS path
         FROM organizations.api_key k JOIN organizations.organization o ON o.id = k.organization_id
        WHERE k.key_hash = $1 AND k.revoked_at IS NULL`,
      [hashApiKey(key)],
    )) as { id: string; organizationId: string; path: string }[];
    const found = rows[0];
    return found ? { ...ANONYMOUS, apiKey: found } : null;
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
    const request = (body ?? {}) as { subject?: unknown; apiKey?: unknown };
    if (typeof request.subject === 'string' && request.subject)
      return { identity: await this.forSubject(request.subject) };
    if (typeof request.apiKey === 'string' && request.apiKey)
      return { identity: await this.forApiKey(request.apiKey) };
    return { identity: null };
  }
}
