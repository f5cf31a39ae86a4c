import { SCOPE_SETTING } from '@laurel/db';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * orgReport in one statement and one round trip: `reporting.org_report(scope, organization,
 * campaign)` first sets the caller's tenant scope for its own transaction (the implicit one of
 * the lone statement that calls it, so the setting ends with it, as `set_config(…, true)` after a
 * BEGIN did), then reads the organization, its cascade totals (and those of organizations merged
 * into it from elsewhere) and each child's, by key, under row-level security. plpgsql runs the
 * two in order, so no row is read before the scope is set; its query plan is kept per connection.
 * SECURITY INVOKER (the default): the policies apply to the service's role as before. Whether
 * the caller may read the organization's reports is checked by the service on the returned path.
 */
export class OrgReportFunction1765300000000 implements MigrationInterface {
  name = 'OrgReportFunction1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE OR REPLACE FUNCTION "reporting".org_report(p_scope text, p_organization uuid, p_campaign uuid)
         RETURNS TABLE (report_id uuid, report_path text, report_name text, own json, children json)
         LANGUAGE plpgsql AS $fn$
       BEGIN
         PERFORM set_config('${SCOPE_SETTING}', p_scope, true);
         RETURN QUERY
           WITH RECURSIVE org AS (
                SELECT o.id, o.path, o.name FROM reporting.directory_organization o WHERE o.id = p_organization),
              scope(id) AS (
                SELECT org.id FROM org
                UNION ALL
                SELECT merged.id FROM scope CROSS JOIN LATERAL (
                  SELECT d.id FROM reporting.directory_organization d
                   WHERE d.merged_into_id = scope.id AND NOT d.path <@ (SELECT org.path FROM org)) AS merged)
           SELECT (SELECT org.id FROM org), (SELECT org.path::text FROM org), (SELECT org.name FROM org),
                  (SELECT coalesce(json_agg(json_build_array(t.counts, t.codes)), '[]')
                     FROM scope JOIN reporting.cascade_total t ON t.organization_id = scope.id AND t.campaign_id = p_campaign),
                  (SELECT coalesce(json_agg(json_build_array(c.id, c.name, t.counts) ORDER BY c.name COLLATE "reporting"."vi", c.id), '[]')
                     FROM org JOIN reporting.directory_organization c ON c.parent_id = org.id AND c.merged_into_id IS NULL
                     LEFT JOIN reporting.cascade_total t ON t.organization_id = c.id AND t.campaign_id = p_campaign);
       END
       $fn$`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS "reporting".org_report(text, uuid, uuid)`);
  }
}
