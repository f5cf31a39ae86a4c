import { collect, graphql, ok, tokenFor, uniqueCode, wsClient } from '@laurel/testing';
import { as, grant } from './flows';
import { CAST, councilWorld, createSession, stageOf } from './voting-flows';
import { gql } from '../gql';

/** docs/API.md §9: voting as dashboards see it, and results that reach nominations at once. */

const SESSION = gql(
  `query VotingDashboardsVotingSession($id: ID!) { votingSession(id: $id) { id status eligibleVoters ballotsCast } }`,
);
const PROGRESS = gql(
  `subscription VotingDashboardsVotingProgress($id: ID!) { votingProgress(sessionId: $id) { sessionId status ballotsCast eligibleVoters results { nomination { id } passed } } }`,
);
describe('voting as dashboards see it (section 9)', () => {
  it("a district VIEWER reads a school's session and watches it live: DRAFT counts the members, then every ballot, then the results", async () => {
    const w = await councilWorld('Bảng theo dõi', 3, 1);
    const sessionId = await createSession(w.admin, w.councilId, w.nominations, {
      threshold: [1, 2],
      base: 'TOTAL_MEMBERS',
      quorum: [1, 2],
    });
    const viewer = `district-viewer-${uniqueCode('u')}`;
    await grant(viewer, w.world.district.id, 'VIEWER');

    // One rule, both doors: the query …
    const read = await ok(SESSION, { id: sessionId }, await as(viewer));
    expect(read.votingSession).toEqual({ id: sessionId, status: 'DRAFT', eligibleVoters: 3, ballotsCast: 0 });

    // … and the subscription.
    const client = wsClient({ Authorization: `Bearer ${await tokenFor(viewer)}` });
    const progress = collect(client, PROGRESS, { id: sessionId });
    try {
      expect((await progress.next(10_000)).data?.votingProgress).toEqual({
        sessionId,
        status: 'DRAFT',
        ballotsCast: 0,
        eligibleVoters: 3,
        results: null,
      });
      await ok(
        `mutation($id: ID!) { openVotingSession(id: $id) { id } }`,
        { id: sessionId },
        await as(w.admin),
      );
      expect((await progress.next(10_000)).data?.votingProgress).toMatchObject({
        status: 'OPEN',
        ballotsCast: 0,
        eligibleVoters: 3,
      });
      await ok(
        CAST,
        { s: sessionId, c: [{ nominationId: w.nominations[0], choice: 'APPROVE' }] },
        await as(w.accounts[0]!),
      );
      expect((await progress.next(10_000)).data?.votingProgress).toMatchObject({
        status: 'OPEN',
        ballotsCast: 1,
      });
      await ok(
        CAST,
        { s: sessionId, c: [{ nominationId: w.nominations[0], choice: 'APPROVE' }] },
        await as(w.accounts[1]!),
      );
      let event = (await progress.next(10_000)).data?.votingProgress;
      expect(event).toMatchObject({ status: 'OPEN', ballotsCast: 2 });
      await ok(
        `mutation($id: ID!) { closeVotingSession(id: $id) { id } }`,
        { id: sessionId },
        await as(w.admin),
      );
      event = (await progress.next(10_000)).data?.votingProgress;
      expect(event).toEqual({
        sessionId,
        status: 'CLOSED',
        ballotsCast: 2,
        eligibleVoters: 3,
        results: [{ nomination: { id: w.nominations[0] }, passed: true }],
      });
    } finally {
      progress.unsubscribe();
      await client.dispose();
    }
  });

  it('whoever may not read the session is refused by both doors alike', async () => {
    const w = await councilWorld('Người ngoài', 2, 1);
    const sessionId = await createSession(w.admin, w.councilId, w.nominations, {
      threshold: [1, 2],
      base: 'TOTAL_MEMBERS',
      quorum: [1, 2],
    });
    const sibling = `sibling-viewer-${uniqueCode('u')}`;
    await grant(sibling, w.world.school2.id, 'VIEWER');
    const read = await graphql<{ votingSession: unknown }>(SESSION, { id: sessionId }, await as(sibling));
    expect(read.data?.votingSession).toBeNull();
    const client = wsClient({ Authorization: `Bearer ${await tokenFor(sibling)}` });
    const events = collect(client, PROGRESS, { id: sessionId });
    try {
      const refused = await events.next(10_000);
      expect(refused.data).toBeNull();
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    } finally {
      events.unsubscribe();
      await client.dispose();
    }
  });

  it('results without lag: the slate reads UNDER_REVIEW when open returns, and a recognition right after close succeeds', async () => {
    const w = await councilWorld('Không trễ', 2, 2);
    const [passing, failing] = w.nominations as [string, string];
    const sessionId = await createSession(w.admin, w.councilId, w.nominations, {
      threshold: [1, 2],
      base: 'TOTAL_MEMBERS',
      quorum: [1, 2],
    });
    const opened = await ok(
      gql(
        `mutation VotingDashboardsOpenVotingSession($id: ID!) { openVotingSession(id: $id) { status nominations { id stage } } }`,
      ),
      { id: sessionId },
      await as(w.admin),
    );
    expect(opened.openVotingSession).toEqual({
      status: 'OPEN',
      nominations: [
        { id: passing, stage: 'UNDER_REVIEW' },
        { id: failing, stage: 'UNDER_REVIEW' },
      ],
    });
    for (const account of w.accounts)
      await ok(
        CAST,
        {
          s: sessionId,
          c: [
            { nominationId: passing, choice: 'APPROVE' },
            { nominationId: failing, choice: 'REJECT' },
          ],
        },
        await as(account),
      );
    const closed = await ok(
      gql(
        `mutation VotingDashboardsCloseVotingSession($id: ID!) { closeVotingSession(id: $id) { status nominations { id stage } } }`,
      ),
      { id: sessionId },
      await as(w.admin),
    );
    expect(closed.closeVotingSession).toEqual({
      status: 'CLOSED',
      nominations: [
        { id: passing, stage: 'COUNCIL_APPROVED' },
        { id: failing, stage: 'COUNCIL_REJECTED' },
      ],
    });
    // The principal recognizes at once: no INVALID_TRANSITION while a relay catches up.
    const recognized = await ok<{ recognizeNomination: { stage: string; decisionNumber: string } }>(
      `mutation($id: ID!, $n: String!, $at: DateTime!) { recognizeNomination(id: $id, decisionNumber: $n, decidedAt: $at) { stage decisionNumber } }`,
      { id: passing, n: '07/QĐ-THCS', at: new Date().toISOString() },
      await as(w.admin),
    );
    expect(recognized.recognizeNomination).toEqual({ stage: 'RECOGNIZED', decisionNumber: '07/QĐ-THCS' });
    expect(await stageOf(w.admin, failing)).toBe('COUNCIL_REJECTED');
  });
});
