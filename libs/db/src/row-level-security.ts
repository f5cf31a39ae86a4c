import type { QueryRunner } from 'typeorm';
import { SCOPE_SETTING } from './tenant-scope';

/**
 * Row-level security, the second wall behind the subgraphs' own checks (SECURITY.md).
 *
 * Each service's queries run as its own role (`laurel_<service>`): not superuser, not
 * BYPASSRLS, not the owner of its tables, with privileges on its own schema only. Every table
 * holding tenant data has a policy for that role; the tenant context is `laurel.scope`, set per
 * transaction (tenant-scope.ts). A row belongs to an organization and is visible when that
 * organization lies in one of the caller's tenant trees (`path <@ root`) or above it
 * (`path @> root`: the nation's and the province's campaigns reach a school), or when the scope
 * is the service's own (`*`). An empty or missing setting is no tenant: nothing.
 */
export interface RowSecurityPlan {
  schema: string;
  role: string;
  /** The table mapping organization ids to ltree paths (`id`, `path`), not itself restricted. */
  organizations: string;
  /**
   * table -> the row's predicate. `visible(column)` is the organization check; a child table's
   * predicate `within(parent, column)` reads its parent row, whose own policy then applies.
   */
  tables: Record<string, string>;
  /** Extra read-only policies (table -> predicate), e.g. what the public showcase reads. */
  publicReads?: Record<string, string>;
  /** Tables anyone may append to (statement triggers), read and pruned by the service only. */
  appendOnly?: string[];
  /** Tables only the service itself (scope `*`) touches: feeds' cursors, consumers' ledgers. */
  serviceOnly?: string[];
  /** Tables without tenant data, with the reason: a `shared_rows` policy lets every caller in. */
  shared?: Record<string, string>;
}

/** Creates the role when missing (roles are cluster-wide: tolerant of a concurrent creator). */
async function createServiceRole(q: QueryRunner, role: string): Promise<void> {
  await q.query(
    `DO $$ BEGIN
       IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN
         CREATE ROLE "${role}" NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
       END IF;
     EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
     END $$`,
  );
  // The migrating user must be able to SET ROLE to it (implicit for a superuser).
  await q.query(
    `DO $$ BEGIN
       IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
         EXECUTE format('GRANT %I TO %I', '${role}', current_user);
       END IF;
     END $$`,
  );
}

/**
 * Under row-level security PostgreSQL evaluates a query's own conditions after the policy unless
 * their functions are LEAKPROOF, and so will not use them as index conditions: a subtree query
 * (`path <@ $1`, a GiST index) became a sequential scan with a policy check per row (6 ms ->
 * 530 ms on 100,000 rows here). ltree's containment and equality raise no error and reveal
 * nothing of their arguments, so they are marked LEAKPROOF; that needs a superuser, and without
 * one the migration says so and goes on (the policies hold either way, only slower).
 */
export const LEAKPROOF_LTREE_FUNCTIONS = [
  'ltree_risparent(ltree, ltree)',
  'ltree_isparent(ltree, ltree)',
  'ltree_eq(ltree, ltree)',
  'ltq_regex(ltree, lquery)',
];

async function markLtreeLeakproof(q: QueryRunner): Promise<void> {
  await q.query(
    `DO $$ BEGIN
       IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
         ${LEAKPROOF_LTREE_FUNCTIONS.map((f) => `ALTER FUNCTION ${f} LEAKPROOF;`).join(' ')}
       ELSE
         RAISE NOTICE 'not a superuser: ltree operators stay non-leakproof, subtree queries under row-level security will not use their GiST indexes';
       END IF;
     END $$`,
  );
}

/**
 * `visible(expression)`: the organization is in one of the caller's tenant trees or above one,
 * or the caller is the service. The scope and the roots are uncorrelated subqueries, computed
 * once per statement (InitPlans); a row costs one primary-key probe into the directory.
 */
function visibleSql(schema: string, organizations: string, organization: string): string {
  const roots = `(SELECT "${schema}".tenant_roots())`;
  return `((SELECT "${schema}".tenant_scope()) = '*' OR EXISTS (SELECT 1 FROM ${organizations} o WHERE o.id = (${organization}) AND (o.path <@ ANY (${roots}) OR o.path @> ANY (${roots}))))`;
}

/** Expands every `visible(...)` (balanced parentheses) of a plan's predicate. */
function expandVisible(predicate: string, schema: string, organizations: string): string {
  let out = '';
  let rest = predicate;
  for (;;) {
    const match = /(^|[^\w.])visible\(/.exec(rest);
    if (!match) return out + rest;
    const open = match.index + match[0].length;
    let depth = 1;
    let end = open;
    while (depth > 0) {
      if (end >= rest.length) throw new Error(`Unbalanced visible( in ${predicate}`);
      if (rest[end] === '(') depth += 1;
      else if (rest[end] === ')') depth -= 1;
      end += 1;
    }
    out +=
      rest.slice(0, match.index + match[1]!.length) +
      visibleSql(schema, organizations, rest.slice(open, end - 1));
    rest = rest.slice(end);
  }
}

/** Applies `plan` (idempotent: policies are dropped and created again). */
export async function enableRowLevelSecurity(q: QueryRunner, plan: RowSecurityPlan): Promise<void> {
  const { schema, role } = plan;
  const s = `"${schema}"`;
  await createServiceRole(q, role);
  await q.query(`GRANT USAGE ON SCHEMA ${s} TO "${role}"`);
  await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA ${s} TO "${role}"`);
  await q.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${s} TO "${role}"`);
  await q.query(
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO "${role}"`,
  );
  await q.query(
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO "${role}"`,
  );
  // The migrations ledger is the owner's; the service only reads its schema version there.
  await q.query(`REVOKE ALL ON ${s}."migrations" FROM "${role}"`);
  await q.query(`GRANT SELECT ON ${s}."migrations" TO "${role}"`);

  await markLtreeLeakproof(q);
  await q.query(
    `CREATE OR REPLACE FUNCTION ${s}.tenant_scope() RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
       AS $$ SELECT nullif(current_setting('${SCOPE_SETTING}', true), '') $$`,
  );
  // The caller's tenant roots, NULL for nobody and for the service itself. plpgsql: a branch is
  // evaluated only when taken (SQL's CASE may fold `'*'::ltree[]` early and fail).
  await q.query(
    `CREATE OR REPLACE FUNCTION ${s}.tenant_roots() RETURNS ltree[] LANGUAGE plpgsql STABLE PARALLEL SAFE
       AS $$
       DECLARE
         scope text := nullif(current_setting('${SCOPE_SETTING}', true), '');
       BEGIN
         IF scope IS NULL OR scope = '*' THEN RETURN NULL; END IF;
         RETURN scope::ltree[];
       END
       $$`,
  );
  const system = `${s}.tenant_scope() = '*'`;

  const policies: [table: string, statements: string[]][] = [
    ...Object.entries(plan.tables).map(([table, predicate]): [string, string[]] => {
      const parent = /^within\((\w+), (\w+)\)$/.exec(predicate);
      const expression = parent
        ? `EXISTS (SELECT 1 FROM ${s}."${parent[1]}" p WHERE p.id = "${table}".${parent[2]})`
        : expandVisible(predicate, schema, plan.organizations);
      return [
        table,
        [
          `CREATE POLICY tenant_rows ON ${s}."${table}" TO "${role}" USING (${expression}) WITH CHECK (${expression})`,
        ],
      ];
    }),
    ...(plan.appendOnly ?? []).map((table): [string, string[]] => [
      table,
      [
        `CREATE POLICY tenant_append ON ${s}."${table}" FOR INSERT TO "${role}" WITH CHECK (true)`,
        `CREATE POLICY service_rows ON ${s}."${table}" TO "${role}" USING (${system}) WITH CHECK (${system})`,
      ],
    ]),
    // Shared on purpose (the reason is in the plan): the policy says so in the catalogue.
    ...Object.keys(plan.shared ?? {}).map((table): [string, string[]] => [
      table,
      [`CREATE POLICY shared_rows ON ${s}."${table}" TO "${role}" USING (true) WITH CHECK (true)`],
    ]),
    ...(plan.serviceOnly ?? []).map((table): [string, string[]] => [
      table,
      [`CREATE POLICY service_rows ON ${s}."${table}" TO "${role}" USING (${system}) WITH CHECK (${system})`],
    ]),
  ];
  for (const [table, predicate] of Object.entries(plan.publicReads ?? {})) {
    const entry = policies.find(([name]) => name === table);
    if (!entry) throw new Error(`publicReads.${table} has no tenant policy`);
    entry[1].push(
      `CREATE POLICY public_rows ON ${s}."${table}" FOR SELECT TO "${role}" USING (${predicate})`,
    );
  }

  for (const [table, statements] of policies) {
    const existing = (await q.query(
      `SELECT policyname FROM pg_policies WHERE schemaname = $1 AND tablename = $2`,
      [schema, table],
    )) as { policyname: string }[];
    for (const { policyname } of existing) await q.query(`DROP POLICY "${policyname}" ON ${s}."${table}"`);
    await q.query(`ALTER TABLE ${s}."${table}" ENABLE ROW LEVEL SECURITY`);
    for (const statement of statements) await q.query(statement);
  }
  // The first version checked each row through this function (twice the cost a row).
  await q.query(`DROP FUNCTION IF EXISTS ${s}.tenant_visible(uuid)`);
}
