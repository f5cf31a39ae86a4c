import { ANONYMOUS, type Identity } from '@laurel/auth';
import {
  ProgressFanout,
  sharedProgressRequest,
  type ResultStream,
  type SubscribeParams,
} from '../progress-fanout';

const SESSION = '6f1c2a54-1111-4c4c-9d9d-0123456789ab';
const QUERY = 'subscription($id: ID!) { votingProgress(sessionId: $id) { status ballotsCast } }';

describe('sharedProgressRequest: which subscriptions may share one execution', () => {
  it('shares plain progress fields and results with nomination ids, keyed by text and variables', () => {
    const a = sharedProgressRequest({ query: QUERY, variables: { id: SESSION } });
    expect(a?.sessionId).toBe(SESSION);
    expect(sharedProgressRequest({ query: QUERY, variables: { id: SESSION } })?.key).toBe(a?.key);
    expect(sharedProgressRequest({ query: QUERY, variables: { id: 'other' } })?.key).not.toBe(a?.key);
    const literal = sharedProgressRequest({
      query: `subscription { p: votingProgress(sessionId: "${SESSION}") { results { approve passed nomination { id } } } }`,
    });
    expect(literal?.sessionId).toBe(SESSION);
  });

  it.each([
    [
      'a fragment',
      'subscription($id: ID!) { votingProgress(sessionId: $id) { ...F } } fragment F on VotingProgress { status }',
    ],
    [
      'an inline fragment',
      'subscription($id: ID!) { votingProgress(sessionId: $id) { ... on VotingProgress { status } } }',
    ],
    [
      'a directive',
      'subscription($id: ID!) { votingProgress(sessionId: $id) { status @include(if: true) } }',
    ],
    [
      'a nested entity field',
      'subscription($id: ID!) { votingProgress(sessionId: $id) { results { nomination { stage } } } }',
    ],
    ['another root field', 'subscription($id: ID!) { organizationChanged(organizationId: $id) { kind } }'],
    [
      'two root fields',
      'subscription($id: ID!) { a: votingProgress(sessionId: $id) { status } b: votingProgress(sessionId: $id) { status } }',
    ],
    ['a query', 'query($id: ID!) { votingSession(id: $id) { status } }'],
    ['an unparsable text', 'subscription { votingProgress('],
  ])('does not share %s', (_, query) => {
    expect(sharedProgressRequest({ query, variables: { id: SESSION } })).toBeNull();
  });

  it('does not share when the session id variable is missing', () => {
    expect(sharedProgressRequest({ query: QUERY, variables: {} })).toBeNull();
  });
});

/** An upstream the test drives, counting how many times it was started and as whom. */
function fakeUpstream() {
  const started: SubscribeParams[] = [];
  let push: ((value: unknown) => void) | null = null;
  const queue: unknown[] = [];
  let ended = false;
  const stream: ResultStream = {
    next: () =>
      queue.length > 0
        ? Promise.resolve({ done: false, value: queue.shift() })
        : ended
          ? Promise.resolve({ done: true, value: undefined })
          : new Promise((resolve) => (push = (value) => resolve({ done: false, value }))),
    return: () => {
      ended = true;
      return Promise.resolve({ done: true, value: undefined });
    },
  };
  return {
    started,
    ended: () => ended,
    emit(value: unknown) {
      if (push) {
        const p = push;
        push = null;
        p(value);
      } else queue.push(value);
    },
    subscribeUpstream: (params: SubscribeParams) => {
      started.push(params);
      return Promise.resolve(stream);
    },
  };
}

function socket() {
  const frames: string[] = [];
  return { frames, bufferedAmount: 0, send: (d: string) => frames.push(d), terminate: jest.fn() };
}

const person = (id: string): Identity => ({ ...ANONYMOUS, subject: id, personIds: [id] });
const tick = () => new Promise((r) => setTimeout(r, 10));
const progress = (status: string, ballotsCast: number) => ({
  data: { votingProgress: { status, ballotsCast } },
});

describe('ProgressFanout', () => {
  it('checks subscribers who join together in one audience call, each identity once', async () => {
    const upstream = fakeUpstream();
    const calls: string[][] = [];
    const fanout = new ProgressFanout({
      subscribeUpstream: upstream.subscribeUpstream,
      audience: (_s, ids) => {
        calls.push(ids.map((i) => i.subject ?? ''));
        return Promise.resolve(ids.map((i) => i.subject !== 'outsider'));
      },
      recheckMs: 60_000,
    });
    const params = { query: QUERY, variables: { id: SESSION } };
    const request = sharedProgressRequest(params)!;
    // 300 screens of one member, 300 of another, and an outsider, all at once.
    const who = [
      ...Array.from({ length: 300 }, () => person('p1')),
      ...Array.from({ length: 300 }, () => person('p2')),
      person('outsider'),
    ];
    const sockets = who.map(() => socket());
    await Promise.all(who.map((identity, i) => fanout.join(request, params, identity, sockets[i]!, `s${i}`)));
    expect(calls).toEqual([['p1', 'p2', 'outsider']]);
    // The outsider got the refusal; the others the shared updates.
    expect(JSON.parse(sockets.at(-1)!.frames[0]!).payload.errors[0].extensions.code).toBe('NOT_FOUND');
    upstream.emit(progress('OPEN', 1));
    await tick();
    expect(sockets.slice(0, -1).every((s) => s.frames.length === 1)).toBe(true);
    // A later subscriber is a call of its own.
    await fanout.join(request, params, person('p3'), socket(), 'late');
    expect(calls).toEqual([['p1', 'p2', 'outsider'], ['p3']]);
  });

  it('runs one upstream for many subscribers and writes the same serialised frame to each', async () => {
    const upstream = fakeUpstream();
    const denied = new Set<string>();
    const fanout = new ProgressFanout({
      subscribeUpstream: upstream.subscribeUpstream,
      audience: (_s, ids) => Promise.resolve(ids.map((i) => !denied.has(i.subject ?? ''))),
      recheckMs: 20,
    });
    const params = { query: QUERY, variables: { id: SESSION } };
    const request = sharedProgressRequest(params)!;
    const sockets = Array.from({ length: 50 }, socket);
    const iterators = await Promise.all(
      sockets.map((s, i) => fanout.join(request, params, person(`p${i}`), s, `sub-${i}`)),
    );
    expect(upstream.started).toHaveLength(1);
    expect(fanout.size).toBe(1);

    upstream.emit(progress('OPEN', 1));
    await tick();
    sockets.forEach((s, i) => {
      expect(s.frames).toHaveLength(1);
      expect(JSON.parse(s.frames[0]!)).toEqual({
        id: `sub-${i}`,
        type: 'next',
        payload: progress('OPEN', 1),
      });
    });

    // A late subscriber gets the latest state at once, without a second upstream.
    const late = socket();
    await fanout.join(request, params, person('late'), late, 'late');
    expect(JSON.parse(late.frames[0]!).payload).toEqual(progress('OPEN', 1));
    expect(upstream.started).toHaveLength(1);

    // Removed from the audience: ended at the next check, receives nothing more.
    denied.add('p3');
    await new Promise((r) => setTimeout(r, 60));
    const ended = await iterators[3]!.next();
    expect(ended.done).toBe(true);
    upstream.emit(progress('OPEN', 2));
    await tick();
    expect(sockets[3]!.frames).toHaveLength(1);
    expect(sockets[4]!.frames).toHaveLength(2);

    // Closing: delivered to all, every subscription completes, the upstream ends, the hub goes.
    upstream.emit(progress('CLOSED', 2));
    await tick();
    expect(JSON.parse(sockets[0]!.frames.at(-1)!).payload).toEqual(progress('CLOSED', 2));
    expect((await iterators[0]!.next()).done).toBe(true);
    expect(fanout.size).toBe(0);
  });

  it('refuses an outsider with NOT_FOUND and never starts an upstream for them', async () => {
    const upstream = fakeUpstream();
    const fanout = new ProgressFanout({
      subscribeUpstream: upstream.subscribeUpstream,
      audience: (_s, ids) => Promise.resolve(ids.map(() => false)),
    });
    const params = { query: QUERY, variables: { id: SESSION } };
    const s = socket();
    const iterator = await fanout.join(sharedProgressRequest(params)!, params, person('x'), s, '1');
    expect(JSON.parse(s.frames[0]!).payload.errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await iterator.next()).done).toBe(true);
    expect(upstream.started).toHaveLength(0);
  });

  it('stops the upstream when the last subscriber leaves, and drops a subscriber that falls behind', async () => {
    const upstream = fakeUpstream();
    const fanout = new ProgressFanout({
      subscribeUpstream: upstream.subscribeUpstream,
      audience: (_s, ids) => Promise.resolve(ids.map(() => true)),
      maxBufferedBytes: 100,
    });
    const params = { query: QUERY, variables: { id: SESSION } };
    const request = sharedProgressRequest(params)!;
    const slow = { ...socket(), bufferedAmount: 1_000 };
    const fast = socket();
    const slowIt = await fanout.join(request, params, person('a'), slow, '1');
    const fastIt = await fanout.join(request, params, person('b'), fast, '2');
    upstream.emit(progress('OPEN', 1));
    await tick();
    expect(slow.terminate).toHaveBeenCalled();
    expect((await slowIt.next()).done).toBe(true);
    expect(fast.frames).toHaveLength(1);
    await fastIt.return!();
    await tick();
    expect(upstream.ended()).toBe(true);
    expect(fanout.size).toBe(0);
  });
});
