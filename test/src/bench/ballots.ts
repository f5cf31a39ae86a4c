/**
 * castBallot sustained through the gateway, as a council votes: every member first loads the
 * session's page (the web app's own query: the gateway then knows who they are), then the
 * ballots go CONCURRENCY at a time, session after session. The first tenth of the sessions warm
 * the processes up and are not timed; the timing starts once the platform is idle. Prints ballots a second, latencies, and the CPU
 * milliseconds each process (gateway, each subgraph, PostgreSQL, this client) spent per ballot.
 */
import { ok, testEnv, tokenFor } from '@laurel/testing';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import type { BenchWorld } from './bench-world';
import {
  cpuPerRequest,
  cpuSample,
  ms,
  percentile,
  platformQuiet,
  pool,
  postJson,
  signalPlatform,
} from './measure';

const SESSION_PAGE = `query VotingSessionPage($id: ID!) {
  votingSession(id: $id) { id title status ballotsCast eligibleVoters base comparison
    threshold { numerator denominator } quorum { numerator denominator }
    council { id name members { role person { id } } }
    nominations { id } } }`;

const CAST = `mutation CastBallot($s: ID!, $n: ID!) {
  castBallot(sessionId: $s, choices: [{ nominationId: $n, choice: APPROVE }]) { receiptCode } }`;

interface Ballot {
  token: string;
  sessionId: string;
  nominationId: string;
}

export async function ballotsSection(
  world: BenchWorld,
  sizes: { councils: number; members: number; concurrency: number },
): Promise<void> {
  const gateway = testEnv('gatewayUrl');
  const bySession: Ballot[][] = [];
  for (let c = 0; c < sizes.councils; c++) {
    const members = Array.from({ length: sizes.members }, (_, i) => c * sizes.members + i);
    const nominationId = world.nominationIds[c]!;
    const sessionId = await world.session(await world.council(members), nominationId);
    const ballots: Ballot[] = [];
    for (const m of members) ballots.push({ token: await tokenFor(`bench-${m}`), sessionId, nominationId });
    bySession.push(ballots);
  }
  const post = (b: Ballot, query: string, variables: Record<string, unknown>) =>
    postJson(
      gateway,
      { 'content-type': 'application/json', authorization: `Bearer ${b.token}` },
      JSON.stringify({ query, variables }),
      30_000,
    );

  // Every voter opens the session's page before voting.
  let pageErrors = 0;
  await pool(bySession.flat(), sizes.concurrency, async (b) => {
    const res = await post(b, SESSION_PAGE, { id: b.sessionId });
    if (res.status !== 200 || res.text.includes('"errors"')) pageErrors += 1;
  });
  if (pageErrors > 0) throw new Error(`${pageErrors} voters could not load their session's page`);

  const cast = async (ballots: Ballot[], latencies: number[]) => {
    let failures = 0;
    await pool(ballots, sizes.concurrency, async (b) => {
      const t = performance.now();
      const res = await post(b, CAST, { s: b.sessionId, n: b.nominationId });
      latencies.push(performance.now() - t);
      if (res.status !== 200 || !res.text.includes('receiptCode') || res.text.includes('"errors"'))
        failures += 1;
    });
    return failures;
  };
  const warm = Math.max(1, Math.round(sizes.councils / 10));
  const warmFailures = await cast(bySession.slice(0, warm).flat(), []);

  const db = new Pool({ connectionString: testEnv('databaseUrl'), max: 2 });
  try {
    const timed = bySession.slice(warm).flat();
    const latencies: number[] = [];
    // The world's set-up left events for the feeds' consumers: timed once they have caught up.
    await platformQuiet(60);
    signalPlatform('SIGUSR2'); // BENCH_PROFILE: the processes' CPU profilers start
    const cpuBefore = await cpuSample(db);
    const started = performance.now();
    const failures = await cast(timed, latencies);
    const seconds = (performance.now() - started) / 1000;
    const cpuAfter = await cpuSample(db);
    signalPlatform('SIGUSR2'); // … and write their profiles
    let counted = 0;
    for (const ballots of bySession) {
      const s = await ok<{ votingSession: { ballotsCast: number } }>(
        `query($id: ID!) { votingSession(id: $id) { ballotsCast } }`,
        { id: ballots[0]!.sessionId },
        world.admin,
      );
      counted += s.votingSession.ballotsCast;
    }
    console.log(
      `[bench] castBallot: ${timed.length} ballots timed after ${warm} warm-up sessions, concurrency ${sizes.concurrency}, ` +
        `voters had loaded the session page: ${(timed.length / seconds).toFixed(0)} ballots/s; ` +
        `latency p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}; ` +
        `failed ${failures + warmFailures}; counted ${counted} of ${bySession.flat().length}`,
    );
    console.log(
      `[bench] castBallot, CPU ms a ballot by process: ${cpuPerRequest(cpuBefore, cpuAfter, timed.length)}`,
    );
  } finally {
    await db.end();
  }
}
