import { freePort } from '@laurel/db';
import { ROOT, type LaunchedGateway } from '@laurel/launcher';
import { graphql, launchTestGateway, testEnv, testProcessEnv, uniqueCode } from '@laurel/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { createCampaign } from './campaign-flows';
import { as, grant, provinceWithSchools } from './flows';

/** A span as the OTLP/HTTP JSON exporter sends it, with its process's `service.name`. */
interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: Record<string, unknown>;
}

interface OtlpJson {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: { stringValue?: string } }[] };
    scopeSpans?: {
      spans?: {
        traceId: string;
        spanId: string;
        parentSpanId?: string;
        name: string;
        attributes?: { key: string; value: Record<string, unknown> }[];
      }[];
    }[];
  }[];
}

/** An OTLP/HTTP receiver that keeps every span in memory: the processes' exporters send here. */
async function spanCollector(): Promise<{ server: Server; endpoint: string; spans: ReceivedSpan[] }> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpJson;
        for (const resource of body.resourceSpans ?? []) {
          const service =
            resource.resource?.attributes?.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
          for (const scope of resource.scopeSpans ?? [])
            for (const span of scope.spans ?? [])
              spans.push({
                service,
                traceId: span.traceId,
                spanId: span.spanId,
                parentSpanId: span.parentSpanId || undefined,
                name: span.name,
                attributes: Object.fromEntries(
                  (span.attributes ?? []).map((a) => [a.key, Object.values(a.value)[0]]),
                ),
              });
        }
      } catch {
        // not JSON: ignored (the test fails for want of spans)
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, endpoint: `http://127.0.0.1:${port}`, spans };
}

async function until(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

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
