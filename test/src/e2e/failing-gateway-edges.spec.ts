import {
  collect,
  graphql,
  launchTestGateway,
  ok,
  testEnv,
  tokenFor,
  uniqueCode,
  wsClient,
  PLATFORM_ADMIN,
} from '@laurel/testing';
import type { LaunchedGateway } from '@laurel/launcher';
import { createHmac } from 'node:crypto';
import WebSocket from 'ws';
import { as, createOrg, grant } from './flows';
import { councilWorld, createSession } from './voting-flows';

/** Issue 23's hardening of the gateway: tokens, CORS, graphql-ws origins and anonymous sockets. */

const ME = `{ me { subject } }`;

/** An HS256 token signed with the platform's secret, with or without `exp` and `iat`. */
function token(claims: { expSeconds?: number; iat?: boolean }): string {
  const now = Math.floor(Date.now() / 1000);
  const payload: Record<string, unknown> = { sub: PLATFORM_ADMIN };
  if (claims.iat !== false) payload.iat = now;
  if (claims.expSeconds !== undefined) payload.exp = now + claims.expSeconds;
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}`;
  return `${head}.${createHmac('sha256', testEnv('jwtSecret')).update(head).digest('base64url')}`;
}

const DAY = 24 * 3600;

/** A raw graphql-ws socket: whether the upgrade was refused (status) or how it closed. */
function socket(url: string, origin?: string) {
  const ws = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', origin ? { origin } : {});
  const refused = new Promise<number>((resolve) =>
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
  );
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  const opened = new Promise<void>((resolve) => ws.on('open', () => resolve()));
  const acked = new Promise<void>((resolve) =>
    ws.on('message', (data) => {
      if ((JSON.parse(String(data)) as { type: string }).type === 'connection_ack') resolve();
    }),
  );
  ws.on('error', () => undefined);
  return { ws, refused, closed, opened, acked };
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms))]);

describe('the gateway`s edges (issue 23)', () => {
  it('refuses a JWT without exp, and one that lives longer than the configured maximum', async () => {
    const forever = await graphql(ME, {}, { token: token({}) });
    expect(forever.status).toBe(401);
    expect(forever.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The default maximum is a day (AUTH_MAX_TOKEN_LIFETIME_SECONDS).
    const month = await graphql(ME, {}, { token: token({ expSeconds: 30 * DAY }) });
    expect(month.status).toBe(401);
    const monthWithoutIat = await graphql(ME, {}, { token: token({ expSeconds: 30 * DAY, iat: false }) });
    expect(monthWithoutIat.status).toBe(401);
    const hour = await ok<{ me: { subject: string } }>(ME, {}, { token: token({ expSeconds: 3600 }) });
    expect(hour.me.subject).toBe(PLATFORM_ADMIN);
  });

  describe('with a second gateway configured for browsers elsewhere', () => {
    let gateway: LaunchedGateway;
    beforeAll(async () => {
      gateway = await launchTestGateway({
        CORS_ALLOWED_ORIGINS: 'https://tools.laurel.example',
        WS_ANONYMOUS_SOCKETS_PER_ADDRESS: '2',
        AUTH_MAX_TOKEN_LIFETIME_SECONDS: '0',
      });
    });
    afterAll(async () => {
      await gateway?.stop();
    });

    const preflight = (url: string, origin: string) =>
      fetch(url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
    const post = async (url: string, origin: string) =>
      fetch(url, {
        method: 'POST',
        headers: {
          origin,
          'content-type': 'application/json',
          authorization: `Bearer ${await tokenFor(PLATFORM_ADMIN)}`,
        },
        body: JSON.stringify({ query: ME }),
      });

    it('CORS: an unlisted Origin is never echoed, credentials are never allowed', async () => {
      for (const url of [testEnv('gatewayUrl'), gateway.url]) {
        for (const res of [
          await preflight(url, 'https://evil.example'),
          await post(url, 'https://evil.example'),
        ]) {
          expect(res.headers.get('access-control-allow-origin')).toBeNull();
          expect(res.headers.get('access-control-allow-credentials')).toBeNull();
        }
      }
      for (const res of [
        await preflight(gateway.url, 'https://tools.laurel.example'),
        await post(gateway.url, 'https://tools.laurel.example'),
      ]) {
        expect(res.headers.get('access-control-allow-origin')).toBe('https://tools.laurel.example');
        expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      }
      expect(
        (await preflight(gateway.url, 'https://tools.laurel.example')).headers.get(
          'access-control-allow-headers',
        ),
      ).toContain('authorization');
    });

    it('a long-lived token is accepted where the maximum is off, never one without exp', async () => {
      const month = token({ expSeconds: 30 * DAY });
      const res = await graphql(ME, {}, { token: month }, gateway.url);
      expect(res.status).toBe(200);
      expect((await graphql(ME, {}, { token: token({}) }, gateway.url)).status).toBe(401);
    });

    it('graphql-ws: anonymous sockets count against a cap per address', async () => {
      const sockets = [socket(gateway.url), socket(gateway.url), socket(gateway.url)];
      try {
        for (const s of sockets) {
          await s.opened;
          s.ws.send(JSON.stringify({ type: 'connection_init', payload: {} }));
        }
        // Two are accepted and one refused (4403), whichever init the gateway handled last: under
        // load the three sockets' messages need not be handled in the order they were sent.
        const outcomes = await Promise.all(
          sockets.map((s) => within(Promise.race([s.acked.then(() => 'acked' as const), s.closed]), 10_000)),
        );
        expect([...outcomes].sort()).toEqual([4403, 'acked', 'acked'].sort());
        // One accepted closes: another may open.
        const accepted = sockets[outcomes.indexOf('acked')]!;
        accepted.ws.close();
        await accepted.closed;
        await new Promise((r) => setTimeout(r, 100));
        const next = socket(gateway.url);
        sockets.push(next);
        await next.opened;
        next.ws.send(JSON.stringify({ type: 'connection_init', payload: {} }));
        expect(await within(next.acked, 5_000)).toBeUndefined();
      } finally {
        for (const s of sockets) s.ws.terminate();
      }
    });
  });

  it('graphql-ws: a browser page of another origin cannot open a socket, the gateway`s own can', async () => {
    const url = testEnv('gatewayUrl');
    const elsewhere = socket(url, 'https://evil.example');
    expect(await within(elsewhere.refused, 5_000)).toBe(401);
    const own = socket(url, new URL(url).origin);
    try {
      expect(await within(own.opened, 5_000)).toBeUndefined();
    } finally {
      own.ws.terminate();
      elsewhere.ws.terminate();
    }
  });

  it('votingProgress: any selection is answered to its audience, and NOT_FOUND (never an internal error) to others', async () => {
    const world = await councilWorld(`Tiến độ ${uniqueCode('p')}`, 1, 1);
    const sessionId = await createSession(world.admin, world.councilId, world.nominations, {
      threshold: [1, 2],
      base: 'BALLOTS_CAST',
      quorum: [1, 2],
    });
    const stranger = `stranger-${uniqueCode('s')}`;
    await grant(stranger, (await createOrg('PROVINCE', 'Tỉnh người lạ', null)).id, 'ORG_ADMIN');
    type Result = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    const first = async (subject: string, document: string, variables: Record<string, unknown>) => {
      const client = wsClient({ authorization: `Bearer ${(await as(subject)).token}` });
      try {
        const stream = collect<Result>(client, document, variables);
        const result = await stream.next(5_000);
        stream.unsubscribe();
        return result;
      } finally {
        await client.dispose();
      }
    };
    // Selections the shared stream does not serve (fragments, directives, nested fields).
    const documents = [
      `subscription($s: ID!) { votingProgress(sessionId: $s) { sessionId ... on VotingProgress { status } } }`,
      `subscription($s: ID!) { votingProgress(sessionId: $s) { ...F } } fragment F on VotingProgress { sessionId }`,
      `subscription($s: ID!, $v: Boolean!) { votingProgress(sessionId: $s) { sessionId status @skip(if: $v) } }`,
      `subscription($s: ID!) { votingProgress(sessionId: $s) { sessionId results { nomination { nomineeName } } } }`,
    ];
    const variables = { s: sessionId, v: false };
    for (const document of documents) {
      expect(await first(world.admin, document, variables)).toEqual({
        data: { votingProgress: expect.objectContaining({ sessionId }) },
      });
      expect(await first(world.accounts[0]!, document, variables)).toEqual({
        data: { votingProgress: expect.objectContaining({ sessionId }) },
      });
      const refused = await first(stranger, document, variables);
      expect(refused.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['NOT_FOUND', 'Voting session not found'],
      ]);
    }
    // An id that is no session's, as a literal of another type: the same NOT_FOUND.
    const literal = await first(
      world.admin,
      `subscription { votingProgress(sessionId: 5) { sessionId } }`,
      {},
    );
    expect(literal.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});
