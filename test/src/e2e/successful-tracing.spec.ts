import { freePort } from '@laurel/db';
import { ROOT, type LaunchedGateway } from '@laurel/launcher';
import { graphql, launchTestGateway, testEnv, testProcessEnv, tokenFor, uniqueCode } from '@laurel/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createCampaign } from './campaign-flows';
import { as, grant, provinceWithSchools } from './flows';
import { sample } from './prometheus';
import { spanCollector, until, type ReceivedSpan } from './span-collector';

const PAGE = `query TracedNominationsPage($c: ID!) { nominations(campaignId: $c, first: 5) { totalCount edges { node { id } } } }`;

describe('one trace from the gateway through a subgraph to PostgreSQL, on either of its paths', () => {
  let collector: Awaited<ReturnType<typeof spanCollector>>;
  let nominations: ChildProcess | undefined;
  let gateway: LaunchedGateway | undefined;

  afterAll(async () => {
    await gateway?.stop();
    if (nominations && nominations.exitCode === null) {
      const exited = new Promise((resolve) => nominations!.once('exit', resolve));
      nominations.kill('SIGTERM');
      await exited;
    }
    await new Promise((resolve) => collector?.server.close(resolve));
  });

  it('a nominations page is one trace: the gateway, the nominations subgraph and its pg queries', async () => {
    collector = await spanCollector();
    const tracing = {
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
      OTEL_TRACES_SAMPLER_ARG: '1',
      OTEL_BSP_SCHEDULE_DELAY: '200',
    };
    // A second nominations process with tracing on, beside the platform's, and a gateway using it.
    const peers = JSON.parse(testEnv('subgraphUrls')) as Record<string, string>;
    const base = (url: string) => url.replace(/\/graphql$/, '');
    const port = await freePort();
    nominations = spawn(process.execPath, [join(ROOT, 'services', 'nominations', 'dist', 'main.js')], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...testProcessEnv(),
        ...tracing,
        DATABASE_URL: testEnv('databaseUrl'),
        PORT: String(port),
        ORGANIZATIONS_URL: base(peers.organizations!),
        CAMPAIGNS_URL: base(peers.campaigns!),
        EXEMPLARS_URL: base(peers.exemplars!),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const ready = async () =>
      (await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null))?.status === 200;
    for (let i = 0; !(await ready()); i++) {
      if (i > 300) throw new Error('the traced nominations subgraph did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    gateway = await launchTestGateway(tracing, {
      subgraphUrls: { nominations: `http://127.0.0.1:${port}/graphql` },
    });

    const world = await provinceWithSchools('Vết');
    const admin = `trace-admin-${uniqueCode('u')}`;
    await grant(admin, world.school1.id, 'ORG_ADMIN');
    const campaign = await createCampaign(await as(admin), world.school1.id, { title: 'Theo vết' });

    const isPg = (s: ReceivedSpan) => s.attributes['db.system'] === 'postgresql' || s.name.startsWith('pg.');
    /** Sends the page with a fresh trace id, and checks that trace whole once it has arrived. */
    const tracedPage = async () => {
      const traceId = randomBytes(16).toString('hex');
      const answer = await graphql<{ nominations: { totalCount: number } }>(
        PAGE,
        { c: campaign.id },
        {
          headers: {
            authorization: `Bearer ${await tokenFor(admin)}`,
            traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
          },
        },
        gateway!.url,
      );
      // The signature still verifies with the trace context beside it: the subgraph answered.
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.nominations.totalCount).toBe(0);
      const trace = () => collector.spans.filter((s) => s.traceId === traceId);
      // Each process exports in batches: wait for the gateway's spans and the subgraph's pg ones.
      await until(
        () =>
          trace().some((s) => s.service === 'laurel-nominations' && isPg(s)) &&
          trace().some((s) => s.service === 'laurel-gateway'),
      ).catch(() => {
        const seen = trace().map((s) => `${s.service}:${s.name}`);
        throw new Error(`no trace spans gateway, nominations and pg; spans of the trace: ${seen.join(', ')}`);
      });
      const services = new Set(trace().map((s) => s.service));
      expect([...services].sort()).toEqual(['laurel-gateway', 'laurel-nominations']);
      // One root: the gateway's server span for the request, below the caller's own span (the
      // traceparent sent); every other span hangs below it.
      const ids = new Set(trace().map((s) => s.spanId));
      const roots = trace().filter((s) => !s.parentSpanId || !ids.has(s.parentSpanId));
      expect(roots).toHaveLength(1);
      expect(roots[0]!.service).toBe('laurel-gateway');
      // Statements only, never their values (no person, no ballot in a span).
      for (const span of trace().filter(isPg))
        expect(span.attributes['db.statement.parameters']).toBeUndefined();
    };
    const fastPathCount = async () =>
      sample(await (await fetch(gateway!.metricsUrl)).text(), 'laurel_gateway_fast_path_operations_total', {
        subgraph: 'nominations',
      });
    // The first request of a text goes through the query planner (and teaches the fast path), the
    // second straight to the subgraph: both are one whole trace.
    await tracedPage();
    const before = await fastPathCount();
    await tracedPage();
    expect((await fastPathCount()) - before).toBe(1);
  }, 120_000);
});
