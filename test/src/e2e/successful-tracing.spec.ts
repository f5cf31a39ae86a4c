import { freePort } from '@laurel/db';
import { ROOT, type LaunchedGateway } from '@laurel/launcher';
import { graphql, launchTestGateway, testEnv, testProcessEnv, uniqueCode } from '@laurel/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createCampaign } from './campaign-flows';
import { as, grant, provinceWithSchools } from './flows';
import { spanCollector, until, type ReceivedSpan } from './span-collector';

const PAGE = `query TracedNominationsPage($c: ID!) { nominations(campaignId: $c, first: 5) { totalCount edges { node { id } } } }`;

describe('one trace from the gateway through a subgraph to PostgreSQL', () => {
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

    const answer = await graphql<{ nominations: { totalCount: number } }>(
      PAGE,
      { c: campaign.id },
      await as(admin),
      gateway.url,
    );
    // The signature still verifies with the trace context beside it: the subgraph answered.
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.nominations.totalCount).toBe(0);

    const isPg = (s: ReceivedSpan) => s.attributes['db.system'] === 'postgresql' || s.name.startsWith('pg.');
    const traced = () => {
      const subgraphTraces = new Set(
        collector.spans.filter((s) => s.service === 'laurel-nominations' && isPg(s)).map((s) => s.traceId),
      );
      return collector.spans.find((s) => s.service === 'laurel-gateway' && subgraphTraces.has(s.traceId));
    };
    await until(() => traced() !== undefined).catch(() => {
      const seen = collector.spans.map((s) => `${s.service}:${s.name}:${s.traceId.slice(0, 6)}`);
      throw new Error(`no trace spans gateway, nominations and pg; spans received: ${seen.join(', ')}`);
    });
    const traceId = traced()!.traceId;
    const trace = collector.spans.filter((s) => s.traceId === traceId);
    const services = new Set(trace.map((s) => s.service));
    expect([...services].sort()).toEqual(['laurel-gateway', 'laurel-nominations']);
    // One root: the gateway's server span for the request; every other span hangs below it.
    const ids = new Set(trace.map((s) => s.spanId));
    const roots = trace.filter((s) => !s.parentSpanId || !ids.has(s.parentSpanId));
    expect(roots).toHaveLength(1);
    expect(roots[0]!.service).toBe('laurel-gateway');
    expect(trace.some((s) => s.service === 'laurel-nominations' && isPg(s))).toBe(true);
    // Statements only, never their values (no person, no ballot in a span).
    for (const span of trace.filter(isPg)) expect(span.attributes['db.statement.parameters']).toBeUndefined();
  }, 120_000);
});
