/** orgReport on the national dataset (`BENCH_ONLY=report`). */
import 'reflect-metadata';
import { launchTestGateway, ok, PLATFORM_ADMIN, testEnv, tokenFor } from '@laurel/testing';
import {
  asPlainReport,
  groupByReport,
  seedNational,
  type GatewayReport,
  type SeedResult,
} from '@laurel/tools';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { Client, Pool } from 'pg';
import {
  cpuPerRequest,
  cpuSample,
  figures,
  kindsOf,
  ms,
  openLoop,
  pool,
  platformQuiet,
  postJson,
  reportAgent,
  RequestFailed,
} from './measure';

import { REPORT_RATE, REPORT_SECONDS, REPORT_VIEWERS, REPORT_WARMUP, SEED_SCALE } from './settings';

export async function seedForBench(databaseUrl: string, votingSealingKey: string): Promise<SeedResult> {
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
export async function reportSection(seeded: SeedResult): Promise<void> {
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
    const waited = await platformQuiet();
    console.log(
      `[bench] the platform was idle after ${waited.toFixed(0)} s (background catch-up after the load)`,
    );
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
