import { randomBytes } from 'node:crypto';
import { foldVietnamese } from '@laurel/i18n';
import { rebuildRollupsIn } from '@laurel/reporting';
import { Sealer } from '@laurel/voting';
import { Client } from 'pg';
import {
  CAMPAIGN_TITLE,
  CRITERIA,
  FAMILY_NAMES,
  GIVEN_NAMES,
  MIDDLE_NAMES,
  NAMESAKES,
  PROVINCES,
  SCHOOL_LEVELS,
  SUMMARIES,
  UNIT_NAMES,
} from './names';
import {
  COLLECTIVE_CODES,
  INDIVIDUAL_CODES,
  PASSED,
  pathTo,
  planNational,
  SLATE,
  stageSql,
  VOTED,
  type Level,
  type SeedPlan,
  type Stage,
} from './plan';
import { literal, SeedIds, textArray } from './sql';

export const NATION_CODE = 'VN';
/** `created_by` of everything the seed writes (campaigns, nominations, councils, sessions). */
export const SEEDED_BY = 'seed:national';
/** The services that keep a copy of the organization directory in their schema. */
const REPLICAS = ['campaigns', 'nominations', 'voting', 'reporting', 'exemplars'] as const;

/** The database already holds the national dataset (and `reset` was not asked for). */
export class AlreadySeededError extends Error {}

export interface SeedOptions {
  databaseUrl: string;
  /** 1 = docs/API.md §4's national figures. */
  scale: number;
  /** Wraps the keys of the sessions left open; without it none is (their slates stay PROPOSED). */
  votingSealingKey?: string;
  /** Delete an earlier national dataset first instead of refusing. */
  reset?: boolean;
  log?: (line: string) => void;
}

export interface SeedResult {
  plan: SeedPlan;
  nationId: string;
  /** The nation's campaign (the cascade's root). */
  campaignId: string;
  seconds: number;
  rows: Record<string, number>;
}

const nfc = (s: string) => s.normalize('NFC');
const fold = (s: string) => foldVietnamese(nfc(s));
const pick = (values: readonly string[], index: string) => `(${textArray(values.map(nfc))})[(${index}) + 1]`;
const pickFolded = (values: readonly string[], index: string) =>
  `(${textArray(values.map(fold))})[(${index}) + 1]`;

/**
 * Loads docs/API.md §4's reference dataset straight into every service's schema with set-based SQL, in
 * one transaction (all or nothing), then lets each directory copy's cursor pass it. Writes no
 * outbox event: reporting's rollups are rebuilt from the nominations' state in the same
 * transaction, the way `npm run rollups:rebuild` does.
 */
export async function seedNational(options: SeedOptions): Promise<SeedResult> {
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const year =
    Number(
      new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()),
    ) + 1;
  const plan = planNational(options.scale, { year, openSessions: !!options.votingSealingKey });
  const ids = new SeedIds(randomBytes(8).toString('hex'));
  const rows: Record<string, number> = {};
  const client = new Client({
    connectionString: options.databaseUrl,
    application_name: 'laurel-seed-national',
  });
  await client.connect();
  client.on('notice', () => undefined);
  const step = async (name: string, sql: string, params: unknown[] = []): Promise<number> => {
    const t = Date.now();
    const result = await client.query(sql, params);
    const n = result.rowCount ?? 0;
    rows[name] = (rows[name] ?? 0) + n;
    log(`${name}: ${n.toLocaleString('en')} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return n;
  };
  log(
    `scale ${plan.scale}: ${plan.provinces} provinces, ${plan.districts} district offices, ${plan.institutions} institutions, ` +
      `${plan.units} units, ${plan.people} people, ${plan.nominations} nominations ` +
      `(${plan.toProvince} escalated to a province, ${plan.toNation} to the nation), councils of ${plan.councilSize}, ` +
      `${plan.ballotChoices} ballot choices`,
  );

  let xid: string;
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL statement_timeout = 0`);
    await client.query(`SET LOCAL synchronous_commit = off`);
    await client.query(`SET LOCAL work_mem = '256MB'`);
    await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('laurel.seed.national', 0))`);
    const existing = await client.query(`SELECT id FROM organizations.organization WHERE code = $1`, [
      NATION_CODE,
    ]);
    if (existing.rowCount) {
      if (!options.reset)
        throw new AlreadySeededError(
          `this database already holds the national dataset (organization ${NATION_CODE}); use --reset to replace it`,
        );
      await resetNational(client, (existing.rows[0] as { id: string }).id, log);
    }
    xid = ((await client.query(`SELECT pg_current_xact_id()::text AS xid`)).rows[0] as { xid: string }).xid;

    await organizations(step, ids, plan);
    for (const schema of await replicas(client)) await copyDirectory(step, schema, xid);
    await campaigns(client, step, ids, plan);
    await nominations(step, ids, plan);
    await voting(client, step, ids, plan, options.votingSealingKey);

    let t = Date.now();
    const rebuilt = await rebuildRollupsIn(
      // Any client with TypeORM's `query` shape: rows back, typed by the caller.
      {
        query: async <T>(sql: string, params?: unknown[]): Promise<T> =>
          (await client.query(sql, params)).rows as T,
      },
      {
        sql: `SELECT id, campaign_id, submitting_organization_id, target, distinction_code, stage, published
                FROM nominations.nomination`,
      },
      true,
    );
    rows['reporting rollups (nominations)'] = rebuilt.nominations;
    log(
      `reporting rollups rebuilt from ${rebuilt.nominations.toLocaleString('en')} nominations in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
    t = Date.now();
    await client.query('COMMIT');
    log(`committed in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
    throw error;
  }

  // The copies hold what this transaction wrote; their cursors pass it once the rest is applied.
  try {
    for (const schema of await replicas(client)) await advanceDirectoryCursor(client, schema, xid);
    // Statistics of what was just loaded: without them the planner guesses at every table (and a
    // server without autovacuum, like the development machine's, never gathers them).
    const t = Date.now();
    await client.query('ANALYZE');
    log(`analyzed in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
  const seconds = (Date.now() - started) / 1000;
  log(`national dataset seeded in ${seconds.toFixed(1)} s`);
  return { plan, nationId: ids.idOf('N', 0), campaignId: ids.idOf('C', 0), seconds, rows };
}

type Step = (name: string, sql: string, params?: unknown[]) => Promise<number>;

async function replicas(client: Client): Promise<string[]> {
  const found = await client.query(
    `SELECT table_schema AS schema FROM information_schema.tables
      WHERE table_name = 'directory_organization' AND table_schema = ANY($1::text[])`,
    [[...REPLICAS]],
  );
  return (found.rows as { schema: string }[]).map((r) => r.schema);
}

/** The organization of council number `g`: the nation, then the provinces, then the district offices. */
function councilOrg(ids: SeedIds, plan: SeedPlan, g: string): string {
  return `(CASE WHEN ${g} = 0 THEN ${ids.id('N', 0)} WHEN ${g} <= ${plan.provinces} THEN ${ids.id('P', `${g} - 1`)}
    ELSE ${ids.id('D', `${g} - 1 - ${plan.provinces}`)} END)`;
}

// ------------------------------------------------------------------ organizations and people

async function organizations(step: Step, ids: SeedIds, plan: SeedPlan): Promise<void> {
  const { provinces: P, districts: D, institutions: I, units: U } = plan;
  const N = ids.label('N', 0);
  const provinceOf = (d: string) => `((${d}) % ${P})`;
  const districtOf = (i: string) => `((${i}) % ${D})`;
  const institutionOf = (u: string) => `((${u}) % ${I})`;
  const provincePath = (p: string) => `${N} || '.' || ${ids.label('P', p)}`;
  const districtPath = (d: string) => `${provincePath(provinceOf(d))} || '.' || ${ids.label('D', d)}`;
  const institutionPath = (i: string) => `${districtPath(districtOf(i))} || '.' || ${ids.label('I', i)}`;
  const insert = `INSERT INTO organizations.organization (id, code, name, name_folded, kind, parent_id, path, tenant_id)`;
  const suffix = (q: string, every: number, word: string) =>
    `CASE WHEN ${q} >= ${every} THEN '${word}' || (${q} / ${every} + 1) ELSE '' END`;

  await step(
    'organizations: nation',
    `${insert} VALUES (${ids.id('N', 0)}, ${literal(NATION_CODE)}, ${literal(nfc('Việt Nam'))}, ${literal(fold('Việt Nam'))},
       'NATION', NULL, (${N})::ltree, ${ids.id('N', 0)})`,
  );
  const provinceNames = PROVINCES.map(([kind, name]) => `${kind} ${name}`);
  const shortNames = PROVINCES.map(([, name]) => name);
  await step(
    'organizations: provinces',
    `${insert}
     SELECT ${ids.id('P', 'p')}, 'VN-T' || lpad((p + 1)::text, 3, '0'),
            ${pick(provinceNames, `p % ${PROVINCES.length}`)} || ${suffix('p', PROVINCES.length, ' ')},
            ${pickFolded(provinceNames, `p % ${PROVINCES.length}`)} || ${suffix('p', PROVINCES.length, ' ')},
            'PROVINCE', ${ids.id('N', 0)}, (${provincePath('p')})::ltree, ${ids.id('P', 'p')}
       FROM generate_series(0, ${P - 1}) AS p`,
  );
  const office = 'Phòng GD&ĐT khu vực';
  await step(
    'organizations: district education offices',
    `${insert}
     SELECT ${ids.id('D', 'd')}, 'VN-PGD' || lpad((d + 1)::text, 4, '0'),
            ${literal(nfc(office))} || ' ' || (d / ${P} + 1) || ' – ' || ${pick(shortNames, `${provinceOf('d')} % ${PROVINCES.length}`)},
            ${literal(fold(office))} || ' ' || (d / ${P} + 1) || ' – ' || ${pickFolded(shortNames, `${provinceOf('d')} % ${PROVINCES.length}`)},
            'AGENCY', ${ids.id('P', provinceOf('d'))}, (${districtPath('d')})::ltree, ${ids.id('D', 'd')}
       FROM generate_series(0, ${D - 1}) AS d`,
  );
  // Within a district, schools are numbered q = i / D: every (level, namesake) pair once.
  const NS = NAMESAKES.length;
  const L = SCHOOL_LEVELS.length;
  await step(
    'organizations: institutions',
    `${insert}
     SELECT ${ids.id('I', 'i')}, 'VN-TR' || lpad((i + 1)::text, 6, '0'),
            ${pick(SCHOOL_LEVELS, `(q / ${NS}) % ${L}`)} || ' ' || ${pick(NAMESAKES, `q % ${NS}`)} || ${suffix('q', NS * L, ' số ')},
            ${pickFolded(SCHOOL_LEVELS, `(q / ${NS}) % ${L}`)} || ' ' || ${pickFolded(NAMESAKES, `q % ${NS}`)} || ${suffix('q', NS * L, ' so ')},
            'INSTITUTION', ${ids.id('D', districtOf('i'))}, (${institutionPath('i')})::ltree, ${ids.id('I', 'i')}
       FROM generate_series(0, ${I - 1}) AS i, LATERAL (SELECT i / ${D} AS q) AS x`,
  );
  const UN = UNIT_NAMES.length;
  await step(
    'organizations: units',
    `${insert}
     SELECT ${ids.id('U', 'u')}, 'VN-TO' || lpad((u + 1)::text, 7, '0'),
            ${pick(UNIT_NAMES, `q % ${UN}`)} || ${suffix('q', UN, ' ')},
            ${pickFolded(UNIT_NAMES, `q % ${UN}`)} || ${suffix('q', UN, ' ')},
            'UNIT', ${ids.id('I', institutionOf('u'))},
            (${institutionPath(institutionOf('u'))} || '.' || ${ids.label('U', 'u')})::ltree, ${ids.id('I', institutionOf('u'))}
       FROM generate_series(0, ${U - 1}) AS u, LATERAL (SELECT u / ${I} AS q) AS x`,
  );
  // As an import records them: one CREATED change per organization, one batch.
  await step(
    'organizations: history (CREATED)',
    `INSERT INTO organizations.organization_change (id, tenant_id, organization_id, kind, status, to_parent_id, batch_id,
            effective_from, applied_at, recorded_by)
     SELECT gen_random_uuid(), tenant_id, id, 'CREATED', 'APPLIED', parent_id, $1, now(), now(), $2
       FROM organizations.organization WHERE path <@ (${N})::ltree ORDER BY path`,
    [ids.idOf('B', 0), SEEDED_BY],
  );

  // People: councils' members first (the head of the organization leads it), then every school's
  // and unit's head, then teachers spread over the units.
  const M = plan.councilSize;
  const O = plan.officials;
  const unitOf = (k: string) =>
    `CASE WHEN ${k} < ${O + I} THEN NULL WHEN ${k} < ${O + I + U} THEN ${k} - ${O + I} ELSE (${k} - ${O + I + U}) % ${U} END`;
  const orgOf = (k: string) =>
    `CASE WHEN ${k} < ${O} THEN ${councilOrg(ids, plan, `(${k} / ${M})`)}
          WHEN ${k} < ${O + I} THEN ${ids.id('I', `${k} - ${O}`)}
          ELSE ${ids.id('U', unitOf(k))} END`;
  const name = (values: (v: readonly string[], i: string) => string) =>
    `${values(FAMILY_NAMES, '(k * 7 + k / 97) % 16')} || ' ' || ${values(MIDDLE_NAMES, `(k * 5 + k / 16) % ${MIDDLE_NAMES.length}`)} || ' ' || ${values(GIVEN_NAMES, `(k * 11 + k / 192) % ${GIVEN_NAMES.length}`)}`;
  const head = { NATION: 'Trưởng ban', PROVINCE: 'Chủ tịch Ủy ban nhân dân', AGENCY: 'Trưởng phòng' };
  const deputy = {
    NATION: 'Phó Trưởng ban',
    PROVINCE: 'Phó Chủ tịch Ủy ban nhân dân',
    AGENCY: 'Phó Trưởng phòng',
  };
  await step(
    'people',
    `INSERT INTO organizations.person (id, tenant_id, organization_id, org_path, full_name, full_name_folded,
            party_position, government_position, leads_id, account, staff_code)
     SELECT ${ids.id('H', 'k')}, o.tenant_id, o.id, o.path, ${name(pick)}, ${name(pickFolded)},
            CASE WHEN k < ${O} AND k % ${M} = 0 THEN ${literal(nfc('Bí thư Chi bộ'))}
                 WHEN k < ${O} AND k % ${M} = 1 THEN ${literal(nfc('Phó Bí thư Chi bộ'))}
                 WHEN k < ${O} AND k % ${M} = 2 THEN ${literal(nfc('Chủ tịch Công đoàn'))}
                 WHEN k < ${O} THEN NULL
                 WHEN k < ${O + I} THEN ${literal(nfc('Bí thư Chi bộ'))}
                 WHEN k < ${O + I + U} THEN NULL
                 WHEN (k - ${O + I + U}) % 25 = 0 THEN ${literal(nfc('Bí thư Chi đoàn'))}
                 WHEN (k - ${O + I + U}) % 25 = 1 THEN ${literal(nfc('Tổ trưởng Công đoàn'))} END,
            CASE WHEN k < ${O} AND k % ${M} = 0 THEN (${literal(JSON.stringify(head))}::jsonb) ->> o.kind
                 WHEN k < ${O} AND k % ${M} = 1 THEN (${literal(JSON.stringify(deputy))}::jsonb) ->> o.kind
                 WHEN k < ${O} THEN ${literal(nfc('Chuyên viên'))}
                 WHEN k < ${O + I} THEN ${literal(nfc('Hiệu trưởng'))}
                 WHEN k < ${O + I + U} THEN ${literal(nfc('Tổ trưởng chuyên môn'))}
                 ELSE ${literal(nfc('Giáo viên'))} END,
            CASE WHEN (k < ${O} AND k % ${M} = 0) OR (k >= ${O} AND k < ${O + I + U}) THEN o.id END,
            NULL, 'CB' || lpad((k + 1)::text, 8, '0')
       FROM generate_series(0, ${plan.people - 1}) AS k
       JOIN organizations.organization o ON o.id = ${orgOf('k')}
      ORDER BY k`,
  );
}

/** This transaction's organizations and people, into a service's copy of the directory. */
async function copyDirectory(step: Step, schema: string, xid: string): Promise<void> {
  await step(
    `${schema}: directory copy of the organizations`,
    `INSERT INTO "${schema}".directory_organization (id, code, name, kind, parent_id, path, tenant_id, merged_into_id, dissolved_at, xid)
     SELECT id, code, name, kind, parent_id, path, tenant_id, merged_into_id, dissolved_at, change_xid
       FROM organizations.organization WHERE change_xid = $1::bigint`,
    [xid],
  );
  await step(
    `${schema}: directory copy of the people`,
    `INSERT INTO "${schema}".directory_person (id, organization_id, tenant_id, full_name, full_name_folded, party_position,
            government_position, leads_id, account, xid)
     SELECT id, organization_id, tenant_id, full_name, full_name_folded, party_position, government_position, leads_id,
            account, change_xid
       FROM organizations.person WHERE change_xid = $1::bigint`,
    [xid],
  );
}

/**
 * What `DirectorySync` does through `/internal/directory`, in SQL: the horizon first, then every
 * row written since the copy's cursor (but this seed's, already there), then the cursor moves to
 * the horizon, so that the replicas do not fetch the national dataset again over HTTP.
 */
async function advanceDirectoryCursor(client: Client, schema: string, seedXid: string): Promise<void> {
  const s = `"${schema}"`;
  await client.query('BEGIN');
  try {
    const { horizon } = (
      await client.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`)
    ).rows[0] as { horizon: string };
    const since = async (feed: string) =>
      (
        (
          await client.query(`SELECT since::text FROM ${s}.directory_cursor WHERE feed = $1 FOR UPDATE`, [
            feed,
          ])
        ).rows[0] as { since: string } | undefined
      )?.since ?? null;
    const changed = `(t.change_xid >= $1::bigint OR $1::bigint IS NULL) AND t.change_xid <> $2::bigint`;
    let from = await since('organizations');
    await client.query(
      `INSERT INTO ${s}.directory_organization AS d (id, code, name, kind, parent_id, path, tenant_id, merged_into_id, dissolved_at, xid)
       SELECT t.id, t.code, t.name, t.kind, t.parent_id, t.path, t.tenant_id, t.merged_into_id, t.dissolved_at, t.change_xid
         FROM organizations.organization t WHERE ${changed}
       ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name, kind = EXCLUDED.kind,
          parent_id = EXCLUDED.parent_id, path = EXCLUDED.path, tenant_id = EXCLUDED.tenant_id,
          merged_into_id = EXCLUDED.merged_into_id, dissolved_at = EXCLUDED.dissolved_at, xid = EXCLUDED.xid
        WHERE d.xid <= EXCLUDED.xid`,
      [from, seedXid],
    );
    from = await since('people');
    await client.query(
      `INSERT INTO ${s}.directory_person AS d (id, organization_id, tenant_id, full_name, full_name_folded, party_position,
              government_position, leads_id, account, xid)
       SELECT t.id, t.organization_id, t.tenant_id, t.full_name, t.full_name_folded, t.party_position,
              t.government_position, t.leads_id, t.account, t.change_xid
         FROM organizations.person t WHERE ${changed}
       ON CONFLICT (id) DO UPDATE SET organization_id = EXCLUDED.organization_id, tenant_id = EXCLUDED.tenant_id,
          full_name = EXCLUDED.full_name, full_name_folded = EXCLUDED.full_name_folded,
          party_position = EXCLUDED.party_position, government_position = EXCLUDED.government_position,
          leads_id = EXCLUDED.leads_id, account = EXCLUDED.account, xid = EXCLUDED.xid
        WHERE d.xid <= EXCLUDED.xid`,
      [from, seedXid],
    );
    from = await since('groups');
    await client.query(
      `INSERT INTO ${s}.directory_group AS d (id, owner_id, tenant_id, name, kind, member_ids, xid)
       SELECT t.id, t.owner_id, t.tenant_id, t.name, t.kind,
              ARRAY(SELECT m.organization_id FROM organizations.emulation_group_member m
                     WHERE m.group_id = t.id ORDER BY m.organization_id), t.change_xid
         FROM organizations.emulation_group t WHERE ${changed}
       ON CONFLICT (id) DO UPDATE SET owner_id = EXCLUDED.owner_id, tenant_id = EXCLUDED.tenant_id, name = EXCLUDED.name,
          kind = EXCLUDED.kind, member_ids = EXCLUDED.member_ids, xid = EXCLUDED.xid
        WHERE d.xid <= EXCLUDED.xid`,
      [from, seedXid],
    );
    for (const feed of ['organizations', 'people', 'groups'])
      await client.query(
        `INSERT INTO ${s}.directory_cursor (feed, since) VALUES ($1, $2::bigint)
         ON CONFLICT (feed) DO UPDATE SET since = GREATEST(${s}.directory_cursor.since, EXCLUDED.since)`,
        [feed, horizon],
      );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

// ------------------------------------------------------------------ campaigns

/** Deadlines per level: district offices' inside their province's, provinces' inside the nation's. */
function deadlines(year: number): Record<Level, [string, string, string]> {
  const at = (d: string) => new Date(`${year}-${d}T17:00:00+07:00`).toISOString();
  return {
    2: [at('03-31'), at('11-30'), at('12-20')],
    1: [at('03-23'), at('11-20'), at('12-10')],
    0: [at('03-16'), at('11-10'), at('11-30')],
  };
}

async function campaigns(client: Client, step: Step, ids: SeedIds, plan: SeedPlan): Promise<void> {
  const { provinces: P, districts: D } = plan;
  const title = `${CAMPAIGN_TITLE} năm ${plan.year}`;
  const dl = deadlines(plan.year);
  // Campaign g belongs to council organization g: 0 the nation, 1..P provinces, then districts.
  const level = (g: string) => `(CASE WHEN ${g} = 0 THEN 2 WHEN ${g} <= ${P} THEN 1 ELSE 0 END)`;
  const parent = (g: string) =>
    `(CASE WHEN ${g} = 0 THEN NULL WHEN ${g} <= ${P} THEN ${ids.id('C', 0)}
           ELSE ${ids.id('C', `1 + ((${g} - 1 - ${P}) % ${P})`)} END)`;
  const deadline = (i: 0 | 1 | 2) =>
    `(CASE ${level('g')} WHEN 2 THEN ${literal(dl[2][i])} WHEN 1 THEN ${literal(dl[1][i])} ELSE ${literal(dl[0][i])} END)::timestamptz`;
  await step(
    'campaigns',
    `INSERT INTO campaigns.campaign (id, organization_id, parent_id, title, title_folded, year, end_year, kind, calendar,
            status, registration_deadline, proposal_deadline, escalation_deadline, group_ids, created_by, created_at, updated_at)
     SELECT ${ids.id('C', 'g')}, o.id, ${parent('g')},
            CASE WHEN g = 0 THEN ${literal(nfc(title))} ELSE ${literal(nfc(title))} || ' – ' || o.name END,
            CASE WHEN g = 0 THEN ${literal(fold(title))} ELSE ${literal(fold(title))} || ' – ' || o.name_folded END,
            ${plan.year}, ${plan.year}, 'ANNUAL', 'CALENDAR_YEAR', 'OPEN', ${deadline(0)}, ${deadline(1)}, ${deadline(2)},
            '{}', $1, now() - interval '100 days', now() - interval '99 days'
       FROM generate_series(0, ${plan.councilOrgs - 1}) AS g
       JOIN organizations.organization o ON o.id = ${councilOrg(ids, plan, 'g')}
      ORDER BY g`,
    [SEEDED_BY],
  );
  const seeded = `SELECT id FROM campaigns.campaign WHERE created_by = '${SEEDED_BY}'`;
  await step(
    'campaigns: distinctions of the district campaigns',
    `INSERT INTO campaigns.campaign_distinction (campaign_id, code, position)
     SELECT ${ids.id('C', `1 + ${P} + d`)}, c.code, c.position - 1
       FROM generate_series(0, ${D - 1}) AS d,
            unnest(${textArray([...INDIVIDUAL_CODES, ...COLLECTIVE_CODES])}) WITH ORDINALITY AS c(code, position)`,
  );
  await step(
    'campaigns: criteria',
    `INSERT INTO campaigns.criterion (id, campaign_id, position, target, text, evaluator_organization_id)
     SELECT gen_random_uuid(), c.id, x.position - 1, x.target, x.text, NULL
       FROM (${seeded}) AS c,
            unnest(${textArray(CRITERIA.map(([t]) => t))}, ${textArray(CRITERIA.map(([, text]) => nfc(text)))})
              WITH ORDINALITY AS x(target, text, position)`,
  );
  await step(
    'campaigns: history (DRAFT, OPEN)',
    `INSERT INTO campaigns.campaign_transition (campaign_id, from_status, to_status, at, by)
     SELECT c.id, x.from_status, x.to_status, c.created_at + x.after, $1
       FROM campaigns.campaign c,
            (VALUES (NULL, 'DRAFT', interval '0'), ('DRAFT', 'OPEN', interval '1 day')) AS x(from_status, to_status, after)
      WHERE c.created_by = $1 ORDER BY c.created_at, c.id, x.after`,
    [SEEDED_BY],
  );
  // What nominations and reporting would have fetched from /internal/campaigns on first use.
  await step(
    'nominations: campaign copies',
    `INSERT INTO nominations.campaign_ref (id, organization_id, parent_id, status, year, registration_deadline,
            proposal_deadline, escalation_deadline, group_ids, distinction_codes, criterion_ids)
     SELECT c.id, c.organization_id, c.parent_id, c.status, c.year, c.registration_deadline, c.proposal_deadline,
            c.escalation_deadline, c.group_ids,
            ARRAY(SELECT d.code FROM campaigns.campaign_distinction d WHERE d.campaign_id = c.id ORDER BY d.position),
            ARRAY(SELECT k.id FROM campaigns.criterion k WHERE k.campaign_id = c.id ORDER BY k.position)
       FROM campaigns.campaign c WHERE c.created_by = $1`,
    [SEEDED_BY],
  );
  // Reporting's copy grew year, end year and kind for the yearly statistics: filled when present.
  const columns = new Set(
    (
      await client.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'reporting' AND table_name = 'campaign_ref'`,
      )
    ).rows.map((r: { column_name: string }) => r.column_name),
  );
  const extra = ['year', 'end_year', 'kind'].filter((c) => columns.has(c));
  await step(
    'reporting: campaign cascade',
    `INSERT INTO reporting.campaign_ref (id, parent_id, organization_id${extra.map((c) => `, ${c}`).join('')})
     SELECT c.id, c.parent_id, c.organization_id${extra.map((c) => `, c.${c}`).join('')}
       FROM campaigns.campaign c WHERE c.created_by = $1`,
    [SEEDED_BY],
  );
}

// ------------------------------------------------------------------ nominations

const DAY = 86_400_000;

/**
 * When each step happened, per level of the cascade: registrations, then proposals, council
 * sessions (one slate after the other, 30 minutes apart), recognitions and escalations, each
 * nomination within a day of its phase (`jitter`). Sessions still open were opened yesterday.
 */
function timeline(now: Date) {
  const ago = (days: number) => `${literal(new Date(now.getTime() - days * DAY).toISOString())}::timestamptz`;
  const phases: Record<Level, Partial<Record<Stage | 'SESSION', number>>> = {
    0: {
      REGISTERED: 70,
      WITHDRAWN: 66,
      PROPOSED: 62,
      RETURNED: 59,
      SESSION: 55,
      RECOGNIZED: 50,
      ESCALATED: 47,
    },
    1: { PROPOSED: 47, SESSION: 40, RECOGNIZED: 35, ESCALATED: 32 },
    2: { PROPOSED: 32, SESSION: 25, RECOGNIZED: 20 },
  };
  const jitter = `((n.k * 7) % 86400) * interval '1 second'`;
  const byLevel = (stage: Stage) =>
    `(CASE n.level ${([0, 1, 2] as Level[])
      .filter((l) => phases[l][stage] !== undefined)
      .map((l) => `WHEN ${l} THEN ${ago(phases[l][stage]!)}`)
      .join(' ')} END + ${jitter})`;
  const sessionOpens = (open: string, slate: string, level: string) =>
    `(CASE WHEN ${open} THEN ${ago(1)} ELSE (CASE ${level} WHEN 0 THEN ${ago(phases[0].SESSION!)}
       WHEN 1 THEN ${ago(phases[1].SESSION!)} ELSE ${ago(phases[2].SESSION!)} END) END + ${slate} * interval '30 minutes')`;
  /** The instant a nomination (alias n, its slate sl) reached `stage` (an SQL text expression). */
  const at = (stage: string) => `(CASE ${stage}
      WHEN 'REGISTERED' THEN ${byLevel('REGISTERED')}
      WHEN 'WITHDRAWN' THEN ${byLevel('WITHDRAWN')}
      WHEN 'PROPOSED' THEN ${byLevel('PROPOSED')}
      WHEN 'RETURNED' THEN ${byLevel('RETURNED')}
      WHEN 'UNDER_REVIEW' THEN sl.opened_at
      WHEN 'COUNCIL_APPROVED' THEN sl.closed_at
      WHEN 'COUNCIL_REJECTED' THEN sl.closed_at
      WHEN 'RECOGNIZED' THEN ${byLevel('RECOGNIZED')}
      WHEN 'ESCALATED' THEN ${byLevel('ESCALATED')} END)`;
  return { at, sessionOpens };
}

async function nominations(step: Step, ids: SeedIds, plan: SeedPlan): Promise<void> {
  const { provinces: P, districts: D, institutions: I, units: U, staff: S, councilSize: M } = plan;
  const firstTeacher = plan.officials + I + U;
  const open = plan.openSessions;
  const { at, sessionOpens } = timeline(new Date());

  // Every nomination as numbers: level 0 are the schools' and units' (k), levels 1 and 2 the same
  // nominees escalated to the province and to the nation.
  await step(
    'nominations: plan (district level)',
    `CREATE TEMP TABLE seed_nom ON COMMIT DROP AS
     WITH b AS (
       SELECT k, k % 5 = 4 AS coll, (k / 5) * 4 + k % 5 AS ji, k / 5 AS jc
         FROM generate_series(0::bigint, ${plan.base - 1}) AS k),
     x AS (
       SELECT b.*, CASE WHEN NOT coll THEN ji % ${S} END AS t,
              CASE WHEN coll AND jc % 5 = 0 THEN (jc / 5) % ${I} END AS ci,
              CASE WHEN coll AND jc % 5 <> 0 THEN jc % ${U} END AS cu
         FROM b),
     y AS (
       SELECT x.*, CASE WHEN t IS NOT NULL THEN t % ${U} ELSE cu END AS unit FROM x),
     z AS (
       SELECT y.*, coalesce(ci, unit % ${I}) AS inst FROM y)
     SELECT k, 0 AS level, ${ids.id('M0', 'k')} AS id, (inst % ${D})::int AS d,
            ${ids.id('C', `1 + ${P} + inst % ${D}`)} AS campaign_id,
            CASE WHEN NOT coll AND (k / 5) % 10 >= 7 THEN ${ids.id('I', 'inst')}
                 WHEN ci IS NOT NULL THEN ${ids.id('I', 'ci')} ELSE ${ids.id('U', 'unit')} END AS submitter_id,
            CASE WHEN NOT coll THEN ${ids.id('H', `${firstTeacher} + t`)} END AS person_id,
            CASE WHEN ci IS NOT NULL THEN ${ids.id('I', 'ci')} WHEN cu IS NOT NULL THEN ${ids.id('U', 'cu')} END AS org_id,
            CASE WHEN NOT coll THEN ${pick(INDIVIDUAL_CODES, `(ji / ${S} + t) % 3`)}
                 WHEN ci IS NOT NULL THEN ${pick(COLLECTIVE_CODES, `((jc / 5) / ${I} + ci) % 2`)}
                 ELSE ${pick(COLLECTIVE_CODES, `(jc / ${U} + cu) % 2`)} END AS code,
            CASE WHEN coll THEN 'COLLECTIVE' ELSE 'INDIVIDUAL' END AS target,
            ${stageSql(0, 'k', open)} AS stage,
            NULL::uuid AS escalated_from,
            CASE WHEN ${stageSql(0, 'k', open)} = 'ESCALATED' THEN ${ids.id('M1', 'k')} END AS escalated_to,
            (1 + ${P} + inst % ${D})::int AS council
       FROM z`,
  );
  // Escalated: submitted into the campaign above by the organization that escalated it.
  await step(
    'nominations: plan (escalated to the provinces)',
    `INSERT INTO seed_nom
     SELECT k, 1, ${ids.id('M1', 'k')}, d, ${ids.id('C', `1 + d % ${P}`)}, ${ids.id('D', 'd')}, person_id, org_id, code, target,
            ${stageSql(1, 'k', open)}, id,
            CASE WHEN ${stageSql(1, 'k', open)} = 'ESCALATED' THEN ${ids.id('M2', 'k')} END, 1 + d % ${P}
       FROM seed_nom WHERE level = 0 AND stage = 'ESCALATED'`,
  );
  await step(
    'nominations: plan (escalated to the nation)',
    `INSERT INTO seed_nom
     SELECT k, 2, ${ids.id('M2', 'k')}, d, ${ids.id('C', 0)}, ${ids.id('P', `d % ${P}`)}, person_id, org_id, code, target,
            ${stageSql(2, 'k', open)}, id, NULL, 0
       FROM seed_nom WHERE level = 1 AND stage = 'ESCALATED'`,
  );

  // Council slates: per campaign, the nominations voted on in closed sessions and those on the
  // slates of sessions still open, 50 a session, with the votes each received (2/3 of all members
  // approve those that passed; nobody abstained more than the rest allows).
  const need = Math.ceil((2 * M) / 3);
  const voted = `(${VOTED.map(literal).join(', ')})`;
  const passed = `(${PASSED.map(literal).join(', ')})`;
  await step(
    'voting: slates',
    `CREATE TEMP TABLE seed_slate ON COMMIT DROP AS
     WITH r AS (
       SELECT n.id AS nomination_id, n.k, n.level, n.stage, n.council, n.campaign_id, n.stage = 'UNDER_REVIEW' AS open,
              row_number() OVER (PARTITION BY n.campaign_id, n.stage = 'UNDER_REVIEW' ORDER BY n.k) - 1 AS r
         FROM seed_nom n WHERE n.stage IN ${voted}),
     s AS (
       SELECT r.*, r.r / ${SLATE} AS slate, (r.r % ${SLATE})::int AS position,
              dense_rank() OVER (ORDER BY r.campaign_id, r.open, r.r / ${SLATE}) - 1 AS sn,
              CASE WHEN r.stage IN ${passed} THEN ${need} + (r.k * 7 + r.level) % ${M - need + 1}
                   ELSE (r.k * 7 + r.level) % ${need} END AS approve
         FROM r)
     SELECT s.*, ${sessionOpens('s.open', 's.slate', 's.level')} AS opened_at,
            ${sessionOpens('s.open', 's.slate', 's.level')} + interval '20 minutes' AS closed_at,
            (s.k / 3 + s.level) % (${M} - s.approve + 1) AS abstain, (s.k * 13 + s.level * 5) % ${M} AS rot
       FROM s`,
  );

  const summary = pick(SUMMARIES, `n.k % ${SUMMARIES.length}`);
  await step(
    'nominations',
    `INSERT INTO nominations.nomination (id, campaign_id, year, distinction_code, target, nominee_person_id,
            nominee_organization_id, nominee_name, nominee_name_folded, submitting_organization_id, stage, dossier,
            decision_number, decided_at, escalated_from_id, escalated_to_id, published, published_at, created_by,
            created_at, updated_at)
     SELECT n.id, n.campaign_id, ${plan.year}, n.code, n.target, n.person_id, n.org_id,
            coalesce(p.full_name, o.name), coalesce(p.full_name_folded, o.name_folded), n.submitter_id, n.stage,
            CASE WHEN n.stage NOT IN ('REGISTERED', 'WITHDRAWN')
                 THEN jsonb_build_object('summary', ${summary}, 'evidence', '[]'::jsonb, 'attachments', '[]'::jsonb) END,
            CASE WHEN n.stage IN ('RECOGNIZED', 'ESCALATED')
                 THEN (n.k % 997 + 1) || '/QĐ-' || (ARRAY['PGDĐT', 'UBND', 'TTg'])[n.level + 1] END,
            CASE WHEN n.stage IN ('RECOGNIZED', 'ESCALATED') THEN ${at("'RECOGNIZED'")} END,
            n.escalated_from, n.escalated_to,
            n.stage IN ('RECOGNIZED', 'ESCALATED') AND n.k % 10 = 0,
            CASE WHEN n.stage IN ('RECOGNIZED', 'ESCALATED') AND n.k % 10 = 0 THEN ${at("'RECOGNIZED'")} + interval '1 day' END,
            $1, ${at(`CASE WHEN n.level = 0 THEN 'REGISTERED' ELSE 'PROPOSED' END`)}, ${at('n.stage')}
       FROM seed_nom n
       LEFT JOIN organizations.person p ON p.id = n.person_id
       LEFT JOIN organizations.organization o ON o.id = n.org_id
       LEFT JOIN seed_slate sl ON sl.nomination_id = n.id
      ORDER BY n.level, n.k`,
    [SEEDED_BY],
  );

  const paths = (['REGISTERED', 'PROPOSED', 'RETURNED', 'WITHDRAWN', ...VOTED] as Stage[]).flatMap((final) =>
    [false, true].flatMap((linked) =>
      pathTo(final, linked).map(
        (to, i, all) =>
          `(${literal(final)}, ${linked}, ${i}, ${i === 0 ? 'NULL' : literal(all[i - 1]!)}, ${literal(to)})`,
      ),
    ),
  );
  await step(
    'nominations: history',
    `INSERT INTO nominations.nomination_transition (nomination_id, from_stage, to_stage, at, by, reason)
     SELECT n.id, x.from_stage, x.to_stage, ${at('x.to_stage')}, $1,
            CASE WHEN x.to_stage = 'RETURNED' THEN ${literal(nfc('Bổ sung minh chứng cho từng tiêu chí'))} END
       FROM seed_nom n
       JOIN (VALUES ${paths.join(', ')}) AS x(final, linked, step, from_stage, to_stage)
         ON x.final = n.stage AND x.linked = (n.level > 0)
       LEFT JOIN seed_slate sl ON sl.nomination_id = n.id
      ORDER BY n.level, n.k, x.step`,
    [SEEDED_BY],
  );
  // The platform's record of the year, as recognition writes it; a higher recognition of the same
  // nominee and distinction takes the record over (recognize's upsert).
  await step(
    'nominations: distinction records',
    `INSERT INTO nominations.distinction_record (id, person_id, organization_id, year, distinction_code, decision_number,
            source, nomination_id, created_at)
     SELECT gen_random_uuid(), n.person_id, n.org_id, ${plan.year}, n.code, m.decision_number, 'PLATFORM', n.id, m.decided_at
       FROM seed_nom n JOIN nominations.nomination m ON m.id = n.id
      WHERE n.level = 0 AND n.stage IN ('RECOGNIZED', 'ESCALATED')`,
  );
  for (const level of [1, 2])
    await step(
      'nominations: distinction records',
      `UPDATE nominations.distinction_record r SET nomination_id = m.id, decision_number = m.decision_number
         FROM seed_nom n JOIN nominations.nomination m ON m.id = n.id
        WHERE n.level = ${level} AND n.stage IN ('RECOGNIZED', 'ESCALATED') AND r.nomination_id = n.escalated_from`,
    );
  // Council members read the slates they vote on.
  await step(
    'nominations: council reviewers',
    `INSERT INTO nominations.nomination_reviewer (nomination_id, person_id)
     SELECT s.nomination_id, ${ids.id('H', `s.council * ${M} + j`)}
       FROM seed_slate s CROSS JOIN generate_series(0, ${M - 1}) AS j`,
  );
}

// ------------------------------------------------------------------ voting

async function voting(
  client: Client,
  step: Step,
  ids: SeedIds,
  plan: SeedPlan,
  sealingKey: string | undefined,
): Promise<void> {
  const M = plan.councilSize;
  await step(
    'voting: councils',
    `INSERT INTO voting.council (id, organization_id, name, kind, created_by, created_at)
     SELECT ${ids.id('V', 'g')}, o.id, ${literal(nfc('Hội đồng Thi đua – Khen thưởng'))} || ' ' || o.name, 'EMULATION', $1,
            now() - interval '90 days'
       FROM generate_series(0, ${plan.councilOrgs - 1}) AS g
       JOIN organizations.organization o ON o.id = ${councilOrg(ids, plan, 'g')}
      ORDER BY g`,
    [SEEDED_BY],
  );
  await step(
    'voting: council members',
    `INSERT INTO voting.council_member (council_id, person_id, role)
     SELECT ${ids.id('V', 'g')}, ${ids.id('H', `g * ${M} + j`)},
            coalesce((ARRAY['CHAIR', 'VICE_CHAIR', 'SECRETARY'])[j + 1], 'MEMBER')
       FROM generate_series(0, ${plan.councilOrgs - 1}) AS g, generate_series(0, ${M - 1}) AS j`,
  );
  await step(
    'voting: sessions',
    `INSERT INTO voting.voting_session (id, council_id, title, status, threshold_numerator, threshold_denominator, base,
            comparison, quorum_numerator, quorum_denominator, eligible_voters, ballots_cast, created_by, created_at, closed_at)
     SELECT ${ids.id('S', 'sn')}, ${ids.id('V', 'council')}, ${literal(nfc('Phiên họp xét thi đua, khen thưởng số '))} || (slate + 1),
            CASE WHEN open THEN 'OPEN' ELSE 'CLOSED' END, 2, 3, 'TOTAL_MEMBERS', 'AT_LEAST', 1, 2, ${M},
            CASE WHEN open THEN 0 ELSE ${M} END, $1, opened_at - interval '1 hour', CASE WHEN NOT open THEN closed_at END
       FROM (SELECT DISTINCT sn, council, open, slate, opened_at, closed_at FROM seed_slate) AS s
      ORDER BY sn`,
    [SEEDED_BY],
  );
  await step(
    'voting: slates',
    `INSERT INTO voting.session_nomination (session_id, nomination_id, position)
     SELECT ${ids.id('S', 'sn')}, nomination_id, position FROM seed_slate ORDER BY sn, position`,
  );
  const closed = `(SELECT DISTINCT sn, council FROM seed_slate WHERE NOT open)`;
  await step(
    'voting: participation',
    `INSERT INTO voting.participation (session_id, person_id)
     SELECT ${ids.id('S', 's.sn')}, ${ids.id('H', `s.council * ${M} + j`)}
       FROM ${closed} AS s CROSS JOIN generate_series(0, ${M - 1}) AS j`,
  );
  await step(
    'voting: receipts',
    `INSERT INTO voting.receipt (session_id, code_hash)
     SELECT ${ids.id('S', 's.sn')},
            rtrim(translate(encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'base64'), '+/', '-_'), '=')
       FROM ${closed} AS s CROSS JOIN generate_series(0, ${M - 1}) AS j`,
  );
  // Opened at closing: one row per ballot, every slate nomination chosen, written in random order.
  // Ballot j approves nomination n when (j + rot) mod M falls among its approvals, and so on.
  await step(
    'voting: ballots',
    `INSERT INTO voting.ballot (id, session_id, choices)
     SELECT gen_random_uuid(), ${ids.id('S', 's.sn')},
            jsonb_object_agg(s.nomination_id, CASE WHEN (j + s.rot) % ${M} < s.approve THEN 'APPROVE'
                                                 WHEN (j + s.rot) % ${M} < ${M} - s.abstain THEN 'REJECT'
                                                 ELSE 'ABSTAIN' END)
       FROM seed_slate s CROSS JOIN generate_series(0, ${M - 1}) AS j
      WHERE NOT s.open
      GROUP BY s.sn, j
      ORDER BY random()`,
  );
  await step(
    'voting: results',
    `INSERT INTO voting.session_result (session_id, nomination_id, approve, reject, abstain, passed)
     SELECT ${ids.id('S', 'sn')}, nomination_id, approve, ${M} - approve - abstain, abstain, approve * 3 >= 2 * ${M}
       FROM seed_slate WHERE NOT open`,
  );
  const opened = (await client.query(`SELECT DISTINCT sn FROM seed_slate WHERE open ORDER BY sn`)).rows as {
    sn: string;
  }[];
  if (opened.length > 0 && sealingKey) {
    // Open sessions keep their ballot key wrapped under the voting service's key, as opening does.
    const sealer = new Sealer(sealingKey);
    await step(
      'voting: keys of the open sessions',
      `UPDATE voting.voting_session s SET wrapped_key = u.key
         FROM unnest($1::uuid[], $2::bytea[]) AS u(id, key) WHERE s.id = u.id`,
      [opened.map((o) => ids.idOf('S', Number(o.sn))), opened.map(() => sealer.newSessionKey().wrapped)],
    );
  }
}

// ------------------------------------------------------------------ reset

/** Deletes an earlier national dataset (and whatever was recorded on it), in the caller's transaction. */
async function resetNational(client: Client, nationId: string, log: (line: string) => void): Promise<void> {
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
