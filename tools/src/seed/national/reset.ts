import type { Client } from 'pg';
import { REPLICAS } from './directory';

/** Deletes an earlier national dataset (and whatever was recorded on it), in the caller's transaction. */
export async function resetNational(
  client: Client,
  nationId: string,
  log: (line: string) => void,
): Promise<void> {
  const t = Date.now();
  const { path } = (
    await client.query(`SELECT path::text AS path FROM organizations.organization WHERE id = $1`, [nationId])
  ).rows[0] as { path: string };
  await client.query(
    `CREATE TEMP TABLE seed_old_org ON COMMIT DROP AS SELECT id, nlevel(path) AS depth FROM organizations.organization WHERE path <@ $1::ltree`,
    [path],
  );
  await client.query(
    `CREATE TEMP TABLE seed_old_campaign ON COMMIT DROP AS
     SELECT id FROM campaigns.campaign WHERE organization_id IN (SELECT id FROM seed_old_org)`,
  );
  await client.query(
    `CREATE TEMP TABLE seed_old_nomination ON COMMIT DROP AS
     SELECT id FROM nominations.nomination WHERE campaign_id IN (SELECT id FROM seed_old_campaign)`,
  );
  await client.query(
    `CREATE TEMP TABLE seed_old_session ON COMMIT DROP AS
     SELECT s.id FROM voting.voting_session s JOIN voting.council c ON c.id = s.council_id
      WHERE c.organization_id IN (SELECT id FROM seed_old_org)`,
  );
  const statements = [
    // voting
    `DELETE FROM voting.ballot WHERE session_id IN (SELECT id FROM seed_old_session)`,
    `DELETE FROM voting.session_result WHERE session_id IN (SELECT id FROM seed_old_session)`,
    `DELETE FROM voting.receipt WHERE session_id IN (SELECT id FROM seed_old_session)`,
    `DELETE FROM voting.sealed_ballot WHERE session_id IN (SELECT id FROM seed_old_session)`,
    `DELETE FROM voting.voting_session WHERE id IN (SELECT id FROM seed_old_session)`,
    `DELETE FROM voting.council WHERE organization_id IN (SELECT id FROM seed_old_org)`,
    // nominations
    `DELETE FROM nominations.nomination_reviewer WHERE nomination_id IN (SELECT id FROM seed_old_nomination)`,
    `DELETE FROM nominations.distinction_record WHERE nomination_id IN (SELECT id FROM seed_old_nomination)
        OR organization_id IN (SELECT id FROM seed_old_org)
        OR person_id IN (SELECT p.id FROM organizations.person p WHERE p.organization_id IN (SELECT id FROM seed_old_org))`,
    `DELETE FROM nominations.outbox_event WHERE nomination_id IN (SELECT id FROM seed_old_nomination)`,
    `UPDATE nominations.nomination SET escalated_from_id = NULL WHERE id IN (SELECT id FROM seed_old_nomination) AND escalated_from_id IS NOT NULL`,
    `DELETE FROM nominations.nomination WHERE id IN (SELECT id FROM seed_old_nomination)`,
    `DELETE FROM nominations.campaign_ref WHERE id IN (SELECT id FROM seed_old_campaign)`,
    // campaigns
    `UPDATE campaigns.campaign SET parent_id = NULL WHERE id IN (SELECT id FROM seed_old_campaign)`,
    `DELETE FROM campaigns.campaign WHERE id IN (SELECT id FROM seed_old_campaign)`,
    `DELETE FROM reporting.campaign_ref WHERE id IN (SELECT id FROM seed_old_campaign)`,
    // copies of the directory
    ...REPLICAS.flatMap((s) => [
      `DELETE FROM "${s}".directory_person WHERE organization_id IN (SELECT id FROM seed_old_org)`,
      `DELETE FROM "${s}".directory_group WHERE owner_id IN (SELECT id FROM seed_old_org)`,
      `DELETE FROM "${s}".directory_organization WHERE id IN (SELECT id FROM seed_old_org)`,
    ]),
    // organizations, leaves first
    `DELETE FROM organizations.role_grant WHERE organization_id IN (SELECT id FROM seed_old_org)`,
    `DELETE FROM organizations.api_key WHERE organization_id IN (SELECT id FROM seed_old_org)`,
    `DELETE FROM organizations.emulation_group_member WHERE organization_id IN (SELECT id FROM seed_old_org)
        OR group_id IN (SELECT id FROM organizations.emulation_group WHERE owner_id IN (SELECT id FROM seed_old_org))`,
    `DELETE FROM organizations.emulation_group WHERE owner_id IN (SELECT id FROM seed_old_org)`,
    `DELETE FROM organizations.person WHERE organization_id IN (SELECT id FROM seed_old_org)`,
    `DELETE FROM organizations.organization_change WHERE organization_id IN (SELECT id FROM seed_old_org)`,
  ];
  for (const sql of statements) await client.query(sql);
  const depths = (await client.query(`SELECT DISTINCT depth FROM seed_old_org ORDER BY depth DESC`)).rows as {
    depth: number;
  }[];
  await client.query(
    `UPDATE organizations.organization SET merged_into_id = NULL WHERE id IN (SELECT id FROM seed_old_org) AND merged_into_id IS NOT NULL`,
  );
  for (const { depth } of depths)
    await client.query(
      `DELETE FROM organizations.organization WHERE id IN (SELECT id FROM seed_old_org WHERE depth = $1)`,
      [depth],
    );
  await client.query(`DROP TABLE seed_old_org, seed_old_campaign, seed_old_nomination, seed_old_session`);
  log(`reset: the earlier national dataset deleted in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
