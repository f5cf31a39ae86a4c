/**
 * `npm run bench`: docs/API.md §4's figures, measured on this machine through the real gateway
 * (a fresh database on DATABASE_URL's server, or an embedded PostgreSQL). Prints figures; asserts
 * nothing about time. Sizes: BENCH_COUNCILS × BENCH_MEMBERS ballots, BENCH_SUBSCRIBERS sockets.
 */
import 'reflect-metadata';
import { ANONYMOUS, signInternalRequest, type Identity } from '@laurel/auth';
import {
  globalTeardown as teardown,
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
import { createServer } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { Client, Pool } from 'pg';
import { ballotsSection } from './ballots';
import { seedBenchWorld } from './bench-world';
import {
  cpuPerRequest,
  cpuSample,
  figures,
  kindsOf,
  ms,
  openLoop,
  percentile,
  pool,
  platformCpuMs,
  postJson,
  reportAgent,
  RequestFailed,
} from './measure';

const COUNCILS = Number(process.env.BENCH_COUNCILS ?? 20);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 50);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const NOMINATIONS = Number(process.env.BENCH_NOMINATIONS ?? 150);
/**
 * `report`: only orgReport on the national dataset; `classic`: only the sections above it;
 * `observability`: only the cost of metrics and tracing; `ballots`: only castBallot.
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
  const world = await seedBenchWorld({ councils: COUNCILS, members: MEMBERS, nominations: NOMINATIONS });
  const { admin, campaign, nominationIds, council, session } = world;

  await ballotsSection(world, { councils: COUNCILS, members: MEMBERS, concurrency: CONCURRENCY });

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
  const direct = () =>
    time(async () => {
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
  const viaGateway = () => time(() => ok(LOCAL, { c: campaign }, admin), 60);
  // Five rounds, each measuring both one after the other: the target is met in every round or not.
  const rounds: number[] = [];
  for (let round = 1; round <= 5; round++) {
    const d50 = percentile(await direct(), 50);
    const g50 = percentile(await viaGateway(), 50);
    rounds.push(((g50 - d50) / d50) * 100);
    console.log(
      `[bench] gateway overhead, 100 nominations, round ${round}: subgraph p50 ${ms(d50)}, gateway p50 ${ms(g50)} (+${rounds.at(-1)!.toFixed(0)}%)`,
    );
  }
  console.log(
    `[bench] gateway overhead within +50% in ${rounds.filter((r) => r <= 50).length} of 5 rounds (+${rounds.map((r) => r.toFixed(0)).join('%, +')}%)`,
  );
}

/**
 * What observability costs: the whole platform restarted with metrics off, metrics on (the
 * default), and metrics with tracing at 1% and 100% (spans exported over OTLP/HTTP to a sink in
 * this process that discards them), each measured as the throughput of CONCURRENCY clients
 * reading the distinction catalogue (gateway → campaigns → PostgreSQL) for OBSERVABILITY_SECONDS.
 */
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
  if (ONLY && !['report', 'classic', 'observability', 'ballots'].includes(ONLY))
    throw new Error(
      `BENCH_ONLY=${ONLY}: report (orgReport on the national dataset), classic (the rest), ballots (castBallot alone) or observability`,
    );
  let seeded: SeedResult | undefined;
  const seed = async (databaseUrl: string, secrets: TestSecrets) => {
    seeded = await seedForBench(databaseUrl, secrets.VOTING_SEALING_KEY);
  };
  console.log(`[bench] starting the platform …`);
  // The national dataset goes in while no replica runs: nothing fetches it again over HTTP.
  // The tests poll every 100 ms to be quick; the bench runs the pollers as deployed (reporting's
  // event feed and fold every second, the organizations scheduler every 30 s).
  const env: Record<string, string> = {
    EVENTS_POLL_MS: '1000',
    SCHEDULE_INTERVAL_MS: '30000',
    DB_POOL_SIZE: '10',
  };
  if (process.env.BENCH_PROFILE) {
    // Each process profiles the timed section between two SIGUSR2 (ballots only for now).
    const dir = process.env.BENCH_PROFILE_DIR ?? '/tmp';
    env.BENCH_PROFILE_DIR = dir;
    env.NODE_OPTIONS =
      `${process.env.NODE_OPTIONS ?? ''} --require ${join(__dirname, 'cpu-profile-preload.js')}`.trim();
    console.log(`[bench] CPU profiles of the timed section go to ${dir}`);
  }
  await startTestPlatform(ONLY === 'report' ? { beforeLaunch: seed, env } : { env });
  try {
    if (!ONLY || ONLY === 'classic') await classicSections();
    if (ONLY === 'ballots')
      await ballotsSection(
        await seedBenchWorld({ councils: COUNCILS, members: MEMBERS, nominations: COUNCILS + 1 }),
        { councils: COUNCILS, members: MEMBERS, concurrency: CONCURRENCY },
      );
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
