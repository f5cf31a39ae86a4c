/**
 * The local copy of the organization directory that a subgraph keeps in its own schema, created
 * by that subgraph's migration. Not TypeORM entities: the rows belong to the organizations
 * subgraph, the service only joins against them.
 */
export function directoryTablesSql(schema: string): string[] {
  const s = `"${schema}"`;
  return [
    // The service may live in its own database, without the organizations schema's extension.
    `CREATE EXTENSION IF NOT EXISTS ltree`,
    `CREATE TABLE ${s}."directory_organization" ("id" uuid PRIMARY KEY, "code" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "parent_id" uuid, "path" ltree NOT NULL, "tenant_id" uuid NOT NULL, "merged_into_id" uuid, "dissolved_at" timestamptz, "xid" bigint NOT NULL)`,
    `CREATE INDEX "directory_organization_path_gist" ON ${s}."directory_organization" USING gist ("path")`,
    `CREATE INDEX "directory_organization_parent_idx" ON ${s}."directory_organization" ("parent_id")`,
    `CREATE INDEX "directory_organization_merged_into_idx" ON ${s}."directory_organization" ("merged_into_id") WHERE "merged_into_id" IS NOT NULL`,
    `CREATE TABLE ${s}."directory_person" ("id" uuid PRIMARY KEY, "organization_id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "full_name" text NOT NULL, "full_name_folded" text NOT NULL, "party_position" text, "government_position" text, "leads_id" uuid, "account" text, "xid" bigint NOT NULL)`,
    `CREATE INDEX "directory_person_organization_idx" ON ${s}."directory_person" ("organization_id")`,
    `CREATE INDEX "directory_person_leads_idx" ON ${s}."directory_person" ("leads_id") WHERE "leads_id" IS NOT NULL`,
    `CREATE TABLE ${s}."directory_group" ("id" uuid PRIMARY KEY, "owner_id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "member_ids" uuid[] NOT NULL, "xid" bigint NOT NULL)`,
    `CREATE INDEX "directory_group_members_gin" ON ${s}."directory_group" USING gin ("member_ids")`,
    `CREATE TABLE ${s}."directory_cursor" ("feed" text PRIMARY KEY, "since" bigint NOT NULL)`,
  ];
}

/**
 * Section 9: a person who left (`deactivatePerson`, or an import's `leftAt` column) keeps every
 * record but cannot be nominated or seated afterwards; the copy carries when they left. Added by
 * each service's own migration after `directoryTablesSql` made the copy.
 */
export function directoryPersonLeftAtSql(schema: string): string[] {
  return [`ALTER TABLE "${schema}"."directory_person" ADD COLUMN "left_at" timestamptz`];
}

export function dropDirectoryPersonLeftAtSql(schema: string): string[] {
  return [`ALTER TABLE "${schema}"."directory_person" DROP COLUMN "left_at"`];
}

export function dropDirectoryTablesSql(schema: string): string[] {
  return ['directory_cursor', 'directory_group', 'directory_person', 'directory_organization'].map(
    (t) => `DROP TABLE "${schema}"."${t}"`,
  );
}

/** Row-level security for the copy (see `enableRowLevelSecurity` in @laurel/db). */
export function directoryRowSecurity(schema: string) {
  return {
    organizations: `"${schema}"."directory_organization"`,
    tables: {
      directory_person: 'visible(organization_id)',
      directory_group: 'visible(owner_id)',
    },
    serviceOnly: ['directory_cursor'],
    shared: {
      directory_organization: 'the public organization directory (SPEC 2); the policies read it',
    },
  };
}
