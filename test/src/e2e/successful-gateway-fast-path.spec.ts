import { graphql, launchTestGateway, ok, tokenFor } from '@laurel/testing';
import type { LaunchedGateway } from '@laurel/launcher';
import { as } from './flows';
import { councilWorld, createSession } from './voting-flows';
import { sample } from './prometheus';

// Plain texts of this suite alone (a gateway learns each text once).
const CAST = `mutation FastPathCastBallot($s: ID!, $c: [BallotChoiceInput!]!) { castBallot(sessionId: $s, choices: $c) { sessionId receiptCode } }`;

let fastGateway: LaunchedGateway;
const fastPathCount = async (labels: Record<string, string>) =>
  sample(
    await (await fetch(fastGateway.metricsUrl)).text(),
    'laurel_gateway_fast_path_operations_total',
    labels,
  );

/** The receipt is random: its shape is compared, not its value. */
const shape = (answer: unknown) =>
  JSON.parse(
    JSON.stringify(answer).replace(/"receiptCode":"[\w-]+"/g, '"receiptCode":"<receipt>"'),
  ) as unknown;

// Texts of this suite alone (a gateway learns a text once).
const SESSION = `query FastSession($id: ID!) { votingSession(id: $id) { id title status ballotsCast eligibleVoters council { id name } } }`;
const REPORT = `query FastOrgReport($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) {
  organization { id name } totals { registered underReview individuals } children { organization { id name } totals { registered } } } }`;
const REPORT_WITH_CODES = `query FastOrgReportCodes($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) {
  organization { id name code } children { organization { id name } totals { registered } } } }`;
const PAGE = `query FastNominationsPage($c: ID!) { nominations(campaignId: $c, first: 5) { edges { node { id stage
  nominee { ... on Person { fullName } } campaign { title } } } } }`;

/**
 * The gateway's single-subgraph fast path answers exactly what the query planner answers: the
 * default gateway (fast path on) against a second one with GATEWAY_FAST_PATH=false, request for
 * request, data and errors alike; and the fast path is really taken (its counter moves) only for
 * documents one subgraph answers whole, after the runtime validated them once.
 */
describe('the gateway’s single-subgraph fast path', () => {
  let planner: LaunchedGateway;
  let world: Awaited<ReturnType<typeof councilWorld>>;
  let sessionId: string;
  const choices = () => world.nominations.map((nominationId) => ({ nominationId, choice: 'APPROVE' }));

  beforeAll(async () => {
    // Two gateways of this suite's own (counters no other suite moves): fast path on, and off;
    // both without the report cache (a cached report keeps the runtime's path).
    fastGateway = await launchTestGateway({ REPORT_CACHE_MS: '0' });
    planner = await launchTestGateway({ GATEWAY_FAST_PATH: 'false', REPORT_CACHE_MS: '0' });
    world = await councilWorld('Lối tắt', 6, 2);
    sessionId = await createSession(world.admin, world.councilId, world.nominations, {
      threshold: [1, 2],
      base: 'TOTAL_MEMBERS',
      quorum: [1, 2],
    });
    await ok(
      `mutation($id: ID!) { openVotingSession(id: $id) { id } }`,
      { id: sessionId },
      await as(world.admin),
    );
  }, 120_000);
  afterAll(async () => {
    await planner?.stop();
    await fastGateway?.stop();
  });

  /** The same request through both gateways, twice through the fast one (it learns on the first). */
  async function both(query: string, variables: Record<string, unknown>, subject?: string) {
    const credentials = subject ? { token: await tokenFor(subject) } : undefined;
    await graphql(query, variables, credentials, fastGateway.url);
    const fast = await graphql(query, variables, credentials, fastGateway.url);
    const planned = await graphql(query, variables, credentials, planner.url);
    return { fast, planned };
  }

  it('answers reads and every refusal of castBallot as the planner does, and takes the fast path for them', async () => {
    const before = await fastPathCount({ subgraph: 'voting' });
    const member = world.accounts[1]!;
    const outsider = world.admin; // an admin of the school, not a member of the council
    const cases: [string, Record<string, unknown>, string | undefined][] = [
      [SESSION, { id: sessionId }, member],
      [SESSION, { id: sessionId }, undefined], // anonymous: NOT_FOUND
      [CAST, { s: '00000000-0000-0000-0000-000000000000', c: choices() }, member], // NOT_FOUND
      [CAST, { s: sessionId, c: choices().slice(0, 1) }, member], // BAD_USER_INPUT: incomplete
      [CAST, { s: sessionId, c: choices() }, outsider], // NOT_A_VOTER
    ];
    for (const [query, variables, subject] of cases) {
      const { fast, planned } = await both(query, variables, subject);
      expect(fast).toEqual(planned);
    }
    // Ten requests through the fast gateway, two texts: the first request of each text taught
    // the fast path (the runtime answered it), the fast path answered the eight others.
    expect((await fastPathCount({ subgraph: 'voting' })) - before).toBe(8);
  });

  it('answers a browser’s client (GraphQL over HTTP’s media type first) as the planner does: status, type and body', async () => {
    // urql's Accept header, as the web app sends it.
    const URQL_ACCEPT =
      'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed';
    const raw = async (url: string, query: string, variables: Record<string, unknown>, subject?: string) => {
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: URQL_ACCEPT };
      if (subject) headers.authorization = `Bearer ${await tokenFor(subject)}`;
      const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        body: (await res.json()) as unknown,
      };
    };
    const member = world.accounts[1]!;
    // Texts of this test alone: their first request teaches, the second takes the fast path.
    const cases: [string, Record<string, unknown>, string | undefined][] = [
      [`${SESSION} # urql`, { id: sessionId }, member],
      [`${SESSION} # urql`, { id: sessionId }, undefined], // anonymous: NOT_FOUND, data null
      [`${CAST} # urql`, { s: '00000000-0000-0000-0000-000000000000', c: choices() }, member], // NOT_FOUND
      [`${CAST} # urql`, { s: sessionId, c: choices().slice(0, 1) }, member], // BAD_USER_INPUT
      [`${CAST} # urql`, { s: sessionId, c: choices() }, world.admin], // NOT_A_VOTER
    ];
    await raw(fastGateway.url, cases[0]![0], cases[0]![1], cases[0]![2]);
    await raw(fastGateway.url, cases[2]![0], cases[2]![1], cases[2]![2]);
    const before = await fastPathCount({ subgraph: 'voting' });
    for (const [query, variables, subject] of cases) {
      const fast = await raw(fastGateway.url, query, variables, subject);
      const planned = await raw(planner.url, query, variables, subject);
      expect(fast).toEqual(planned);
      expect(fast.type).toBe('application/graphql-response+json; charset=utf-8');
    }
    expect((await fastPathCount({ subgraph: 'voting' })) - before).toBe(cases.length);
  });

  it('casts a ballot through either path alike, and refuses the second one alike', async () => {
    const variables = { s: sessionId, c: choices() };
    const CAST_AGAIN = `${CAST} # again`;
    await graphql(CAST_AGAIN, variables, { token: await tokenFor(world.accounts[2]!) }, fastGateway.url); // teaches
    const before = await fastPathCount({ operation_type: 'mutation', subgraph: 'voting' });
    const fast = await graphql(
      CAST_AGAIN,
      variables,
      { token: await tokenFor(world.accounts[3]!) },
      fastGateway.url,
    );
    const planned = await graphql(
      CAST_AGAIN,
      variables,
      { token: await tokenFor(world.accounts[4]!) },
      planner.url,
    );
    expect(fast.errors).toBeUndefined();
    expect(shape(fast)).toEqual(shape(planned));
    expect((await fastPathCount({ operation_type: 'mutation', subgraph: 'voting' })) - before).toBe(1);
    // Again, by the same members: ALREADY_VOTED from both.
    const again = await graphql(
      CAST_AGAIN,
      variables,
      { token: await tokenFor(world.accounts[3]!) },
      fastGateway.url,
    );
    const againPlanned = await graphql(
      CAST_AGAIN,
      variables,
      { token: await tokenFor(world.accounts[4]!) },
      planner.url,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('ALREADY_VOTED');
    expect(again).toEqual(againPlanned);
    const counted = await ok<{ votingSession: { ballotsCast: number } }>(
      SESSION,
      { id: sessionId },
      await as(world.admin),
    );
    expect(counted.votingSession.ballotsCast).toBe(3);
  });

  it('answers orgReport, whose organizations reporting names itself (@provides), as the planner does', async () => {
    const variables = { o: world.world.school1.id, c: world.campaign.id };
    // The figures are folded a moment after the nominations: wait for both of them.
    for (let tries = 0; ; tries++) {
      const answer = await graphql<{ orgReport: { totals: { individuals: number } } | null }>(
        REPORT,
        variables,
        await as(world.admin),
        planner.url,
      );
      const orgReport = answer.data?.orgReport;
      if (orgReport?.totals.individuals === 2) break;
      if (tries > 100)
        throw new Error(`the report never counted both nominations: ${JSON.stringify(orgReport)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const before = await fastPathCount({ subgraph: 'reporting' });
    const { fast, planned } = await both(REPORT, variables, world.admin);
    expect(fast.errors).toBeUndefined();
    expect(fast).toEqual(planned);
    const report = (fast.data as { orgReport: { organization: { name: string }; children: unknown[] } })
      .orgReport;
    expect(report.organization.name).toBe(world.world.school1.name);
    expect(report.children.length).toBeGreaterThan(0);
    // The first request taught the fast path, the second took it.
    expect((await fastPathCount({ subgraph: 'reporting' })) - before).toBe(1);
    // `code` is not provided: organizations answers it, through the planner, still alike.
    const codes = await both(REPORT_WITH_CODES, variables, world.admin);
    expect(codes.fast.errors).toBeUndefined();
    expect(codes.fast).toEqual(codes.planned);
    expect((await fastPathCount({ subgraph: 'reporting' })) - before).toBe(1);
  });

  it('serves reports from the report cache it shares with the runtime’s path', async () => {
    const cachedGateway = await launchTestGateway({}); // the default: reports kept for 1 s
    try {
      const scrape = async (name: string, labels: Record<string, string>) =>
        sample(await (await fetch(cachedGateway.metricsUrl)).text(), name, labels);
      const counts = async () => ({
        hits: await scrape('laurel_report_cache_lookups_total', { result: 'hit' }),
        fast: await scrape('laurel_gateway_fast_path_operations_total', { subgraph: 'reporting' }),
        asked: await scrape('laurel_gateway_subgraph_requests_total', { subgraph: 'reporting' }),
      });
      const variables = { o: world.world.school1.id, c: world.campaign.id };
      const credentials = { token: await tokenFor(world.admin) };
      // The runtime answers the first (computed by reporting, kept) and the fast path learns the text…
      const first = await graphql(REPORT, variables, credentials, cachedGateway.url);
      expect(first.errors).toBeUndefined();
      const before = await counts();
      // …which answers the second at once from what the runtime kept: reporting is not asked.
      const second = await graphql(REPORT, variables, credentials, cachedGateway.url);
      const after = await counts();
      expect(second).toEqual(first);
      expect(after.fast - before.fast).toBe(1);
      expect(after.hits - before.hits).toBe(1);
      expect(after.asked - before.asked).toBe(0);
    } finally {
      await cachedGateway.stop();
    }
  });

  it('leaves to the planner what one subgraph cannot answer alone, and a variable the schema refuses', async () => {
    const before = await fastPathCount({});
    const { fast, planned } = await both(PAGE, { c: world.campaign.id }, world.admin);
    expect(fast.errors).toBeUndefined();
    expect(fast).toEqual(planned);
    // Null for a non-null variable: the runtime's own error, from both.
    const bad = await both(SESSION, { id: null }, world.admin);
    expect(bad.fast.errors?.length).toBeGreaterThan(0);
    expect(bad.fast).toEqual(bad.planned);
    expect((await fastPathCount({})) - before).toBe(0);
  });
});
