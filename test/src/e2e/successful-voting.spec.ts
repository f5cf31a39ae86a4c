import { codes, collect, graphql, ok, tokenFor, wsClient } from '@laurel/testing';
import { as, createPerson } from './flows';
import { propose, register } from './nomination-flows';
import { CAST, councilWorld, createSession, waitForStage } from './voting-flows';
import { gql } from '../gql';

const SESSION = gql(`query VotingSession($id: ID!) { votingSession(id: $id) { ...SessionFields } }`);
const PROGRESS = gql(
  `subscription VotingVotingProgress($id: ID!) { votingProgress(sessionId: $id) { sessionId status ballotsCast eligibleVoters results { nomination { id } approve passed } } }`,
);

describe('a council votes by secret ballot through the gateway', () => {
  let w: Awaited<ReturnType<typeof councilWorld>>;
  let sessionId: string;

  beforeAll(async () => {
    w = await councilWorld('Bỏ phiếu', 9, 3);
    sessionId = await createSession(w.admin, w.councilId, w.nominations, {
      threshold: [2, 3],
      base: 'TOTAL_MEMBERS',
      quorum: [1, 2],
    });
  });

  it('runs a session: progress pushed live, tallies hidden while open, 6/9 meets 2/3 and 5/9 does not', async () => {
    const [n1, n2, n3] = w.nominations as [string, string, string];
    const client = wsClient({ Authorization: `Bearer ${await tokenFor(w.admin)}` });
    const progress = collect(client, PROGRESS, { id: sessionId });
    // The first event is the state at subscription time.
    expect((await progress.next()).data.votingProgress).toMatchObject({ status: 'DRAFT', ballotsCast: 0 });

    const opened = await ok(
      gql(
        `mutation VotingOpenVotingSession($id: ID!) { openVotingSession(id: $id) { status eligibleVoters } }`,
      ),
      { id: sessionId },
      await as(w.admin),
    );
    expect(opened.openVotingSession).toEqual({ status: 'OPEN', eligibleVoters: 9 });
    expect((await progress.next()).data.votingProgress).toMatchObject({
      status: 'OPEN',
      ballotsCast: 0,
      eligibleVoters: 9,
    });
    for (const id of w.nominations) await waitForStage(w.admin, id, 'UNDER_REVIEW');

    // A member with no role in the organization reads the slate he or she votes on.
    const slate = await ok(SESSION, { id: sessionId }, await as(w.accounts[3]!));
    expect(slate.votingSession!.nominations.map((n) => n.stage)).toEqual([
      'UNDER_REVIEW',
      'UNDER_REVIEW',
      'UNDER_REVIEW',
    ]);

    // Nine ballots: n1 approved by 6, n2 by 5, n3 by nobody.
    const receipts: string[] = [];
    for (let i = 0; i < 9; i++) {
      const res = await ok<{ castBallot: { receiptCode: string } }>(
        CAST,
        {
          s: sessionId,
          c: [
            { nominationId: n1, choice: i < 6 ? 'APPROVE' : 'REJECT' },
            { nominationId: n2, choice: i < 5 ? 'APPROVE' : 'ABSTAIN' },
            { nominationId: n3, choice: 'REJECT' },
          ],
        },
        await as(w.accounts[i]!),
      );
      receipts.push(res.castBallot.receiptCode);
      const event = (await progress.next()).data.votingProgress;
      expect(event).toMatchObject({ status: 'OPEN', ballotsCast: i + 1, eligibleVoters: 9, results: null });
      // No tally while open, by any API.
      const open = await ok(SESSION, { id: sessionId }, await as(w.admin));
      expect(open.votingSession!.results).toBeNull();
    }
    expect(new Set(receipts).size).toBe(9);

    const closed = await ok(
      gql(`mutation VotingCloseWithFields($id: ID!) { closeVotingSession(id: $id) { ...SessionFields } }`),
      { id: sessionId },
      await as(w.admin),
    );
    expect(closed.closeVotingSession.status).toBe('CLOSED');
    expect(closed.closeVotingSession.results).toEqual([
      { nomination: { id: n1 }, approve: 6, reject: 3, abstain: 0, passed: true },
      { nomination: { id: n2 }, approve: 5, reject: 0, abstain: 4, passed: false },
      { nomination: { id: n3 }, approve: 0, reject: 9, abstain: 0, passed: false },
    ]);
    const last = (await progress.next()).data.votingProgress;
    expect(last).toMatchObject({ status: 'CLOSED', ballotsCast: 9 });
    expect(last.results!.map((r) => r.passed)).toEqual([true, false, false]);
    progress.unsubscribe();
    await client.dispose();

    await waitForStage(w.admin, n1, 'COUNCIL_APPROVED');
    await waitForStage(w.admin, n2, 'COUNCIL_REJECTED');
    await waitForStage(w.admin, n3, 'COUNCIL_REJECTED');

    // Receipts confirm a counted ballot and reveal nothing else.
    const verify = (code: string) =>
      as(w.accounts[0]!).then((c) =>
        ok<{ verifyReceipt: boolean }>(
          `query($s: ID!, $r: String!) { verifyReceipt(sessionId: $s, receiptCode: $r) }`,
          { s: sessionId, r: code },
          c,
        ),
      );
    expect((await verify(receipts[4]!)).verifyReceipt).toBe(true);
    expect((await verify('not-a-receipt')).verifyReceipt).toBe(false);

    const late = await graphql(CAST, { s: sessionId, c: [] }, await as(w.accounts[0]!));
    expect(codes(late)).toEqual(['SESSION_NOT_OPEN']);
  });
});

describe('ballot rules', () => {
  let w: Awaited<ReturnType<typeof councilWorld>>;
  let sessionId: string;

  beforeAll(async () => {
    w = await councilWorld('Luật phiếu', 9, 2);
    sessionId = await createSession(w.admin, w.councilId, w.nominations, {
      threshold: [2, 3],
      base: 'BALLOTS_CAST',
      quorum: [2, 3],
    });
  });

  const ballot = (choice = 'APPROVE') => w.nominations.map((nominationId) => ({ nominationId, choice }));

  it('refuses a ballot before the session opens, from an outsider, and an incomplete one', async () => {
    expect(codes(await graphql(CAST, { s: sessionId, c: ballot() }, await as(w.accounts[0]!)))).toEqual([
      'SESSION_NOT_OPEN',
    ]);
    await ok(
      `mutation($id: ID!) { openVotingSession(id: $id) { status } }`,
      { id: sessionId },
      await as(w.admin),
    );
    // The school's admin sees the session but is not a member.
    expect(codes(await graphql(CAST, { s: sessionId, c: ballot() }, await as(w.admin)))).toEqual([
      'NOT_A_VOTER',
    ]);
    const partial = [{ nominationId: w.nominations[0], choice: 'APPROVE' }];
    expect(codes(await graphql(CAST, { s: sessionId, c: partial }, await as(w.accounts[0]!)))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('fifty simultaneous casts by one member store exactly one ballot', async () => {
    const credentials = await as(w.accounts[0]!);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => graphql(CAST, { s: sessionId, c: ballot() }, credentials)),
    );
    const accepted = results.filter((r) => !r.errors);
    expect(accepted).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => codes(r)[0])).toEqual(Array(49).fill('ALREADY_VOTED'));
    const session = await ok(
      gql(`query VotingVotingSession($id: ID!) { votingSession(id: $id) { ballotsCast } }`),
      { id: sessionId },
      await as(w.admin),
    );
    expect(session.votingSession!.ballotsCast).toBe(1);
  });

  it('below quorum nothing passes, and the session says why', async () => {
    // 5 of 9 voted (quorum 2/3 needs 6): unanimous approval does not pass.
    for (let i = 1; i < 5; i++) await ok(CAST, { s: sessionId, c: ballot() }, await as(w.accounts[i]!));
    const closed = await ok(
      gql(
        `mutation VotingCloseVotingSession($id: ID!) { closeVotingSession(id: $id) { ballotsCast outcomeNote results { approve passed } } }`,
      ),
      { id: sessionId },
      await as(w.admin),
    );
    expect(closed.closeVotingSession.ballotsCast).toBe(5);
    expect(closed.closeVotingSession.outcomeNote).toMatch(/^QUORUM_NOT_MET/);
    expect(closed.closeVotingSession.results).toEqual([
      { approve: 5, passed: false },
      { approve: 5, passed: false },
    ]);
    for (const id of w.nominations) await waitForStage(w.admin, id, 'COUNCIL_REJECTED');
  });

  it('an outsider cannot read the session or follow its progress', async () => {
    const stranger = `stranger-${Date.now()}`;
    const read = await graphql<{ votingSession: unknown }>(
      `
        query ($id: ID!) {
          votingSession(id: $id) {
            id
          }
        }
      `,
      { id: sessionId },
      await as(stranger),
    );
    expect(read.data?.votingSession).toBeNull();
    const client = wsClient({ Authorization: `Bearer ${await tokenFor(stranger)}` });
    const events = collect(client, PROGRESS, {
      id: sessionId,
    });
    const refused = await events.next();
    expect(refused.data).toBeNull();
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    await client.dispose();
  });
});

describe('a session takes its rule from the catalogue when the client gives none', () => {
  it('Chiến sĩ thi đua cơ sở: 80% of all members (Decree 98/2023 art. 30, carried into 152/2025)', async () => {
    const w = await councilWorld('Mặc định', 5, 0);
    const person = await createPerson(w.world.school1.id, 'Hoàng Văn Chiến');
    const n = await register(await as(w.admin), {
      campaignId: w.campaign.id,
      distinctionCode: 'CHIEN_SI_THI_DUA_CO_SO',
      submittingOrganizationId: w.world.school1.id,
      nomineePersonId: person.id,
    });
    await propose(await as(w.admin), n.id);
    const created = await ok(
      gql(`mutation VotingCreateVotingSession($input: CreateVotingSessionInput!) { createVotingSession(input: $input) {
        threshold { numerator denominator } base comparison quorum { numerator denominator } ruleSource } }`),
      { input: { councilId: w.councilId, title: 'Bình xét Chiến sĩ thi đua cơ sở', nominationIds: [n.id] } },
      await as(w.admin),
    );
    expect(created.createVotingSession).toMatchObject({
      threshold: { numerator: 4, denominator: 5 },
      base: 'TOTAL_MEMBERS',
      comparison: 'AT_LEAST',
      quorum: { numerator: 1, denominator: 2 },
    });
    expect(created.createVotingSession.ruleSource).toContain('not yet confirmed');
  });
});
