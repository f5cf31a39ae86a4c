import { ANONYMOUS, signInternalRequest } from '@laurel/auth';
import type { ProcessName } from '@laurel/launcher';
import { codes, collect, graphql, ok, PLATFORM_ADMIN, tokenFor, wsClient } from '@laurel/testing';
import { createClient } from 'graphql-ws';
import { Client } from 'pg';
import WebSocket from 'ws';
import { as, createOrg } from '../e2e/flows';
import { REGISTER } from '../e2e/nomination-flows';
import { CAST, councilWorld, createSession, waitForStage } from '../e2e/voting-flows';
import { startFaultPlatform, type FaultPlatform } from './fault-platform';
import { loop, sleep, statusOf, until, watch, type Outcome } from './observe';

const SUBGRAPHS = ['organizations', 'campaigns', 'nominations', 'voting', 'reporting', 'exemplars'] as const;
const OPEN = `mutation($id: ID!) { openVotingSession(id: $id) { status } }`;
const CLOSE = `mutation($id: ID!) { closeVotingSession(id: $id) { status } }`;
const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
const ORG_CHANGED = `subscription($id: ID!) { organizationChanged(organizationId: $id) { kind organization { id } } }`;
const PROGRESS = `subscription($id: ID!) { votingProgress(sessionId: $id) { ballotsCast } }`;

type World = Awaited<ReturnType<typeof councilWorld>> & { sessionId: string };

let f: FaultPlatform;

beforeAll(async () => {
  f = await startFaultPlatform();
}, 240_000);

afterAll(async () => {
  await f?.stop();
});

afterEach(async () => {
  // Every test leaves every process running (restarted where it killed one); one that did not
  // fails here, and the next test starts with everything up again.
  const down = f.crashed();
  for (const name of down) await f.platform.processes[name].restart();
  expect(down).toEqual([]);
});

const platformAdmin = async () => ({ token: await tokenFor(PLATFORM_ADMIN) });

/** A cast through the gateway: the receipt when acknowledged, the error codes otherwise. */
async function cast(w: World, member: number, choices: { nominationId: string; choice: string }[]) {
  const res = await graphql<{ castBallot: { receiptCode: string } }>(
    CAST,
    { s: w.sessionId, c: choices },
    await as(w.accounts[member]!),
  );
  const receipt = !res.errors?.length ? res.data?.castBallot?.receiptCode : undefined;
  return { receipt, codes: codes(res), status: res.status };
}

async function openSession(label: string, size: number, slate: number, quorum: [number, number] = [0, 1]) {
  const w = await councilWorld(label, size, slate);
  const sessionId = await createSession(w.admin, w.councilId, w.nominations, {
    threshold: [1, 2],
    base: 'BALLOTS_CAST',
    quorum,
  });
  await ok(OPEN, { id: sessionId }, await as(w.admin));
  return { ...w, sessionId };
}

/** A transaction holding the session's row: every cast in that session waits until `release()`. */
async function holdSession(sessionId: string) {
  const client = new Client({ connectionString: f.databaseUrl });
  await client.connect();
  await client.query('BEGIN');
  await client.query('SELECT 1 FROM voting.voting_session WHERE id = $1 FOR UPDATE', [sessionId]);
  return {
    release: async () => {
      await client.query('COMMIT');
      await client.end();
    },
  };
}

async function participants(sessionId: string): Promise<Set<string>> {
  const rows = await f.sql<{ person_id: string }>(
    'SELECT person_id FROM voting.participation WHERE session_id = $1',
    [sessionId],
  );
  return new Set(rows.map((r) => r.person_id));
}

describe('faults', () => {
  it('PostgreSQL restarted under load: every process stays up, /readyz answers 503 meanwhile, recovery within seconds, nothing acknowledged lost', async () => {
    const w = await openSession('Khởi động lại', 60, 1);
    const admin = await platformAdmin();
    const adminOfSchool = await as(w.admin);
    const processes = [...SUBGRAPHS, 'gateway'] as ProcessName[];
    const watchers = Object.fromEntries(
      processes.map((name) => [name, watch(f.platform.processes[name].readyUrl, 50)]),
    ) as Record<ProcessName, ReturnType<typeof watch>>;

    const outcomes: Outcome[] = [];
    const people: string[] = [];
    const nominations: string[] = [];
    const voters: string[] = [];
    let running = true;
    const attempt = async (kind: string, run: () => Promise<string | undefined | { detail: string }>) => {
      const at = Date.now();
      const result = await run().catch((e: unknown) => ({ detail: String(e) }));
      const acknowledged = typeof result === 'string';
      outcomes.push({
        kind,
        at,
        end: Date.now(),
        ok: acknowledged,
        detail: acknowledged ? undefined : result?.detail,
      });
      return acknowledged ? result : undefined;
    };
    const newPerson = (name: string) =>
      attempt('person', async () => {
        const res = await graphql<{ createPerson: { id: string } }>(
          CREATE_PERSON,
          { input: { organizationId: w.world.unit1.id, fullName: name } },
          admin,
        );
        return res.data?.createPerson?.id ?? { detail: JSON.stringify(codes(res)) };
      });
    // organizations: people; nominations (and campaigns' deadlines): a registration each;
    // voting: one ballot per member, retried until it is acknowledged or refused as already cast.
    const workers = [
      loop(
        () => running,
        async () => {
          const id = await newPerson('Nguyễn Văn Tải');
          if (id) people.push(id);
        },
        20,
      ),
      loop(
        () => running,
        async () => {
          const nominee = await newPerson('Trần Thị Đề Cử');
          if (!nominee) return;
          people.push(nominee);
          const id = await attempt('nomination', async () => {
            const res = await graphql<{ registerNomination: { id: string } }>(
              REGISTER,
              {
                input: {
                  campaignId: w.campaign.id,
                  distinctionCode: 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
                  submittingOrganizationId: w.world.school1.id,
                  nomineePersonId: nominee,
                },
              },
              adminOfSchool,
            );
            return res.data?.registerNomination?.id ?? { detail: JSON.stringify(codes(res)) };
          });
          if (id) nominations.push(id);
        },
        20,
      ),
      (async () => {
        // The last members are kept for after the restart.
        for (let member = 0; running && member < 50;) {
          const receipt = await attempt('ballot', async () => {
            const r = await cast(w, member, [{ nominationId: w.nominations[0]!, choice: 'APPROVE' }]);
            if (r.receipt) return r.receipt;
            // Cast before the outage, its answer lost in it: refused now, counted once.
            if (r.codes.includes('ALREADY_VOTED')) return 'already';
            return { detail: JSON.stringify(r.codes) };
          });
          if (receipt && receipt !== 'already') voters.push(w.members[member]!.id);
          if (receipt) member += 1;
          await sleep(receipt ? 100 : 50);
        }
      })(),
    ];

    await sleep(1_500);
    const downAt = Date.now();
    await f.postgres.stop('fast');
    await sleep(2_000);
    await f.postgres.start();
    const upAt = Date.now();
    const recoveredMs = await until('every process ready again', async () =>
      (await Promise.all(processes.map((p) => statusOf(f.platform.processes[p].readyUrl)))).every(
        (s) => s === 200,
      ),
    );
    const readyAt = upAt + recoveredMs;
    // Writes of every kind are acknowledged again.
    await until('every kind of write acknowledged after the restart', async () =>
      ['person', 'nomination', 'ballot'].every((kind) =>
        outcomes.some((o) => o.kind === kind && o.ok && o.at > readyAt),
      ),
    );
    running = false;
    await Promise.all(workers);
    await Promise.all(Object.values(watchers).map((x) => x.stop()));

    expect(f.crashed()).toEqual([]);
    for (const name of processes) {
      const probes = watchers[name].seen;
      // Always answering: never a refused connection, so never restarted.
      expect({ name, refused: probes.filter((p) => p.status === 0).length }).toEqual({ name, refused: 0 });
      expect(probes.at(-1)?.status).toBe(200);
    }
    for (const name of SUBGRAPHS) {
      const during = watchers[name].seen.filter((p) => p.at >= downAt && p.at <= upAt);
      expect({ name, notReady: during.some((p) => p.status === 503) }).toEqual({ name, notReady: true });
    }
    expect(recoveredMs).toBeLessThan(10_000);
    // The outage was felt, and only while it lasted (a request in flight when it began may fail).
    const failed = outcomes.filter((o) => !o.ok);
    expect(failed.length).toBeGreaterThan(0);
    const outside = failed.filter((o) => o.end < downAt || o.at > readyAt + 1_000);
    expect(outside).toEqual([]);

    // Nothing acknowledged is lost.
    expect(people.length).toBeGreaterThan(0);
    const [{ count: peopleFound }] = await f.sql<{ count: number }>(
      'SELECT count(*)::int AS count FROM organizations.person WHERE id = ANY($1::uuid[])',
      [people],
    );
    expect(peopleFound).toBe(people.length);
    expect(nominations.length).toBeGreaterThan(0);
    const [{ count: nominationsFound }] = await f.sql<{ count: number }>(
      'SELECT count(*)::int AS count FROM nominations.nomination WHERE id = ANY($1::uuid[])',
      [nominations],
    );
    expect(nominationsFound).toBe(nominations.length);
    expect(voters.length).toBeGreaterThan(0);
    const cast1 = await participants(w.sessionId);
    expect(voters.filter((v) => !cast1.has(v))).toEqual([]);
    const [counts] = await f.sql<{ cast: number; sealed: number }>(
      // Ballots cast while a session is open: its participation rows (no cast updates the
      // session's row any more, see ballot.service.ts), as votingSession.ballotsCast counts them.
      `SELECT (SELECT count(*)::int FROM voting.participation p WHERE p.session_id = s.id) AS cast,
              (SELECT count(*)::int FROM voting.sealed_ballot b WHERE b.session_id = s.id) AS sealed
         FROM voting.voting_session s WHERE s.id = $1`,
      [w.sessionId],
    );
    expect(counts).toEqual({ cast: cast1.size, sealed: cast1.size });

    // The LISTEN connections are back, one per process (organizations and voting publish events,
    // every subgraph but organizations follows the directory), and live events flow again.
    const listeners = async () =>
      (
        await f.sql<{ name: string; count: number }>(
          `SELECT application_name AS name, count(*)::int AS count FROM pg_stat_activity
            WHERE datname = current_database() AND query ILIKE 'LISTEN%'
            GROUP BY application_name ORDER BY application_name`,
        )
      ).map((r) => `${r.name}: ${r.count}`);
    const expectedListeners = ['laurel-directory-listener: 5', 'laurel-events-listener: 2'];
    await until(
      'every LISTEN connection back',
      async () => JSON.stringify(await listeners()) === JSON.stringify(expectedListeners),
    );
    await sleep(1_500);
    expect(await listeners()).toEqual(expectedListeners);
    const client = wsClient({ Authorization: `Bearer ${admin.token}` });
    const orgEvents = collect<{
      data: { organizationChanged: { kind: string; organization: { id: string } } };
    }>(client, ORG_CHANGED, { id: w.world.province.id });
    const watcher = wsClient({ Authorization: `Bearer ${await tokenFor(w.admin)}` });
    const progress = collect<{ data: { votingProgress: { ballotsCast: number } } }>(watcher, PROGRESS, {
      id: w.sessionId,
    });
    try {
      expect((await progress.next(10_000)).data.votingProgress.ballotsCast).toBe(cast1.size);
      await sleep(300);
      const school = await createOrg('INSTITUTION', 'Trường sau khởi động', w.world.district.id);
      expect((await orgEvents.next(10_000)).data.organizationChanged).toEqual({
        kind: 'CREATED',
        organization: { id: school.id },
      });
      expect(
        (await cast(w, 55, [{ nominationId: w.nominations[0]!, choice: 'REJECT' }])).receipt,
      ).toBeTruthy();
      expect((await progress.next(10_000)).data.votingProgress.ballotsCast).toBe(cast1.size + 1);
    } finally {
      orgEvents.unsubscribe();
      progress.unsubscribe();
      await client.dispose();
      await watcher.dispose();
    }
  });

  it('a voting process killed while ballots are cast: every acknowledged ballot counted once, a retry answers ALREADY_VOTED', async () => {
    const size = 40;
    const w = await openSession('Mất điện', size, 2);
    const [n1, n2] = w.nominations as [string, string];
    const ballot = (i: number) => [
      { nominationId: n1, choice: i % 3 === 0 ? 'REJECT' : 'APPROVE' },
      { nominationId: n2, choice: i % 2 === 0 ? 'APPROVE' : 'ABSTAIN' },
    ];
    const voting = f.platform.processes.voting;
    const acknowledged = new Map<number, string>();
    const unanswered: number[] = [];
    let next = 0;
    let killed: ReturnType<typeof voting.kill> | undefined;
    const worker = async () => {
      for (let i = next++; i < size; i = next++) {
        const r = await cast(w, i, ballot(i));
        if (r.receipt) acknowledged.set(i, r.receipt);
        else unanswered.push(i);
        // Killed with casts in flight (eight at a time).
        if (acknowledged.size >= 10 && !killed) killed = voting.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(await killed).toEqual({ code: null, signal: 'SIGKILL' });
    expect(unanswered.length).toBeGreaterThan(0);
    expect(f.platform.processes.gateway.child.exitCode).toBeNull();

    await voting.restart();
    const retries = await Promise.all(Array.from({ length: size }, (_, i) => cast(w, i, ballot(i))));
    for (const [i] of acknowledged)
      expect({ i, codes: retries[i]!.codes }).toEqual({ i, codes: ['ALREADY_VOTED'] });
    for (const i of unanswered) {
      // Either it never committed (cast now) or it did and its answer died with the process.
      const retry = retries[i]!;
      expect({ i, outcome: retry.receipt ? 'cast' : retry.codes }).toEqual({
        i,
        outcome: retry.receipt ? 'cast' : ['ALREADY_VOTED'],
      });
    }

    const voted = await participants(w.sessionId);
    expect(voted).toEqual(new Set(w.members.map((m) => m.id)));
    const [row] = await f.sql<{ cast: number; sealed: number }>(
      // Ballots cast while a session is open: its participation rows (no cast updates the
      // session's row any more, see ballot.service.ts), as votingSession.ballotsCast counts them.
      `SELECT (SELECT count(*)::int FROM voting.participation p WHERE p.session_id = s.id) AS cast,
              (SELECT count(*)::int FROM voting.sealed_ballot b WHERE b.session_id = s.id) AS sealed
         FROM voting.voting_session s WHERE s.id = $1`,
      [w.sessionId],
    );
    expect(row).toEqual({ cast: size, sealed: size });

    const closed = await ok<{
      closeVotingSession: {
        ballotsCast: number;
        results: { approve: number; reject: number; abstain: number }[];
      };
    }>(
      `mutation($id: ID!) { closeVotingSession(id: $id) { ballotsCast results { approve reject abstain } } }`,
      { id: w.sessionId },
      await as(w.admin),
    );
    const members = Array.from({ length: size }, (_, i) => i);
    expect(closed.closeVotingSession).toEqual({
      ballotsCast: size,
      results: [
        {
          approve: members.filter((i) => i % 3 !== 0).length,
          reject: members.filter((i) => i % 3 === 0).length,
          abstain: 0,
        },
        {
          approve: members.filter((i) => i % 2 === 0).length,
          reject: 0,
          abstain: members.filter((i) => i % 2 !== 0).length,
        },
      ],
    });
    // Every acknowledged receipt is a counted ballot.
    const verify = await Promise.all(
      [...acknowledged.values()].map((code) =>
        as(w.accounts[0]!).then((c) =>
          ok<{ verifyReceipt: boolean }>(
            `query($s: ID!, $r: String!) { verifyReceipt(sessionId: $s, receiptCode: $r) }`,
            { s: w.sessionId, r: code },
            c,
          ),
        ),
      ),
    );
    expect(verify.every((v) => v.verifyReceipt)).toBe(true);
  });

  describe('outbox relays killed after the commit', () => {
    const outboxRow = async (nominationId: string) =>
      (
        await f.sql<{ id: string; delivered: boolean }>(
          `SELECT id, delivered_at IS NOT NULL AS delivered FROM voting.council_outbox
            WHERE payload->'changes' @> jsonb_build_array(jsonb_build_object('nominationId', $1::text))
              AND payload->'changes' @> '[{"to": "COUNCIL_APPROVED"}]'`,
          [nominationId],
        )
      )[0];
    const stageIn = async (nominationId: string) =>
      (
        await f.sql<{ stage: string }>('SELECT stage FROM nominations.nomination WHERE id = $1', [
          nominationId,
        ])
      )[0]?.stage;
    /** The effect in nominations: one transition, one event for reporting. */
    const effects = async (nominationId: string) => {
      const [row] = await f.sql<{ transitions: number; events: number }>(
        `SELECT (SELECT count(*)::int FROM nominations.nomination_transition
                  WHERE nomination_id = $1 AND to_stage = 'COUNCIL_APPROVED') AS transitions,
                (SELECT count(*)::int FROM nominations.outbox_event
                  WHERE nomination_id = $1 AND payload->>'stage' = 'COUNCIL_APPROVED') AS events`,
        [nominationId],
      );
      return row;
    };
    const decided = async (label: string) => {
      const w = await openSession(label, 3, 1, [1, 2]);
      const n = w.nominations[0]!;
      await waitForStage(w.admin, n, 'UNDER_REVIEW');
      for (let i = 0; i < 3; i++)
        expect((await cast(w, i, [{ nominationId: n, choice: 'APPROVE' }])).receipt).toBeTruthy();
      return { w, n };
    };

    it('voting dies after nominations applied its delivery but before the acknowledgement: redelivered after restart, applied once', async () => {
      const { w, n } = await decided('Hộp thư một');
      const { nominations, voting } = f.platform.processes;
      // Nominations frozen: the relay's delivery, sent right after the commit, waits in its socket.
      nominations.child.kill('SIGSTOP');
      try {
        expect(
          (
            await ok<{ closeVotingSession: { status: string } }>(
              CLOSE,
              { id: w.sessionId },
              await as(w.admin),
            )
          ).closeVotingSession.status,
        ).toBe('CLOSED');
        expect(await outboxRow(n)).toMatchObject({ delivered: false });
        await sleep(500);
        expect(await voting.kill('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
      } finally {
        nominations.child.kill('SIGCONT');
      }
      // Nominations reads the delivery and applies it; the answer goes nowhere.
      await until(
        'nominations applied the orphaned delivery',
        async () => (await stageIn(n)) === 'COUNCIL_APPROVED',
      );
      expect(await outboxRow(n)).toMatchObject({ delivered: false });

      await voting.restart();
      await until(
        'the relay redelivered and was acknowledged',
        async () => (await outboxRow(n))?.delivered === true,
      );
      expect(await effects(n)).toEqual({ transitions: 1, events: 1 });
      await waitForStage(w.admin, n, 'COUNCIL_APPROVED');
    });

    it('voting dies before it could deliver (nominations down): delivered after both restart, applied once', async () => {
      const { w, n } = await decided('Hộp thư hai');
      const { nominations, voting } = f.platform.processes;
      await nominations.kill('SIGKILL');
      expect(
        (await ok<{ closeVotingSession: { status: string } }>(CLOSE, { id: w.sessionId }, await as(w.admin)))
          .closeVotingSession.status,
      ).toBe('CLOSED');
      // The relay tries (every 200 ms), fails, and keeps the event.
      await sleep(1_000);
      expect(await outboxRow(n)).toMatchObject({ delivered: false });
      await voting.kill('SIGKILL');
      await nominations.restart();
      expect(await outboxRow(n)).toMatchObject({ delivered: false });
      expect(await stageIn(n)).toBe('UNDER_REVIEW');

      await voting.restart();
      await until('delivered after the restart', async () => (await outboxRow(n))?.delivered === true);
      expect(await stageIn(n)).toBe('COUNCIL_APPROVED');
      expect(await effects(n)).toEqual({ transitions: 1, events: 1 });
    });

    it("reporting (the consumer of nominations' outbox) killed while events are committed: caught up after restart, each counted once", async () => {
      const w = await councilWorld('Báo cáo', 1, 0);
      const admin = await platformAdmin();
      const school = await as(w.admin);
      const reporting = f.platform.processes.reporting;
      const registered: string[] = [];
      let killed: ReturnType<typeof reporting.kill> | undefined;
      for (let i = 0; i < 24; i++) {
        const person = await ok<{ createPerson: { id: string } }>(
          CREATE_PERSON,
          { input: { organizationId: w.world.unit1.id, fullName: `Người thứ ${i + 1}` } },
          admin,
        );
        const res = await ok<{ registerNomination: { id: string } }>(
          REGISTER,
          {
            input: {
              campaignId: w.campaign.id,
              distinctionCode: 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
              submittingOrganizationId: w.world.school1.id,
              nomineePersonId: person.createPerson.id,
            },
          },
          school,
        );
        registered.push(res.registerNomination.id);
        // Reporting polls every 100 ms: killed in the middle of following the feed.
        if (i === 8) killed = reporting.kill('SIGKILL');
      }
      expect(await killed).toEqual({ code: null, signal: 'SIGKILL' });
      await reporting.restart();

      const counted = async () =>
        (
          await f.sql<{ total: number; states: number }>(
            `SELECT (SELECT coalesce(sum(count), 0)::int FROM reporting.nomination_count
                      WHERE campaign_id = $1 AND stage = 'REGISTERED') AS total,
                    (SELECT count(*)::int FROM reporting.nomination_state WHERE nomination_id = ANY($2::uuid[])) AS states`,
            [w.campaign.id, registered],
          )
        )[0]!;
      await until('reporting caught up', async () => (await counted()).states === registered.length);
      expect(await counted()).toEqual({ total: registered.length, states: registered.length });
      // And the counters equal a rebuild from nominations' current state.
      const url = f.platform.subgraphUrls.reporting.replace('/graphql', '/internal/rollups/verify');
      const body = '{}';
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...signInternalRequest(ANONYMOUS, f.internalSecret, body),
        },
        body,
      });
      expect(res.status).toBe(200);
      const verdict = (await res.json()) as { differences: unknown[]; subtreeDifferences?: unknown[] };
      expect(verdict.differences).toEqual([]);
      expect(verdict.subtreeDifferences ?? []).toEqual([]);
    });
  });

  describe('SIGTERM under load', () => {
    /**
     * A load balancer: sends requests while the target's /readyz says 200 and stops at the first
     * 503. Every request it sends must succeed.
     */
    function balancedLoad(readyUrl: string, request: () => Promise<boolean>, workers = 6) {
      const readiness = watch(readyUrl);
      const outcomes: Outcome[] = [];
      const routing = () => !readiness.seen.some((p) => p.status !== 200);
      const done = Promise.all(
        Array.from({ length: workers }, () =>
          loop(routing, async () => {
            const at = Date.now();
            const good = await request().catch(() => false);
            outcomes.push({ kind: 'request', at, end: Date.now(), ok: good });
          }),
        ),
      );
      return {
        readiness,
        outcomes,
        stop: async () => {
          await done;
          await readiness.stop();
        },
      };
    }

    it('the gateway: readiness flips first, requests in flight finish, sockets close with 1001, nothing fails', async () => {
      const w = await openSession('Dừng cổng', 6, 1);
      const gateway = f.platform.processes.gateway;
      const admin = await platformAdmin();

      const closeCodes: number[] = [];
      const clients = Array.from({ length: 4 }, () => wsClient({ Authorization: `Bearer ${admin.token}` }));
      const subscriptions = clients.map((c) => {
        c.on('closed', (event) => closeCodes.push((event as { code: number }).code));
        return collect(c, ORG_CHANGED, { id: w.world.province.id });
      });
      await sleep(500);
      await createOrg('INSTITUTION', 'Trường trước khi dừng', w.world.district.id);
      for (const s of subscriptions)
        expect((await s.next(10_000)) as object).toHaveProperty('data.organizationChanged.kind', 'CREATED');

      // Three ballots in flight through the gateway, held by a lock in the database.
      const hold = await holdSession(w.sessionId);
      const held = [0, 1, 2].map((i) => cast(w, i, [{ nominationId: w.nominations[0]!, choice: 'APPROVE' }]));
      await sleep(300);

      const load = balancedLoad(gateway.readyUrl, async () => {
        const res = await graphql<{ organization: { id: string } }>(
          `
            query ($id: ID!) {
              organization(id: $id) {
                id
                name
              }
            }
          `,
          { id: w.world.school1.id },
          admin,
        );
        return res.status === 200 && !res.errors && res.data?.organization?.id === w.world.school1.id;
      });
      await sleep(1_000);
      const signalAt = Date.now();
      const exited = gateway.kill('SIGTERM');
      // Past the shutdown delay the gateway refuses new connections, and waits for these.
      await until(
        'the gateway refuses connections',
        async () => !!load.readiness.first((s) => s === 0, signalAt),
      );
      const releasedAt = Date.now();
      await hold.release();
      const exit = await exited;
      const exitAt = Date.now();
      await load.stop();

      expect(exit).toEqual({ code: 0, signal: null });
      expect(exitAt).toBeGreaterThanOrEqual(releasedAt);
      const answers = await Promise.all(held);
      expect(answers.map((a) => (a.receipt ? 'cast' : a))).toEqual(['cast', 'cast', 'cast']);
      const notReady = load.readiness.first((s) => s === 503, signalAt);
      const refused = load.readiness.first((s) => s === 0, signalAt);
      expect(notReady).toBeDefined();
      expect(notReady!.at - signalAt).toBeLessThan(1_000);
      // Nothing was refused before readiness said so.
      expect(load.readiness.seen.filter((p) => p.status === 0 && p.at < notReady!.at)).toEqual([]);
      expect(refused).toBeDefined();
      expect(refused!.at).toBeGreaterThan(notReady!.at);
      expect(load.outcomes.length).toBeGreaterThan(10);
      expect(load.outcomes.filter((o) => !o.ok)).toEqual([]);
      expect(closeCodes).toEqual([1001, 1001, 1001, 1001]);
      await Promise.all(clients.map((c) => c.dispose()));

      await gateway.restart();
      const voted = await participants(w.sessionId);
      for (const i of [0, 1, 2]) expect(voted.has(w.members[i]!.id)).toBe(true);
    });

    it('a subgraph: readiness flips first, requests in flight finish, its sockets close with 1001, nothing fails', async () => {
      const w = await openSession('Dừng dịch vụ', 6, 1);
      const voting = f.platform.processes.voting;
      const adminOfSchool = await as(w.admin);

      // A socket straight to the subgraph, as the gateway opens them (signed connection_init).
      let closeCode = 0;
      const direct = createClient({
        url: f.platform.subgraphUrls.voting.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: () => signInternalRequest(ANONYMOUS, f.internalSecret),
        lazy: false,
        retryAttempts: 0,
        onNonLazyError: () => undefined,
        on: { closed: (event) => void (closeCode = (event as { code: number }).code) },
      });
      await new Promise<void>((resolve, reject) => {
        direct.on('connected', () => resolve());
        setTimeout(() => reject(new Error('no connection to the voting subgraph')), 5_000);
      });

      const hold = await holdSession(w.sessionId);
      const held = [3, 4, 5].map((i) => cast(w, i, [{ nominationId: w.nominations[0]!, choice: 'REJECT' }]));
      await sleep(300);

      const load = balancedLoad(voting.readyUrl, async () => {
        const res = await graphql<{ votingSession: { id: string; status: string } }>(
          `
            query ($id: ID!) {
              votingSession(id: $id) {
                id
                status
              }
            }
          `,
          { id: w.sessionId },
          adminOfSchool,
        );
        return res.status === 200 && !res.errors && res.data?.votingSession?.status === 'OPEN';
      });
      await sleep(1_000);
      const signalAt = Date.now();
      const exited = voting.kill('SIGTERM');
      await until('voting refuses connections', async () => !!load.readiness.first((s) => s === 0, signalAt));
      const releasedAt = Date.now();
      await hold.release();
      const exit = await exited;
      const exitAt = Date.now();
      await load.stop();

      expect(exit).toEqual({ code: 0, signal: null });
      expect(exitAt).toBeGreaterThanOrEqual(releasedAt);
      expect((await Promise.all(held)).map((a) => (a.receipt ? 'cast' : a))).toEqual([
        'cast',
        'cast',
        'cast',
      ]);
      const notReady = load.readiness.first((s) => s === 503, signalAt);
      expect(notReady).toBeDefined();
      expect(notReady!.at - signalAt).toBeLessThan(1_000);
      expect(load.readiness.seen.filter((p) => p.status === 0 && p.at < notReady!.at)).toEqual([]);
      expect(load.outcomes.length).toBeGreaterThan(10);
      expect(load.outcomes.filter((o) => !o.ok)).toEqual([]);
      expect(closeCode).toBe(1001);
      await direct.dispose();

      await voting.restart();
      const voted = await participants(w.sessionId);
      for (const i of [3, 4, 5]) expect(voted.has(w.members[i]!.id)).toBe(true);
    });
  });
});
