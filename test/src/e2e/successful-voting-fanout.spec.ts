import { codes, graphql, ok, tokenFor, wsClient } from '@laurel/testing';
import type { Client } from 'graphql-ws';
import { as } from './flows';
import { CAST, councilWorld, createSession } from './voting-flows';

// The gateway shares one upstream execution among the subscribers asking for these fields.
const SHARED = `subscription($id: ID!) { votingProgress(sessionId: $id) { status ballotsCast eligibleVoters } }`;
// A fragment takes the ordinary per-subscriber path; it must behave the same.
const ORDINARY = `subscription($id: ID!) { votingProgress(sessionId: $id) { ...P } } fragment P on VotingProgress { status ballotsCast }`;

interface Progress {
  data: { votingProgress: { status: string; ballotsCast: number } } | null;
  errors?: { extensions?: { code?: string } }[];
}

/** Every event and whether the server completed the subscription. */
function follow(client: Client, query: string, id: string) {
  const events: Progress[] = [];
  const state = { completed: false };
  client.subscribe<Progress['data']>(
    { query, variables: { id } },
    {
      next: (value) => events.push(value as Progress),
      error: () => undefined,
      complete: () => (state.completed = true),
    },
  );
  return { events, state };
}

async function until(check: () => boolean, timeoutMs = 8_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('votingProgress executed once per session at the gateway, delivered to every subscriber', () => {
  it('many subscribers each see every count; an outsider is refused; a removed member stops receiving', async () => {
    const w = await councilWorld('Phát tán', 6, 1);
    const sessionId = await createSession(w.admin, w.councilId, w.nominations, {
      threshold: [1, 2],
      base: 'BALLOTS_CAST',
      quorum: [1, 2],
    });
    // Members 1–5 (two sockets each), the admin, and member 6, who will be removed.
    const clients: Client[] = [];
    const open = async (account: string) => {
      const client = wsClient({ Authorization: `Bearer ${await tokenFor(account)}` });
      clients.push(client);
      return client;
    };
    try {
      const watchers: ReturnType<typeof follow>[] = [];
      for (const account of [...w.accounts.slice(0, 5), ...w.accounts.slice(0, 5), w.admin])
        watchers.push(follow(await open(account), SHARED, sessionId));
      const ordinary = follow(await open(w.accounts[1]!), ORDINARY, sessionId);
      const removed = follow(await open(w.accounts[5]!), SHARED, sessionId);
      const outsider = follow(await open(`outsider-${Date.now()}`), SHARED, sessionId);

      await until(() => [...watchers, ordinary, removed].every((f) => f.events.length >= 1));
      for (const f of [...watchers, ordinary, removed])
        expect(f.events[0]?.data?.votingProgress).toMatchObject({ status: 'DRAFT', ballotsCast: 0 });
      await until(() => outsider.state.completed);
      expect(outsider.events).toHaveLength(1);
      expect(outsider.events[0]?.data).toBeNull();
      expect(outsider.events[0]?.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);

      // The sixth member leaves the council while the session is a draft.
      const left = await ok<{ removeCouncilMember: { members: unknown[] } }>(
        `mutation($c: ID!, $p: ID!) { removeCouncilMember(councilId: $c, personId: $p) { members { role } } }`,
        { c: w.councilId, p: w.members[5]!.id },
        await as(w.admin),
      );
      expect(left.removeCouncilMember.members).toHaveLength(5);
      await until(() => removed.state.completed, 5_000);
      const seenByRemoved = removed.events.length;

      await ok(
        `mutation($id: ID!) { openVotingSession(id: $id) { id } }`,
        { id: sessionId },
        await as(w.admin),
      );
      for (let i = 0; i < 5; i++) {
        await ok(
          CAST,
          { s: sessionId, c: [{ nominationId: w.nominations[0], choice: 'APPROVE' }] },
          await as(w.accounts[i]!),
        );
        // Every subscriber reaches this count (updates may be coalesced, never lost at the end).
        await until(() =>
          [...watchers, ordinary].every((f) => f.events.at(-1)?.data?.votingProgress.ballotsCast === i + 1),
        );
      }
      for (const f of watchers)
        expect(f.events.at(-1)?.data?.votingProgress).toEqual({
          status: 'OPEN',
          ballotsCast: 5,
          eligibleVoters: 5,
        });
      expect(ordinary.events.at(-1)?.data?.votingProgress).toEqual({ status: 'OPEN', ballotsCast: 5 });
      for (const f of [...watchers, ordinary]) {
        const counts = f.events.map((e) => e.data?.votingProgress.ballotsCast ?? -1);
        expect(counts).toEqual([...counts].sort((a, b) => a - b)); // never backwards
      }
      // The removed member saw nothing after leaving, and cannot vote.
      expect(removed.events).toHaveLength(seenByRemoved);
      expect(removed.events.some((e) => e.data?.votingProgress.status === 'OPEN')).toBe(false);
      const refused = await graphql(
        CAST,
        { s: sessionId, c: [{ nominationId: w.nominations[0], choice: 'APPROVE' }] },
        await as(w.accounts[5]!),
      );
      // No longer a member and no role on the organization: the session is invisible to them.
      expect(codes(refused)).toEqual(['NOT_FOUND']);

      // Closing pushes CLOSED to everyone and completes their subscriptions.
      await ok(
        `mutation($id: ID!) { closeVotingSession(id: $id) { id } }`,
        { id: sessionId },
        await as(w.admin),
      );
      await until(() => [...watchers, ordinary].every((f) => f.state.completed));
      for (const f of [...watchers, ordinary])
        expect(f.events.at(-1)?.data?.votingProgress.status).toBe('CLOSED');
    } finally {
      await Promise.all(clients.map((c) => c.dispose()));
    }
  });

  it('a council member cannot be removed while a session is open, nor by someone without the role', async () => {
    const w = await councilWorld('Khóa', 3, 1);
    const sessionId = await createSession(w.admin, w.councilId, w.nominations, {
      threshold: [1, 2],
      base: 'BALLOTS_CAST',
      quorum: [1, 2],
    });
    const remove = `mutation($c: ID!, $p: ID!) { removeCouncilMember(councilId: $c, personId: $p) { id } }`;
    // A member (no role on the organization) sees the council but may not change it.
    expect(
      codes(await graphql(remove, { c: w.councilId, p: w.members[2]!.id }, await as(w.accounts[0]!))),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(await graphql(remove, { c: w.councilId, p: w.members[2]!.id }, await as(`nobody-${Date.now()}`))),
    ).toEqual(['NOT_FOUND']);
    await ok(
      `mutation($id: ID!) { openVotingSession(id: $id) { id } }`,
      { id: sessionId },
      await as(w.admin),
    );
    expect(codes(await graphql(remove, { c: w.councilId, p: w.members[2]!.id }, await as(w.admin)))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const members = await ok<{ council: { members: unknown[] } }>(
      `query($id: ID!) { council(id: $id) { members { role } } }`,
      { id: w.councilId },
      await as(w.admin),
    );
    expect(members.council.members).toHaveLength(3);
  });
});
