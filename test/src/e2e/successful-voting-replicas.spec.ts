import 'reflect-metadata';
import { internalUrl, postInternal, signInternalRequest, type Identity } from '@laurel/auth';
import { createPgPubSub, type PgPubSub } from '@laurel/events';
import { collect, ok, testEnv, tokenFor, wsClient } from '@laurel/testing';
import { createDataSource, createVotingApp, type VotingApp } from '@laurel/voting';
import type { DataSource } from 'typeorm';
import { as } from './flows';
import { councilWorld, createSession } from './voting-flows';

const PROGRESS = `subscription($id: ID!) { votingProgress(sessionId: $id) { status ballotsCast eligibleVoters } }`;

/**
 * Two voting processes behind one gateway's subscribers: ballots cast on a second replica (as a
 * load balancer would send them) reach the subscribers that the platform's voting process serves,
 * through PostgreSQL LISTEN/NOTIFY.
 */
describe('voting progress crosses process boundaries', () => {
  let db: DataSource;
  let pubSub: PgPubSub;
  let replica: VotingApp;

  beforeAll(async () => {
    const url = testEnv('databaseUrl');
    db = await createDataSource(url, 2).initialize();
    pubSub = await createPgPubSub({ url, channel: 'laurel_voting' });
    const urls = JSON.parse(testEnv('subgraphUrls')) as Record<string, string>;
    replica = await createVotingApp({
      db,
      pubSub,
      port: 0,
      internalSecret: testEnv('internalSecret'),
      directorySync: null,
      nominationsUrl: urls.nominations!,
      campaignsUrl: urls.campaigns!,
      sealingKey: testEnv('votingSealingKey'),
    });
  });

  afterAll(async () => {
    await replica?.close();
    await pubSub?.close();
    await db?.destroy();
  });

  it('every ballot cast on the second replica is pushed to the gateway`s subscribers', async () => {
    const w = await councilWorld('Hai tiến trình', 4, 1);
    const sessionId = await createSession(w.admin, w.councilId, w.nominations, {
      threshold: [1, 2],
      base: 'BALLOTS_CAST',
      quorum: [1, 2],
    });
    const client = wsClient({ Authorization: `Bearer ${await tokenFor(w.admin)}` });
    const events = collect<{ data: { votingProgress: { status: string; ballotsCast: number } } }>(
      client,
      PROGRESS,
      {
        id: sessionId,
      },
    );
    expect((await events.next()).data.votingProgress.status).toBe('DRAFT');
    await ok(
      `mutation($id: ID!) { openVotingSession(id: $id) { status } }`,
      { id: sessionId },
      await as(w.admin),
    );
    expect((await events.next()).data.votingProgress).toMatchObject({ status: 'OPEN', ballotsCast: 0 });

    for (const [i, member] of w.members.entries()) {
      // The identity the gateway would sign: organizations' answer for the member's subject.
      const organizationsUrl = (JSON.parse(testEnv('subgraphUrls')) as Record<string, string>).organizations!;
      const { identity } = await postInternal<{ identity: Identity }>(
        internalUrl(organizationsUrl, 'identity'),
        { subject: w.accounts[i]! },
        testEnv('internalSecret'),
      );
      expect(identity.personIds).toEqual([member.id]);
      const body = JSON.stringify({
        query: `mutation($s: ID!, $c: [BallotChoiceInput!]!) { castBallot(sessionId: $s, choices: $c) { receiptCode } }`,
        variables: { s: sessionId, c: [{ nominationId: w.nominations[0], choice: 'APPROVE' }] },
      });
      const res = await fetch(replica.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...signInternalRequest(identity, testEnv('internalSecret'), body),
        },
        body,
      });
      const json = (await res.json()) as { errors?: unknown };
      expect(json.errors).toBeUndefined();
      expect((await events.next()).data.votingProgress).toMatchObject({ status: 'OPEN', ballotsCast: i + 1 });
    }
    events.unsubscribe();
    await client.dispose();
  });
});
