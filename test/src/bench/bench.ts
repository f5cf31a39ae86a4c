/**
 * `npm run bench`: docs/API.md §4's figures, measured on this machine through the real gateway
 * (a fresh database on DATABASE_URL's server, or an embedded PostgreSQL). Prints figures; asserts
 * nothing about time. Sizes: BENCH_COUNCILS × BENCH_MEMBERS ballots, BENCH_SUBSCRIBERS sockets.
 */
import 'reflect-metadata';
import { ANONYMOUS, signInternalRequest, type Identity } from '@laurel/auth';
import {
  globalTeardown as teardown,
  graphql,
  importFile,
  launchTestGateway,
  ok,
  PLATFORM_ADMIN,
  restartTestPlatform,
  startTestPlatform,
  testEnv,
  tokenFor,
  wsClient,
  type TestSecrets,
} from '@laurel/testing';
import {
  asPlainReport,
  groupByReport,
  seedNational,
  type GatewayReport,
  type SeedResult,
} from '@laurel/tools';
import type { Platform } from '@laurel/launcher';
import { readFileSync } from 'node:fs';
import { Agent, createServer, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { Client, Pool } from 'pg';
import { gql } from '../gql';
import type { BenchPeoplePageQuery } from '../gql/graphql';

const COUNCILS = Number(process.env.BENCH_COUNCILS ?? 20);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 50);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const NOMINATIONS = Number(process.env.BENCH_NOMINATIONS ?? 150);
/**
 * `report`: only orgReport on the national dataset; `classic`: only the sections above it;
 * `observability`: only the cost of metrics and tracing.
 */
const ONLY = process.env.BENCH_ONLY;
const SEED_SCALE = Number(process.env.BENCH_SEED_SCALE ?? 1);
const REPORT_RATE = Number(process.env.BENCH_REPORT_RATE ?? 200);
const REPORT_SECONDS = Number(process.env.BENCH_REPORT_SECONDS ?? 10);
/** Dashboards of this many viewers send the reports (identical requests of one caller may share a fetch). */
const REPORT_VIEWERS = Number(process.env.BENCH_REPORT_VIEWERS ?? 50);
/** Reports sent before the timed ones, 8 at a time (warm processes are what the figures are about). */
const REPORT_WARMUP = Number(process.env.BENCH_REPORT_WARMUP ?? 1_000);

/** Seconds each observability setting is measured (after 3 s of warm-up). */
const OBSERVABILITY_SECONDS = Number(process.env.BENCH_OBSERVABILITY_SECONDS ?? 15);

const Y = new Date().getUTCFullYear() + 1;
const at = (d: string) => new Date(`${d}T17:00:00+07:00`).toISOString();

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const ms = (v: number) => `${v.toFixed(1)} ms`;

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

// ------------------------------------------------------------------ orgReport on the national dataset

async function seedForBench(databaseUrl: string, votingSealingKey: string): Promise<SeedResult> {
  console.log(
    `[bench] loading the national dataset (npm run seed:national) at scale ${SEED_SCALE} (BENCH_SEED_SCALE; ` +
      `1 = SPEC 4's figures, about 5 minutes on the 2-core development machine; 0.1 about half a minute) …`,
  );
  const seeded = await seedNational({
    databaseUrl,
    scale: SEED_SCALE,
    votingSealingKey,
    log: (line) => console.log(`[bench]   ${line}`),
  });
  // The load left gigabytes of dirty pages: written out now, not by the checkpoint that would
  // otherwise run during the first timed section.
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const t = performance.now();
    await client.query('CHECKPOINT');
    console.log(`[bench]   checkpoint in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.log(
      `[bench]   no checkpoint (${(error as Error).message}): the first section may share the disk with one`,
    );
  } finally {
    await client.end();
  }
  return seeded;
}

/**
 * Open loop: request i is sent at start + i/rate whether or not earlier ones have answered (what
 * "at 200 requests/s" means); latency counts from the scheduled instant, queueing included.
 */
async function openLoop(
  rate: number,
  seconds: number,
  request: () => Promise<void>,
): Promise<{
  latencies: number[];
  errors: number;
  errorKinds: Map<string, number>;
  sent: number;
  seconds: number;
}> {
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const errorKinds = new Map<string, number>();
  let errors = 0;
  let sent = 0;
  const start = performance.now();
  while (sent < total) {
    const now = performance.now();
    while (sent < total && start + sent * interval <= now) {
      const scheduled = start + sent * interval;
      sent += 1;
      pending.push(
        request().then(
          () => void latencies.push(performance.now() - scheduled),
          (error: unknown) => {
            errors += 1;
            const kind = errorKind(error);
            errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
          },
        ),
      );
    }
    if (sent < total)
      await new Promise((r) => setTimeout(r, Math.max(0, start + sent * interval - performance.now())));
  }
  await Promise.all(pending);
  return { latencies, errors, errorKinds, sent, seconds: (performance.now() - start) / 1000 };
}

/**
 * CPU time (ms) of the platform's processes, this bench client and the database's server
 * processes (by pid, from /proc: Linux only, and only when PostgreSQL runs on this machine), to
 * tell where the two cores went. Null where /proc cannot be read.
 */
async function cpuSample(
  db: Pool,
  extra: Record<string, number | undefined> = {},
): Promise<Map<string, number> | null> {
  const platform = (globalThis as { __laurelPlatform?: Platform }).__laurelPlatform;
  const read = (pid: number | undefined): number | null => {
    if (!pid) return null;
    try {
      // utime and stime, in clock ticks (100 a second on Linux), after the parenthesised name.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      return null;
    }
  };
  if (read(process.pid) === null) return null;
  const sample = new Map<string, number>();
  for (const [name, p] of Object.entries(platform?.processes ?? {})) sample.set(name, read(p.child.pid) ?? 0);
  for (const [name, pid] of Object.entries(extra)) sample.set(name, read(pid) ?? 0);
  sample.set('bench client', read(process.pid) ?? 0);
  const { rows } = await db.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  for (const { pid } of rows as { pid: number }[]) {
    const t = read(pid);
    if (t !== null) sample.set(`postgres:${pid}`, t);
  }
  return sample;
}

/** `gateway 4.1, reporting 1.3, …, postgres 1.2` ms a request between two samples. */
function cpuPerRequest(
  before: Map<string, number> | null,
  after: Map<string, number> | null,
  requests: number,
) {
  if (!before || !after) return 'not measured (no /proc)';
  const totals = new Map<string, number>();
  for (const [key, t] of after) {
    const name = key.startsWith('postgres:') ? 'postgres' : key;
    // A database connection opened meanwhile counts from zero.
    totals.set(name, (totals.get(name) ?? 0) + t - (before.get(key) ?? 0));
  }
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  return (
    [...totals.entries()]
      .filter(([, t]) => t > 0)
      .sort(([, a], [, b]) => b - a)
      .map(([name, t]) => `${name} ${(t / requests).toFixed(2)}`)
      .join(', ') + `; ${(all / requests).toFixed(1)} ms in all`
  );
}

/** A failed request, as the gateway (or the client) told it: HTTP status and error codes, or the exception. */
class RequestFailed extends Error {
  constructor(readonly kind: string) {
    super(kind);
  }
}

function errorKind(error: unknown): string {
  if (error instanceof RequestFailed) return error.kind;
  if (error instanceof Error) {
    // fetch wraps the socket's failure (ECONNRESET, UND_ERR_SOCKET, …) in `cause`.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message;
    return `${error.name}: ${error.message}${detail ? ` (${detail})` : ''}`;
  }
  return String(error);
}

/** `12 × HTTP 200 INTERNAL_SERVER_ERROR: timeout, 3 × TimeoutError: …`, most frequent first. */
const kindsOf = (kinds: Map<string, number>) =>
  [...kinds.entries()]
    .sort(([, a], [, b]) => b - a)
    .map(([kind, n]) => `${n} × ${kind}`)
    .join('; ');

const figures = (latencies: number[]) =>
  `p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}, ` +
  `max ${ms(Math.max(...latencies))}`;

/**
 * POST over kept-alive connections with node:http: the reports' load generator shares the two
 * cores with the platform, and `fetch` (undici) cost it about 1.4 ms of CPU a request against
 * about 0.5 ms here, CPU the figures would otherwise charge to the platform's latency.
 */
const reportAgent = new Agent({ keepAlive: true, maxSockets: 512 });
function postJson(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
  retried = false,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: 'POST',
        agent: reportAgent,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`TimeoutError: no answer in ${timeoutMs} ms`)));
    req.on('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive connection the server closed as idle just as it was reused (Node's
      // documented race): the request never reached it, so it is sent again, once.
      if (req.reusedSocket && error.code === 'ECONNRESET' && !retried)
        resolve(postJson(url, headers, body, timeoutMs, true));
      else reject(error);
    });
    req.end(body);
  });
}

const TOTALS =
  'registered proposed underReview councilApproved councilRejected recognized escalated revoked collectives individuals';
/** What a dashboard asks: totals, by distinction, and each child (named) with its totals. */
const ORG_REPORT = `query($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) {
  totals { ${TOTALS} } byDistinction { distinction { code } count }
  children { organization { id name } totals { ${TOTALS} } } } }`;

/**
 * orgReport for a province and for the nation over their cascaded campaigns, through the gateway
 * at REPORT_RATE requests/s (open loop), beside the same report computed by a plain GROUP BY over
 * the nominations (at the same rate when it can keep up, otherwise one query after the other).
 */
async function reportSection(seeded: SeedResult): Promise<void> {
  const db = new Pool({ connectionString: testEnv('databaseUrl'), max: 8 });
  // The platform's gateway keeps report answers for REPORT_CACHE_MS (1 s) for callers with the
  // same reads; a second gateway process with the cache off measures the computation itself.
  const uncached = await launchTestGateway({ REPORT_CACHE_MS: '0' });
  const gateways = [
    { label: 'report cache off', url: uncached.url },
    { label: 'report cache on (1 s)', url: testEnv('gatewayUrl') },
  ];
  const extra = { 'gateway (cache off)': uncached.child.pid };
  try {
    // Viewers of the nation (so of every province): the gateway shares an in-flight subgraph
    // fetch between identical requests signed alike, which one caller alone would measure.
    const admin = { token: await tokenFor(PLATFORM_ADMIN) };
    const tokens: string[] = [];
    for (let i = 0; i < REPORT_VIEWERS; i++) {
      const subject = `report-viewer-${i}`;
      await ok(
        `mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }`,
        { i: { subject, organizationId: seeded.nationId, role: 'VIEWER' } },
        admin,
      );
      tokens.push(await tokenFor(subject));
    }
    let turn = 0;
    const province = (
      await db.query(
        `SELECT o.id, o.name, c.id AS campaign FROM organizations.organization o
           JOIN campaigns.campaign c ON c.organization_id = o.id WHERE o.code = 'VN-T001'`,
      )
    ).rows[0] as { id: string; name: string; campaign: string };
    const targets = [
      { label: `province (${province.name})`, organizationId: province.id, campaignId: province.campaign },
      { label: 'nation', organizationId: seeded.nationId, campaignId: seeded.campaignId },
    ];
    for (const target of targets) {
      const body = JSON.stringify({
        query: ORG_REPORT,
        variables: { o: target.organizationId, c: target.campaignId },
      });
      const viaGateway = async (url = gateways[0]!.url): Promise<GatewayReport> => {
        const res = await postJson(
          url,
          { 'content-type': 'application/json', authorization: `Bearer ${tokens[turn++ % tokens.length]}` },
          body,
          30_000,
        );
        const text = res.text;
        let json: {
          data?: { orgReport: GatewayReport | null };
          errors?: { message?: string; extensions?: { code?: string } }[];
        };
        try {
          json = JSON.parse(text) as typeof json;
        } catch {
          throw new RequestFailed(`HTTP ${res.status}, not JSON: ${text.slice(0, 80)}`);
        }
        if (res.status !== 200 || json.errors || !json.data?.orgReport) {
          // Kind: status, then each distinct code (with the first words of its message).
          const codes = [
            ...new Set(
              (json.errors ?? []).map(
                (e) => `${e.extensions?.code ?? 'NO_CODE'}: ${(e.message ?? '').slice(0, 100)}`,
              ),
            ),
          ];
          throw new RequestFailed(
            `HTTP ${res.status} ${codes.length > 0 ? codes.join(' + ') : 'orgReport null'}`,
          );
        }
        return json.data.orgReport;
      };
      const plainReport = () => groupByReport(db, target.organizationId, target.campaignId);

      // Warm both up, and check they agree before timing either. The processes were started a
      // moment ago: until their hot paths are compiled (V8 optimises after many calls, on these
      // same cores) a request costs more than it will, so the figures below are of warm processes.
      let report = await viaGateway();
      await pool(
        Array.from({ length: REPORT_WARMUP }, (_, i) => i),
        8,
        async () => void (report = await viaGateway()),
      );
      const expected = await plainReport();
      const [{ campaigns }] = (
        await db.query(
          `WITH RECURSIVE cascade(id) AS (SELECT $1::uuid UNION
             SELECT c.id FROM nominations.campaign_ref c JOIN cascade ON c.parent_id = cascade.id)
           SELECT count(*)::int AS campaigns FROM cascade`,
          [target.campaignId],
        )
      ).rows as [{ campaigns: number }];
      const counted = expected.totals.collectives + expected.totals.individuals;
      console.log(
        `[bench] orgReport, ${target.label}: ${campaigns} campaigns in the cascade, ` +
          `${counted.toLocaleString('en')} nominations counted, ${expected.children.length} children; ` +
          `the report ${isDeepStrictEqual(asPlainReport(report), expected) ? 'equals' : 'DIFFERS FROM'} the GROUP BY`,
      );

      // Transactions the database committed meanwhile, all processes together: how much work a
      // request really cost (identical requests in flight at once may share a subgraph fetch).
      const committed = async () => {
        await new Promise((r) => setTimeout(r, 1_500)); // statistics are flushed about every second
        const { rows } = await db.query(
          `SELECT xact_commit::int AS n FROM pg_stat_database WHERE datname = current_database()`,
        );
        return (rows[0] as { n: number }).n;
      };
      for (const gateway of gateways) {
        // Warm this gateway too (the first one warmed the subgraphs behind both).
        await pool(
          Array.from({ length: Math.min(REPORT_WARMUP, 400) }, (_, i) => i),
          8,
          async () => void (await viaGateway(gateway.url)),
        );
        const label = `${target.label}, ${gateway.label}`;
        const before = await committed();
        const cpuBefore = await cpuSample(db, extra);
        const g = await openLoop(
          REPORT_RATE,
          REPORT_SECONDS,
          async () => void (await viaGateway(gateway.url)),
        );
        const cpuAfter = await cpuSample(db, extra);
        const transactions = (await committed()) - before;
        console.log(
          `[bench] orgReport, ${label}, through the gateway at ${REPORT_RATE}/s for ${REPORT_SECONDS} s ` +
            `(${REPORT_VIEWERS} viewers in turn): ` +
            `${g.sent} sent, ${g.errors} errors, all answered after ${g.seconds.toFixed(1)} s; ${figures(g.latencies)}; ` +
            `${(transactions / g.sent).toFixed(1)} database transactions a request`,
        );
        if (g.errors > 0) console.log(`[bench] orgReport, ${label}, failures: ${kindsOf(g.errorKinds)}`);
        // Everything on these cores, background work included (the event poll, the fold, …).
        console.log(
          `[bench] orgReport, ${label}, CPU ms a request by process: ${cpuPerRequest(cpuBefore, cpuAfter, g.sent)}`,
        );
      }

      // The plain GROUP BY: at the same rate if one query leaves room for it on two cores.
      const probe: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        await plainReport();
        probe.push(performance.now() - t);
      }
      const mean = probe.reduce((a, b) => a + b, 0) / probe.length;
      if ((mean * REPORT_RATE) / 1000 <= 1.5) {
        const p = await openLoop(REPORT_RATE, REPORT_SECONDS, async () => void (await plainReport()));
        console.log(
          `[bench] plain GROUP BY, ${target.label}, SQL on the nominations schema at ${REPORT_RATE}/s for ${REPORT_SECONDS} s: ` +
            `${p.sent} sent, ${p.errors} errors, all answered after ${p.seconds.toFixed(1)} s; ${figures(p.latencies)}`,
        );
        if (p.errors > 0)
          console.log(`[bench] plain GROUP BY, ${target.label}, failures: ${kindsOf(p.errorKinds)}`);
      } else {
        const n = Math.max(5, Math.min(30, Math.round((REPORT_SECONDS * 1000) / mean)));
        const sequential: number[] = [];
        for (let i = 0; i < n; i++) {
          const t = performance.now();
          await plainReport();
          sequential.push(performance.now() - t);
        }
        console.log(
          `[bench] plain GROUP BY, ${target.label}, SQL on the nominations schema: cannot keep up with ${REPORT_RATE}/s ` +
            `(${ms(mean)} a query), ${n} one after the other: ${figures(sequential)}`,
        );
      }
    }
  } finally {
    await uncached.stop();
    await db.end();
    reportAgent.destroy();
  }
}

/**
 * Resolves once the gateway counts no graphql-ws socket open (`laurel_ws_connections`) and then
 * `settleMs` have passed (the garbage of a thousand closed sockets, here and in the gateway);
 * after 30 s of waiting it goes on, saying so.
 */
async function gatewaySocketsClosed(settleMs = 2_000): Promise<void> {
  const open = async (): Promise<number | null> => {
    const res = await fetch(testEnv('gatewayMetricsUrl')).catch(() => null);
    const text = res?.ok ? await res.text() : '';
    const match = /^laurel_ws_connections(?:\{[^}]*\})? (\S+)$/m.exec(text);
    return match ? Number(match[1]) : null;
  };
  const deadline = performance.now() + 30_000;
  let count = await open();
  while (count !== null && count > 0 && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    count = await open();
  }
  if (count === null) console.log('[bench] the gateway does not count its sockets (metrics off?)');
  else if (count > 0) console.log(`[bench] ${count} graphql-ws sockets still open after 30 s`);
  await new Promise((r) => setTimeout(r, settleMs));
}

/** The existing figures: castBallot, votingProgress fan-out, a page of nominations, gateway overhead. */
async function classicSections(): Promise<void> {
  const admin = { token: await tokenFor(PLATFORM_ADMIN) };
  // ---- seed: a province, a school, people with accounts, a campaign, nominations
  const org = async (kind: string, name: string, parentId: string | null) =>
    (
      await ok<{ createOrganization: { id: string } }>(
        `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
        { i: { code: `${kind}-${Math.random().toString(36).slice(2, 10)}`, name, kind, parentId } },
        admin,
      )
    ).createOrganization.id;
  const province = await org('PROVINCE', 'Tỉnh Đo đạc', null);
  const school = await org('INSTITUTION', 'Trường Đo đạc', province);
  const schoolCode = (
    await ok<{ organization: { code: string } }>(
      `query($id: ID!) { organization(id: $id) { code } }`,
      { id: school },
      admin,
    )
  ).organization.code;
  const people = COUNCILS * MEMBERS + 10 + NOMINATIONS;
  const csv = ['organization,fullName,account'];
  for (let i = 0; i < people; i++) csv.push(`${schoolCode},Cán bộ số ${i + 1},bench-${i}`);
  // A file, not a GraphQL variable: with larger BENCH_* sizes the list passes the 100 KB cap on /graphql.
  const imported = await importFile<{ importPeople: { created: number } }>('people', csv.join('\n'), admin);
  if (!imported.data?.importPeople)
    throw new Error(`importing people failed (${imported.status}): ${JSON.stringify(imported.errors)}`);
  console.log(`[bench] seeded ${imported.data.importPeople.created} people`);
  const ids = new Map<string, string>();
  let after: string | null = null;
  for (;;) {
    // Annotated: `after` (read in the loop) makes the inference circular.
    const page: BenchPeoplePageQuery = await ok(
      gql(
        `query BenchPeoplePage($id: ID!, $a: String) { organization(id: $id) { people(first: 100, after: $a) { edges { node { id account } } pageInfo { hasNextPage endCursor } } } }`,
      ),
      { id: school, a: after },
      admin,
    );
    for (const e of page.organization!.people.edges) ids.set(e.node.account!, e.node.id);
    if (!page.organization!.people.pageInfo.hasNextPage) break;
    after = page.organization!.people.pageInfo.endCursor;
  }
  const person = (i: number) => ids.get(`bench-${i}`) as string;

  const campaign = (
    await ok<{ createCampaign: { id: string } }>(
      `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`,
      {
        i: {
          organizationId: school,
          title: 'Đo đạc',
          year: Y,
          kind: 'ANNUAL',
          registrationDeadline: at(`${Y}-03-23`),
          proposalDeadline: at(`${Y}-11-30`),
          distinctionCodes: [],
        },
      },
      admin,
    )
  ).createCampaign.id;
  await ok(`mutation($id: ID!) { openCampaign(id: $id) { id } }`, { id: campaign }, admin);
  const nominationIds: string[] = [];
  const firstNominee = COUNCILS * MEMBERS + 10;
  await pool(
    Array.from({ length: NOMINATIONS }, (_, i) => i),
    8,
    async (i) => {
      const n = await ok<{ registerNomination: { id: string } }>(
        `mutation($i: RegisterNominationInput!) { registerNomination(input: $i) { id } }`,
        {
          i: {
            campaignId: campaign,
            distinctionCode: 'LAO_DONG_TIEN_TIEN',
            submittingOrganizationId: school,
            nomineePersonId: person(firstNominee + i),
          },
        },
        admin,
      );
      nominationIds[i] = n.registerNomination.id;
    },
  );
  for (const id of nominationIds.slice(0, COUNCILS + 1))
    await ok(
      `mutation($id: ID!) { proposeNomination(id: $id, dossier: { summary: "Thành tích" }) { id } }`,
      { id },
      admin,
    );

  const council = async (members: number[]) =>
    (
      await ok<{ createCouncil: { id: string } }>(
        `mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id } }`,
        {
          i: {
            organizationId: school,
            name: 'Hội đồng',
            kind: 'EMULATION',
            members: members.map((m) => ({ personId: person(m), role: 'MEMBER' })),
          },
        },
        admin,
      )
    ).createCouncil.id;
  const session = async (councilId: string, nominationId: string) => {
    const s = await ok<{ createVotingSession: { id: string } }>(
      `mutation($i: CreateVotingSessionInput!) { createVotingSession(input: $i) { id } }`,
      {
        i: {
          councilId,
          title: 'Phiên',
          nominationIds: [nominationId],
          threshold: { numerator: 2, denominator: 3 },
          base: 'TOTAL_MEMBERS',
          quorum: { numerator: 1, denominator: 2 },
        },
      },
      admin,
    );
    await ok(
      `mutation($id: ID!) { openVotingSession(id: $id) { id } }`,
      { id: s.createVotingSession.id },
      admin,
    );
    return s.createVotingSession.id;
  };

  // ---- castBallot: sustained ballots per second through the gateway
  const ballots: { token: string; sessionId: string; nominationId: string }[] = [];
  for (let c = 0; c < COUNCILS; c++) {
    const members = Array.from({ length: MEMBERS }, (_, i) => c * MEMBERS + i);
    const sessionId = await session(await council(members), nominationIds[c]!);
    for (const m of members)
      ballots.push({ token: await tokenFor(`bench-${m}`), sessionId, nominationId: nominationIds[c]! });
  }
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  await pool(ballots, CONCURRENCY, async (b) => {
    const t = performance.now();
    const res = await graphql(
      `
        mutation ($s: ID!, $n: ID!) {
          castBallot(sessionId: $s, choices: [{ nominationId: $n, choice: APPROVE }]) {
            receiptCode
          }
        }
      `,
      { s: b.sessionId, n: b.nominationId },
      { token: b.token },
    );
    latencies.push(performance.now() - t);
    if (res.errors) failures += 1;
  });
  const seconds = (performance.now() - started) / 1000;
  let counted = 0;
  for (const sessionId of new Set(ballots.map((b) => b.sessionId))) {
    const s = await ok<{ votingSession: { ballotsCast: number } }>(
      `query($id: ID!) { votingSession(id: $id) { ballotsCast } }`,
      { id: sessionId },
      admin,
    );
    counted += s.votingSession.ballotsCast;
  }
  console.log(
    `[bench] castBallot: ${ballots.length} ballots, concurrency ${CONCURRENCY}: ${(ballots.length / seconds).toFixed(0)} ballots/s; ` +
      `latency p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}; failed ${failures}; counted ${counted}`,
  );

  // ---- votingProgress fan-out: SUBSCRIBERS sockets on one gateway, delivery latency per ballot
  const fanMembers = Array.from({ length: 10 }, (_, i) => COUNCILS * MEMBERS + i);
  const fanSession = await session(await council(fanMembers), nominationIds[COUNCILS]!);
  const adminToken = await tokenFor(PLATFORM_ADMIN);
  const received = new Map<number, number[]>();
  const clients = Array.from({ length: SUBSCRIBERS }, () =>
    wsClient({ Authorization: `Bearer ${adminToken}` }),
  );
  let ready = 0;
  let refused = 0;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${ready} of ${SUBSCRIBERS} subscribed`)), 120_000);
    for (const client of clients) {
      let first = true;
      client.subscribe<{ votingProgress: { ballotsCast: number } }>(
        {
          query: `subscription($id: ID!) { votingProgress(sessionId: $id) { ballotsCast } }`,
          variables: { id: fanSession },
        },
        {
          next: (value) => {
            if (first) {
              first = false;
              // A refusal (NOT_FOUND, or UNAVAILABLE when the audience check failed) is an answer,
              // not a subscription: counted apart and printed.
              if (!value.data?.votingProgress) refused++;
              if (++ready === SUBSCRIBERS) {
                clearTimeout(timer);
                resolve();
              }
              return;
            }
            const n = value.data?.votingProgress.ballotsCast ?? -1;
            const list = received.get(n) ?? [];
            list.push(performance.now());
            received.set(n, list);
          },
          error: reject,
          complete: () => undefined,
        },
      );
    }
  });
  const sentAt = new Map<number, number>();
  for (let i = 0; i < fanMembers.length; i++) {
    sentAt.set(i + 1, performance.now());
    await ok(
      `mutation($s: ID!, $n: ID!) { castBallot(sessionId: $s, choices: [{ nominationId: $n, choice: APPROVE }]) { receiptCode } }`,
      { s: fanSession, n: nominationIds[COUNCILS] },
      { token: await tokenFor(`bench-${fanMembers[i]}`) },
    );
    await new Promise((r) => setTimeout(r, 250));
  }
  await new Promise((r) => setTimeout(r, 2_000));
  const deliveries: number[] = [];
  let delivered = 0;
  for (const [n, times] of received) {
    const t0 = sentAt.get(n);
    if (t0 === undefined) continue;
    delivered += times.length;
    for (const t of times) deliveries.push(t - t0);
  }
  const final = received.get(fanMembers.length)?.length ?? 0;
  console.log(
    `[bench] votingProgress: ${SUBSCRIBERS} subscribers (${refused} refused at subscription), ${fanMembers.length} ballots 250 ms apart: ` +
      `${final}/${SUBSCRIBERS} saw the final count; ${delivered}/${SUBSCRIBERS * fanMembers.length} updates ` +
      `(updates are coalesced to one per 200 ms per subscriber); from cast request to delivery ` +
      `p50 ${ms(percentile(deliveries, 50))}, p99 ${ms(percentile(deliveries, 99))}, max ${ms(Math.max(...deliveries))}`,
  );
  await Promise.all(clients.map((c) => c.dispose()));
  // The pages must not time the fan-out's teardown: right after it, the first page of 10 took
  // 3.1 s against a 266 ms median (its p99 of 40 is that one request); once the gateway had seen
  // every socket close and a moment passed, 73 ms against 52 ms.
  await gatewaySocketsClosed();

  // ---- a page of 100 nominations with nominee, submitting organization, campaign and distinction
  const PAGE = `query($c: ID!, $f: Int) { nominations(campaignId: $c, first: $f) { edges { node { id stage
    nominee { ... on Person { fullName } } submittingOrganization { name } campaign { title } distinction { nameVi } } } } }`;
  const time = async (run: () => Promise<unknown>, n: number) => {
    const list: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await run();
      list.push(performance.now() - t);
    }
    return list;
  };
  for (const first of [10, 100]) {
    const list = await time(() => ok(PAGE, { c: campaign, f: first }, admin), 40);
    console.log(
      `[bench] nominations page of ${first} (4 subgraphs): p50 ${ms(percentile(list, 50))}, p99 ${ms(percentile(list, 99))}`,
    );
  }

  // ---- gateway overhead: the same nominations-only query through the gateway and straight to the subgraph
  const LOCAL = `query($c: ID!) { nominations(campaignId: $c, first: 100) { edges { node { id stage nomineeName } } } }`;
  const subgraph = (JSON.parse(testEnv('subgraphUrls')) as Record<string, string>).nominations!;
  const identity: Identity = { ...ANONYMOUS, subject: PLATFORM_ADMIN, isPlatformAdmin: true };
  const direct = await time(async () => {
    const body = JSON.stringify({ query: LOCAL, variables: { c: campaign } });
    const res = await fetch(subgraph, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...signInternalRequest(identity, testEnv('internalSecret'), body),
      },
      body,
    });
    await res.json();
  }, 60);
  const viaGateway = await time(() => ok(LOCAL, { c: campaign }, admin), 60);
  const d50 = percentile(direct, 50);
  const g50 = percentile(viaGateway, 50);
  console.log(
    `[bench] gateway overhead, 100 nominations: subgraph p50 ${ms(d50)}, gateway p50 ${ms(g50)} (+${(((g50 - d50) / d50) * 100).toFixed(0)}%)`,
  );
}

/**
 * What observability costs: the whole platform restarted with metrics off, metrics on (the
 * default), and metrics with tracing at 1% and 100% (spans exported over OTLP/HTTP to a sink in
 * this process that discards them), each measured as the throughput of CONCURRENCY clients
 * reading the distinction catalogue (gateway → campaigns → PostgreSQL) for OBSERVABILITY_SECONDS.
 */
/**
 * CPU time (ms, user + system) the platform's processes have used so far, from /proc (Linux; 0
 * elsewhere): per request it is steadier than throughput on a machine others share.
 */
function platformCpuMs(): number {
  const platform = (globalThis as { __laurelPlatform?: Platform }).__laurelPlatform;
  let ticks = 0;
  for (const { child } of Object.values(platform?.processes ?? {})) {
    try {
      // Fields 14 and 15 (utime, stime) in clock ticks, counted after the parenthesised name.
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return 0;
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

async function observabilitySection(): Promise<void> {
  const sink = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const address = sink.address();
  const endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const settings: { label: string; env: Record<string, string> }[] = [
    { label: 'metrics off, tracing off', env: { METRICS_ENABLED: 'false' } },
    { label: 'metrics on (default), tracing off', env: {} },
    {
      label: 'metrics on, tracing 1%',
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_TRACES_SAMPLER_ARG: '0.01' },
    },
    {
      label: 'metrics on, tracing 100%',
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_TRACES_SAMPLER_ARG: '1' },
    },
  ];
  const rows: {
    label: string;
    rps: number;
    p50: number;
    p95: number;
    errors: number;
    cpuPerRequest: number;
  }[] = [];
  try {
    for (const setting of settings) {
      console.log(`[bench] observability: restarting the platform with ${setting.label} …`);
      await restartTestPlatform(async () => undefined, setting.env);
      const body = JSON.stringify({ query: `query BenchCatalogue { distinctions { code level } }` });
      const headers = {
        'content-type': 'application/json',
        authorization: `Bearer ${await tokenFor(PLATFORM_ADMIN)}`,
      };
      const run = async (seconds: number) => {
        const latencies: number[] = [];
        let errors = 0;
        const end = performance.now() + seconds * 1000;
        await Promise.all(
          Array.from({ length: CONCURRENCY }, async () => {
            while (performance.now() < end) {
              const start = performance.now();
              const res = await postJson(testEnv('gatewayUrl'), headers, body, 30_000).catch(() => null);
              if (res?.status === 200 && !res.text.includes('"errors"'))
                latencies.push(performance.now() - start);
              else errors += 1;
            }
          }),
        );
        return { latencies, errors };
      };
      await run(3);
      const cpuBefore = platformCpuMs();
      const { latencies, errors } = await run(OBSERVABILITY_SECONDS);
      rows.push({
        label: setting.label,
        rps: latencies.length / OBSERVABILITY_SECONDS,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        errors,
        cpuPerRequest: (platformCpuMs() - cpuBefore) / Math.max(latencies.length + errors, 1),
      });
    }
  } finally {
    await new Promise((resolve) => sink.close(resolve));
  }
  const base = rows[0]!.rps;
  const baseCpu = rows[0]!.cpuPerRequest;
  const change = (value: number, of: number) => `${(((value - of) / of) * 100).toFixed(1)}%`;
  console.log(`\n## Observability's cost (${CONCURRENCY} clients, ${OBSERVABILITY_SECONDS} s each)\n`);
  console.log(
    '| setting | requests/s | vs off | p50 ms | p95 ms | errors | platform CPU ms/request | vs off |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows)
    console.log(
      `| ${row.label} | ${row.rps.toFixed(0)} | ${change(row.rps, base)} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.errors} | ${row.cpuPerRequest.toFixed(3)} | ${change(row.cpuPerRequest, baseCpu)} |`,
    );
}

async function main(): Promise<void> {
  if (ONLY && ONLY !== 'report' && ONLY !== 'classic' && ONLY !== 'observability')
    throw new Error(
      `BENCH_ONLY=${ONLY}: report (orgReport on the national dataset), classic (the rest) or observability`,
    );
  let seeded: SeedResult | undefined;
  const seed = async (databaseUrl: string, secrets: TestSecrets) => {
    seeded = await seedForBench(databaseUrl, secrets.VOTING_SEALING_KEY);
  };
  console.log(`[bench] starting the platform …`);
  // The national dataset goes in while no replica runs: nothing fetches it again over HTTP.
  // The tests poll every 100 ms to be quick; the bench runs the pollers as deployed (reporting's
  // event feed and fold every second, the organizations scheduler every 30 s).
  const env = { EVENTS_POLL_MS: '1000', SCHEDULE_INTERVAL_MS: '30000', DB_POOL_SIZE: '10' };
  await startTestPlatform(ONLY === 'report' ? { beforeLaunch: seed, env } : { env });
  try {
    if (!ONLY || ONLY === 'classic') await classicSections();
    if (!ONLY || ONLY === 'report') {
      if (!seeded) {
        console.log('[bench] stopping the platform to load the national dataset …');
        await restartTestPlatform(seed);
      }
      await reportSection(seeded!);
    }
    if (!ONLY || ONLY === 'observability') await observabilitySection();
  } finally {
    await teardown();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    void teardown().finally(() => process.exit(1));
  },
);
