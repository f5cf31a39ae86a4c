import { freePort } from '@laurel/db';
import { ROOT, type LaunchedGateway } from '@laurel/launcher';
import {
  graphql,
  importFile,
  launchTestGateway,
  ok,
  testEnv,
  testProcessEnv,
  uniqueCode,
} from '@laurel/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createCampaign, transition } from './campaign-flows';
import { admin, as, createOrg, grant, provinceWithSchools, type Org } from './flows';
import { spanCollector, until, type ReceivedSpan, type SpanCollector } from './span-collector';

/*
 * How many SQL statements a page of nominations costs each subgraph, for a page of 10 and a page
 * of 100: the same, or some field is resolved one row at a time (N+1).
 *
 * Method: the three subgraphs the page reaches (nominations; organizations for nominees and
 * organizations; campaigns for campaigns and distinctions) and a gateway in front of them run a
 * second time beside the platform's, with OpenTelemetry tracing on (pg instrumented) and
 * exporting to a collector in this test. Each page is sent with a `traceparent` of a fresh trace
 * id; its statements are the `pg.query` spans of that trace: one span per `Client.query` call,
 * i.e. per round trip, whichever pool or connection ran it. Other suites' requests and the
 * services' pollers are other traces, so they never count. Each statement is attributed to the
 * process that ran it and the route it served (the nearest server span above it).
 *
 * Counted: every statement, transaction control included (`BEGIN; SELECT set_config(…)` that
 * opens each tenant-scoped transaction is one round trip, `COMMIT` another), reported apart from
 * the reads. Compared: the statements of each subgraph's `/graphql`. Not compared: organizations'
 * `/internal/identity`, which the gateway calls only when its identity cache was dropped (any
 * change to grants anywhere, such as another suite's), so for reasons that have nothing to do
 * with the page's size; it is printed.
 */

const PAGE = `query CountedNominationsPage($o: ID!, $f: Int) {
  nominations(organizationId: $o, first: $f) { edges { node { id stage
    nominee { ... on Person { id fullName } ... on Organization { id name } }
    submittingOrganization { id name } campaign { id title } distinction { code nameVi } } } } }`;

interface PageNode {
  id: string;
  nominee: { id: string; fullName?: string };
  submittingOrganization: { id: string; name: string };
  campaign: { id: string; title: string };
  distinction: { code: string; nameVi: string };
}

const SUBGRAPHS = ['organizations', 'campaigns', 'nominations'] as const;
const CODES = ['LAO_DONG_TIEN_TIEN', 'DIEN_HINH_TIEN_TIEN_CA_NHAN', 'GIAY_KHEN'];
const UNITS = 12;
const NOMINATIONS = 108;

const isControl = (sql: string) =>
  /^\s*(BEGIN|START TRANSACTION|COMMIT|ROLLBACK|SELECT set_config)\b/i.test(sql);
const statementOf = (s: ReceivedSpan) =>
  String(s.attributes['db.statement'] ?? s.attributes['db.query.text'] ?? '');
const isQuery = (s: ReceivedSpan) => s.name.startsWith('pg.query');
const routeOf = (s: ReceivedSpan) =>
  String(s.attributes['url.path'] ?? s.attributes['http.target'] ?? s.attributes['http.route'] ?? '?').split(
    '?',
  )[0];

interface Count {
  statements: number;
  control: number;
  /** The reads (transaction control aside), by text. */
  texts: Map<string, number>;
}

/** The statements of one trace, by `<process> <route>` (e.g. `laurel-nominations /graphql`). */
function countTrace(spans: ReceivedSpan[], traceId: string): Map<string, Count> {
  const trace = spans.filter((s) => s.traceId === traceId);
  const byId = new Map(trace.map((s) => [s.spanId, s]));
  const counts = new Map<string, Count>();
  for (const span of trace.filter(isQuery)) {
    let server: ReceivedSpan | undefined = span;
    while (server && !(server.kind === 2 && server.service === span.service))
      server = server.parentSpanId ? byId.get(server.parentSpanId) : undefined;
    const key = `${span.service} ${server ? routeOf(server) : '(no request)'}`;
    const count = counts.get(key) ?? { statements: 0, control: 0, texts: new Map<string, number>() };
    const sql = statementOf(span);
    count.statements += 1;
    if (isControl(sql)) count.control += 1;
    else {
      const text = sql.replace(/\s+/g, ' ').slice(0, 140);
      count.texts.set(text, (count.texts.get(text) ?? 0) + 1);
    }
    counts.set(key, count);
  }
  return counts;
}

async function startTraced(
  name: string,
  port: number,
  peers: Record<string, string>,
  tracing: Record<string, string>,
  /** Told the process at once, so that it is stopped after the test even if it never gets ready. */
  spawned: (child: ChildProcess) => void,
): Promise<void> {
  const child = spawn(process.execPath, [join(ROOT, 'services', name, 'dist', 'main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...testProcessEnv(),
      ...tracing,
      ...peers,
      DATABASE_URL: testEnv('databaseUrl'),
      PORT: String(port),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  spawned(child);
  const ready = async () =>
    (await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null))?.status === 200;
  // As the launcher waits for the platform's own (a loaded machine starts them slowly).
  const deadline = Date.now() + 120_000;
  while (!(await ready())) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `the traced ${name} subgraph exited (${child.exitCode ?? child.signalCode}) while starting`,
      );
    if (Date.now() > deadline) throw new Error(`the traced ${name} subgraph was not ready after 120 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

interface PeoplePage {
  organization: {
    people: {
      edges: { node: { id: string; account: string | null } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
}

/** People imported into the units (person i into unit i % UNITS), by account. */
async function importPeople(
  units: Org[],
  school: Org,
  n: number,
): Promise<Map<number, { id: string; unit: Org }>> {
  const prefix = uniqueCode('sqlc');
  const csv = ['organization,fullName,account'];
  for (let i = 0; i < n; i++) csv.push(`${units[i % UNITS]!.code},Cán bộ đếm ${i + 1},${prefix}-${i}`);
  const imported = await importFile<{ importPeople: { created: number } }>(
    'people',
    csv.join('\n'),
    await admin(),
  );
  expect(imported.data?.importPeople.created).toBe(n);
  const people = new Map<number, { id: string; unit: Org }>();
  let after: string | null = null;
  for (;;) {
    const page: PeoplePage = await ok(
      `query($id: ID!, $a: String) { organization(id: $id) { people(first: 100, after: $a, includeDescendants: true) {
        edges { node { id account } } pageInfo { hasNextPage endCursor } } } }`,
      { id: school.id, a: after },
      await admin(),
    );
    for (const { node } of page.organization.people.edges) {
      const i = Number(node.account?.slice(prefix.length + 1));
      if (node.account?.startsWith(`${prefix}-`)) people.set(i, { id: node.id, unit: units[i % UNITS]! });
    }
    if (!page.organization.people.pageInfo.hasNextPage) break;
    after = page.organization.people.pageInfo.endCursor;
  }
  expect(people.size).toBe(n);
  return people;
}

/** 108 nominations in three campaigns, of three distinctions, from twelve units of one school. */
async function seed(): Promise<{ school: Org; schoolAdmin: string }> {
  const world = await provinceWithSchools('Đếm câu lệnh');
  const units: Org[] = [];
  for (let u = 0; u < UNITS; u++) units.push(await createOrg('UNIT', `Tổ đếm ${u + 1}`, world.school1.id));
  const people = await importPeople(units, world.school1, NOMINATIONS);
  const schoolAdmin = `sql-count-admin-${uniqueCode('u')}`;
  await grant(schoolAdmin, world.school1.id, 'ORG_ADMIN');
  const campaigns: string[] = [];
  for (const [b, code] of CODES.entries()) {
    const campaign = await createCampaign(await admin(), world.school1.id, {
      title: `Đếm ${b + 1} (${code})`,
    });
    await transition(await admin(), campaign.id, 'open');
    campaigns.push(campaign.id);
  }
  // Block by block (campaign b, distinction b), so that registration order puts one campaign
  // and one distinction in the first page of 10 and all three in the page of 100.
  const perBlock = NOMINATIONS / CODES.length;
  for (let b = 0; b < CODES.length; b++) {
    const block = Array.from({ length: perBlock }, (_, k) => b * perBlock + k);
    for (let k = 0; k < block.length; k += 4)
      await Promise.all(
        block.slice(k, k + 4).map(async (i) => {
          const person = people.get(i)!;
          await ok(
            `mutation($i: RegisterNominationInput!) { registerNomination(input: $i) { id } }`,
            {
              i: {
                campaignId: campaigns[b],
                distinctionCode: CODES[b],
                submittingOrganizationId: person.unit.id,
                nomineePersonId: person.id,
              },
            },
            await admin(),
          );
        }),
      );
  }
  return { school: world.school1, schoolAdmin };
}

/**
 * The three subgraphs, traced, beside the platform's (each reads the traced ones before it: the
 * directory, the catalogue, so that all their work is seen), and a traced gateway in front of them.
 */
async function startTracedPlatform(
  endpoint: string,
  traced: Partial<Record<(typeof SUBGRAPHS)[number], ChildProcess>>,
): Promise<{ gateway: LaunchedGateway }> {
  const tracing = {
    OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
    OTEL_TRACES_SAMPLER_ARG: '1',
    OTEL_BSP_SCHEDULE_DELAY: '200',
  };
  const platform = JSON.parse(testEnv('subgraphUrls')) as Record<string, string>;
  const peers: Record<string, string> = {};
  for (const [name, url] of Object.entries(platform))
    peers[`${name.toUpperCase()}_URL`] = url.replace(/\/graphql$/, '');
  const urls: Record<string, string> = {};
  for (const name of SUBGRAPHS) {
    const port = await freePort();
    await startTraced(name, port, peers, tracing, (child) => (traced[name] = child));
    peers[`${name.toUpperCase()}_URL`] = `http://127.0.0.1:${port}`;
    urls[name] = `http://127.0.0.1:${port}/graphql`;
  }
  return { gateway: await launchTestGateway(tracing, { subgraphUrls: urls }) };
}

describe('a page of nominations costs each subgraph the same SQL statements for 10 rows as for 100', () => {
  let collector: SpanCollector | undefined;
  const traced: Partial<Record<(typeof SUBGRAPHS)[number], ChildProcess>> = {};
  let gateway: LaunchedGateway | undefined;

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all(Object.values(traced).map((child) => stop(child)));
    await new Promise((resolve) => (collector ? collector.server.close(resolve) : resolve(undefined)));
  });

  it('counts the statements of each subgraph for a page of 10 and a page of 100 and finds them equal', async () => {
    const { school, schoolAdmin } = await seed();
    // After the data went in: started meanwhile, they slowed the seeding past the gateway's
    // 10 s upstream timeout on a loaded machine.
    collector = await spanCollector();
    gateway = (await startTracedPlatform(collector.endpoint, traced)).gateway;
    const token = (await as(schoolAdmin)).token;

    const send = async (first: number) => {
      const traceId = randomBytes(16).toString('hex');
      const answer = await graphql<{ nominations: { edges: { node: PageNode }[] } }>(
        PAGE,
        { o: school.id, f: first },
        {
          headers: {
            authorization: `Bearer ${token}`,
            traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
          },
        },
        gateway!.url,
      );
      expect(answer.errors).toBeUndefined();
      const nodes = answer.data!.nominations.edges.map((e) => e.node);
      expect(nodes).toHaveLength(first);
      // The gateway's server span ends last; the exporters send every 200 ms.
      await until(() =>
        collector!.spans.some((s) => s.traceId === traceId && s.service === 'laurel-gateway' && s.kind === 2),
      );
      await new Promise((r) => setTimeout(r, 1_000));
      return { nodes, counts: countTrace(collector!.spans, traceId) };
    };
    const distinct = (nodes: PageNode[], key: (n: PageNode) => string) => new Set(nodes.map(key)).size;

    // Once each first: connections, prepared statements and caches warm (their misses are not N+1).
    await send(10);
    await send(100);
    const ten = await send(10);
    const hundred = await send(100);

    // The page of 100 really does reach more nominees, organizations, campaigns and distinctions.
    for (const key of [
      (n: PageNode) => n.nominee.id,
      (n: PageNode) => n.submittingOrganization.id,
      (n: PageNode) => n.campaign.id,
      (n: PageNode) => n.distinction.code,
    ])
      expect(distinct(hundred.nodes, key)).toBeGreaterThan(distinct(ten.nodes, key));
    for (const n of hundred.nodes) {
      expect(n.nominee.fullName).toMatch(/^Cán bộ đếm/);
      expect(n.submittingOrganization.name).toMatch(/^Tổ đếm/);
      expect(n.campaign.title).toMatch(/^Đếm/);
      expect(n.distinction.nameVi).toBeTruthy();
    }

    const keys = [...new Set([...ten.counts.keys(), ...hundred.counts.keys()])].sort();
    const line = (key: string, c: Count | undefined) =>
      `${c?.statements ?? 0} (${c?.control ?? 0} transaction control)`;
    console.log(
      `SQL statements per subgraph, page of 10 → page of 100:\n` +
        keys
          .map((k) => `  ${k}: ${line(k, ten.counts.get(k))} → ${line(k, hundred.counts.get(k))}`)
          .join('\n') +
        `\nreads of the page of 100:\n` +
        keys
          .map((k) => {
            const texts = [...(hundred.counts.get(k)?.texts ?? new Map<string, number>())];
            return `  ${k}:\n${texts.map(([text, n]) => `    ${n} × ${text}`).join('\n')}`;
          })
          .join('\n'),
    );

    for (const name of SUBGRAPHS) {
      const key = `laurel-${name} /graphql`;
      // Every subgraph took part (a trace that lost its spans cannot pass for equal counts).
      expect(ten.counts.get(key)?.statements ?? 0).toBeGreaterThan(0);
      expect({ [key]: hundred.counts.get(key)?.statements }).toEqual({
        [key]: ten.counts.get(key)?.statements,
      });
      expect({ [key]: hundred.counts.get(key)?.control }).toEqual({ [key]: ten.counts.get(key)?.control });
    }
  }, 300_000);
});
