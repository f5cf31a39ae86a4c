import {
  codes,
  graphql,
  launchTestGateway,
  ok,
  TEST_ENV,
  testEnv,
  tokenFor,
  wsClient,
} from '@laurel/testing';
import type { LaunchedGateway } from '@laurel/launcher';
import type { Client } from 'graphql-ws';
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import { as, createPerson } from './flows';
import { register } from './nomination-flows';
import { councilWorld, createSession } from './voting-flows';
import { sample } from './prometheus';

const scrape = async (url: string) => {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  return res.text();
};

const metricsOf = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/metrics');

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const NOMINATIONS_PAGE = `query ObservedNominationsPage($c: ID!) { nominations(campaignId: $c, first: 5) { totalCount edges { node { id stage } } } }`;
const CAST_NAMED = `mutation ObservedCastBallot($s: ID!, $c: [BallotChoiceInput!]!) { castBallot(sessionId: $s, choices: $c) { sessionId receiptCode } }`;
const SHARED = `subscription($id: ID!) { votingProgress(sessionId: $id) { status ballotsCast eligibleVoters } }`;
const REPORT = `query ObservedReport($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) { totals { registered proposed } } }`;

describe('observability: metrics on every process, JSON logs without secrets', () => {
  const gatewayMetrics = () => testEnv('gatewayMetricsUrl');
  const subgraphs = () => JSON.parse(testEnv('subgraphUrls')) as Record<string, string>;
  let world: Awaited<ReturnType<typeof councilWorld>>;
  let sessionId: string;
  let debugGateway: LaunchedGateway;
  const logFile = join(tmpdir(), `laurel-gateway-debug-${process.pid}-${Date.now()}.log`);
  const tokens: string[] = [];

  beforeAll(async () => {
    world = await councilWorld('Quan sát', 3, 1);
    sessionId = await createSession(world.admin, world.councilId, world.nominations, {
      threshold: [1, 2],
      base: 'BALLOTS_CAST',
      quorum: [1, 2],
    });
    const fd = openSync(logFile, 'a');
    try {
      debugGateway = await launchTestGateway({ LOG_LEVEL: 'debug' }, { output: fd });
    } finally {
      closeSync(fd);
    }
  }, 120_000);

  afterAll(async () => {
    await debugGateway?.stop();
  });

  it('serves /metrics on its own port, never on the public one', async () => {
    const publicPort = await fetch(testEnv('gatewayUrl').replace(/\/graphql$/, '/metrics'));
    expect(publicPort.status).toBe(404);
    expect(await publicPort.text()).not.toContain('laurel_graphql_operations_total');
    expect(new URL(gatewayMetrics()).port).not.toBe(new URL(testEnv('gatewayUrl')).port);
  });

  it('counts and times operations, subgraph requests, errors, sockets, the fan-out and the report cache', async () => {
    const admin = await as(world.admin);
    const before = await scrape(gatewayMetrics());
    const nominationsBefore = await scrape(metricsOf(subgraphs().nominations!));

    // A nominations page, twice; an anonymous refusal; a query that does not validate.
    for (let i = 0; i < 2; i++) await ok(NOMINATIONS_PAGE, { c: world.campaign.id }, admin);
    expect(codes(await graphql(NOMINATIONS_PAGE, { c: world.campaign.id }))).toContain('UNAUTHENTICATED');
    expect(
      codes(
        await graphql(
          `
            query ObservedInvalid {
              noSuchField
            }
          `,
          {},
          admin,
        ),
      ),
    ).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    // The same report twice: the second from the cache.
    for (let i = 0; i < 2; i++) await ok(REPORT, { o: world.world.school1.id, c: world.campaign.id }, admin);

    // A subscriber on the shared progress stream, then votes.
    const client: Client = wsClient({ Authorization: `Bearer ${await tokenFor(world.accounts[0]!)}` });
    const events: unknown[] = [];
    try {
      client.subscribe(
        { query: SHARED, variables: { id: sessionId } },
        { next: (v) => events.push(v), error: () => undefined, complete: () => undefined },
      );
      await until(() => events.length >= 1);
      const open = await scrape(gatewayMetrics());
      expect(sample(open, 'laurel_ws_connections')).toBeGreaterThanOrEqual(1);
      expect(sample(open, 'laurel_ws_subscriptions')).toBeGreaterThanOrEqual(1);
      await ok(`mutation($id: ID!) { openVotingSession(id: $id) { id } }`, { id: sessionId }, admin);
      await ok(
        CAST_NAMED,
        { s: sessionId, c: [{ nominationId: world.nominations[0], choice: 'APPROVE' }] },
        await as(world.accounts[0]!),
      );
      await until(() => events.length >= 3);
    } finally {
      await client.dispose();
    }

    const after = await scrape(gatewayMetrics());
    const page = { operation_name: 'ObservedNominationsPage', operation_type: 'query' };
    expect(
      sample(after, 'laurel_graphql_operations_total', { ...page, outcome: 'ok' }) -
        sample(before, 'laurel_graphql_operations_total', { ...page, outcome: 'ok' }),
    ).toBe(2);
    expect(
      sample(after, 'laurel_graphql_operations_total', { ...page, outcome: 'error' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(after, 'laurel_graphql_operation_duration_seconds_count', page) -
        sample(before, 'laurel_graphql_operation_duration_seconds_count', page),
    ).toBeGreaterThanOrEqual(2);
    expect(
      sample(after, 'laurel_graphql_operation_duration_seconds_bucket', { ...page, le: '+Inf' }),
    ).toBeGreaterThanOrEqual(2);
    expect(
      sample(after, 'laurel_graphql_root_fields_total', { field: 'castBallot' }) -
        sample(before, 'laurel_graphql_root_fields_total', { field: 'castBallot' }),
    ).toBeGreaterThanOrEqual(1);
    for (const code of ['UNAUTHENTICATED', 'GRAPHQL_VALIDATION_FAILED'])
      expect(
        sample(after, 'laurel_graphql_errors_total', { code }) -
          sample(before, 'laurel_graphql_errors_total', { code }),
      ).toBeGreaterThanOrEqual(1);
    expect(
      sample(after, 'laurel_gateway_subgraph_requests_total', { subgraph: 'nominations' }) -
        sample(before, 'laurel_gateway_subgraph_requests_total', { subgraph: 'nominations' }),
    ).toBeGreaterThanOrEqual(2);
    expect(
      sample(after, 'laurel_gateway_subgraph_request_duration_seconds_count', { subgraph: 'nominations' }),
    ).toBeGreaterThan(
      sample(before, 'laurel_gateway_subgraph_request_duration_seconds_count', { subgraph: 'nominations' }),
    );
    expect(
      sample(after, 'laurel_fanout_deliveries_total') - sample(before, 'laurel_fanout_deliveries_total'),
    ).toBeGreaterThanOrEqual(2);
    expect(sample(after, 'laurel_fanout_broadcast_seconds_count')).toBeGreaterThan(
      sample(before, 'laurel_fanout_broadcast_seconds_count'),
    );
    expect(
      sample(after, 'laurel_report_cache_lookups_total', { result: 'hit' }) -
        sample(before, 'laurel_report_cache_lookups_total', { result: 'hit' }),
    ).toBeGreaterThanOrEqual(1);
    // Node's own: event-loop lag and GC.
    expect(after).toMatch(/^nodejs_eventloop_lag_seconds\{process="gateway"\} /m);
    expect(after).toContain('nodejs_gc_duration_seconds_bucket');

    // The nominations subgraph: its operations, its database pool and query latency.
    const nominationsAfter = await scrape(metricsOf(subgraphs().nominations!));
    const subgraphPage = { operation_name: 'nominations', outcome: 'ok' };
    expect(
      sample(nominationsAfter, 'laurel_graphql_operations_total', subgraphPage) -
        sample(nominationsBefore, 'laurel_graphql_operations_total', subgraphPage),
    ).toBeGreaterThanOrEqual(2);
    expect(sample(nominationsAfter, 'laurel_db_query_duration_seconds_count')).toBeGreaterThan(
      sample(nominationsBefore, 'laurel_db_query_duration_seconds_count'),
    );
    expect(sample(nominationsAfter, 'laurel_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(
      1,
    );
    // Voting: its outbox backlog.
    const voting = await scrape(metricsOf(subgraphs().voting!));
    expect(voting).toMatch(/^laurel_backlog_events\{backlog="voting_council_outbox",process="voting"\} \d+/m);
    expect(voting).toMatch(
      /^laurel_backlog_oldest_age_seconds\{backlog="voting_council_outbox",process="voting"\} /m,
    );

    // No tenant's data in a label: no id of this test's organizations, nor any UUID at all.
    for (const text of [after, nominationsAfter, voting]) {
      expect(text).not.toContain(world.world.school1.id);
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    }
  });

  it("shows a nominations feed consumer's backlog while it is held, and none once it has applied the events", async () => {
    const backlogs = { reporting: 'nominations_feed_reporting', exemplars: 'nominations_feed_exemplars' };
    const consumers = ['reporting', 'exemplars'] as const;
    const backlogOf = async (consumer: (typeof consumers)[number]) => {
      const text = await scrape(metricsOf(subgraphs()[consumer]!));
      const labels = { backlog: backlogs[consumer], process: consumer };
      return {
        text,
        events: sample(text, 'laurel_backlog_events', labels),
        age: sample(text, 'laurel_backlog_oldest_age_seconds', labels),
      };
    };
    for (const consumer of consumers) {
      const { text } = await backlogOf(consumer);
      expect(text).toMatch(
        new RegExp(
          `^laurel_backlog_events\\{backlog="${backlogs[consumer]}",process="${consumer}"\\} \\d+`,
          'm',
        ),
      );
      expect(text).toMatch(
        new RegExp(
          `^laurel_backlog_oldest_age_seconds\\{backlog="${backlogs[consumer]}",process="${consumer}"\\} `,
          'm',
        ),
      );
    }
    const nominee = await createPerson(world.world.unit1.id, 'Ứng viên quan sát');
    const seen: Record<string, { events: number; age: number; text: string }> = {};
    // Both consumers held: applying an event inserts into their processed_event, which a SHARE lock
    // blocks (the scrape only reads it). Nothing they apply meanwhile can commit.
    const holder = new PgClient({ connectionString: testEnv('databaseUrl') });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE reporting.processed_event, exemplars.processed_event IN SHARE MODE');
      await register(await as(world.admin), {
        campaignId: world.campaign.id,
        distinctionCode: 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
        submittingOrganizationId: world.world.school1.id,
        nomineePersonId: nominee.id,
      });
      for (const consumer of consumers)
        await until(async () => {
          seen[consumer] = await backlogOf(consumer);
          return seen[consumer].events >= 1 && seen[consumer].age > 0;
        }).catch(() => undefined);
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
    }
    for (const consumer of consumers) {
      expect(seen[consumer]?.events).toBeGreaterThanOrEqual(1);
      expect(seen[consumer]?.age).toBeGreaterThan(0);
      expect(seen[consumer]?.text).not.toMatch(
        /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
      );
    }
    // Released, each consumer applies the event: nothing waits any more.
    for (const consumer of consumers) {
      await until(async () => {
        seen[consumer] = await backlogOf(consumer);
        return seen[consumer].events === 0 && seen[consumer].age === 0;
      }, 30_000).catch(() => undefined);
      expect(seen[consumer]).toMatchObject({ events: 0, age: 0 });
    }
  });

  it('counts rate-limit refusals', async () => {
    const limited = await launchTestGateway({ RATE_LIMIT_IP_PER_MINUTE: '2' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push(
          (
            await graphql(
              `
                {
                  __typename
                }
              `,
              {},
              undefined,
              limited.url,
            )
          ).status,
        );
      expect(statuses).toContain(429);
      const text = await scrape(limited.metricsUrl);
      expect(sample(text, 'laurel_http_refusals_total', { reason: 'rate_limit' })).toBe(
        statuses.filter((s) => s === 429).length,
      );
    } finally {
      await limited.stop();
    }
  });

  it('writes JSON lines with request and process, and never a token, the internal signature or a ballot choice', async () => {
    // A vote through the debug gateway: every operation logged.
    const voter = await tokenFor(world.accounts[1]!);
    tokens.push(voter);
    const cast = await graphql(
      CAST_NAMED,
      { s: sessionId, c: [{ nominationId: world.nominations[0], choice: 'REJECT' }] },
      { token: voter },
      debugGateway.url,
    );
    expect(cast.errors).toBeUndefined();
    const page = await graphql(
      NOMINATIONS_PAGE,
      { c: world.campaign.id },
      await as(world.admin),
      debugGateway.url,
    );
    expect(page.errors).toBeUndefined();
    await until(() => readFileSync(logFile, 'utf8').includes('ObservedCastBallot'));

    const files = [logFile];
    const platformLogs = process.env[TEST_ENV.logDir];
    if (platformLogs && existsSync(platformLogs))
      for (const name of readdirSync(platformLogs)) files.push(join(platformLogs, name));
    const lines = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== ''),
    );
    expect(lines.length).toBeGreaterThan(5);

    const debugLines = readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    const parsed = debugLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const entry of parsed) {
      expect(typeof entry.level).toBe('string');
      expect(entry.process).toBe('gateway');
      expect(typeof entry.time).toBe('string');
    }
    const castLine = parsed.find((e) => e.operation === 'ObservedCastBallot');
    expect(castLine).toMatchObject({ level: 'debug', msg: 'graphql operation', type: 'mutation' });
    expect(castLine?.request_id).toMatch(/^[\w.:-]{1,64}$/);

    const secrets = [testEnv('internalSecret'), testEnv('jwtSecret'), testEnv('votingSealingKey'), ...tokens];
    for (const line of lines) {
      expect(() => JSON.parse(line)).not.toThrow();
      for (const secret of secrets) expect(line).not.toContain(secret);
      expect(line).not.toMatch(/eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]{4,}/); // a JWT
      expect(line.toLowerCase()).not.toContain('x-laurel-signature');
      expect(line).not.toMatch(/"choice"\s*:\s*"(APPROVE|REJECT|ABSTAIN)"/);
      expect(line).not.toMatch(/\b(APPROVE|REJECT|ABSTAIN)\b/);
    }
  });
});
