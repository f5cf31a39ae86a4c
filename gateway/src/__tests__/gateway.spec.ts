import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { ANONYMOUS, verifyInternalRequest, type Identity } from '@laurel/auth';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { createClient } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import WebSocket, { WebSocketServer } from 'ws';
import { createGateway, type Gateway } from '../gateway';
import { INTERNAL_SECRET, JWT_SECRET, makeToken } from './helpers';

/*
 * The runtime end to end, in process: two throwaway subgraphs that, like the real ones,
 * refuse anything not signed by the gateway.
 */

const organizationsSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { me: Viewer! }
  type Viewer { subject: String  isPlatformAdmin: Boolean! }
  type Organization @key(fields: "id") { id: ID!  name: String! }
`;
const votingSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { ping: String  slow: String }
  type Subscription { progress: Progress! }
  type Progress { viewer: String  organization: Organization! }
  type Organization @key(fields: "id", resolvable: false) { id: ID! }
`;

interface Ctx {
  identity: Identity;
}

const organizationsSchema = buildSubgraphSchema({
  typeDefs: parse(organizationsSdl),
  resolvers: {
    Query: { me: (_: unknown, __: unknown, ctx: Ctx) => ctx.identity },
    Organization: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ({
        id: ref.id,
        name: `Org ${ref.id} for ${ctx.identity.subject}`,
      }),
    },
  } as GraphQLResolverMap<unknown>,
});
const votingSchema = buildSubgraphSchema({
  typeDefs: parse(votingSdl),
  resolvers: {
    Query: {
      ping: () => 'pong',
      slow: () => new Promise((resolve) => setTimeout(() => resolve('late'), 1_500).unref()),
    },
    Subscription: {
      progress: {
        subscribe: async function* (_: unknown, __: unknown, ctx: Ctx) {
          for (const id of ['o1', 'o2'])
            yield {
              progress: { viewer: ctx.identity.subject, organization: { id } },
            };
        },
      },
    },
  } as GraphQLResolverMap<unknown>,
});

interface FakeSubgraph {
  url: string;
  requests: IncomingHttpHeaders[];
  close(): Promise<void>;
}

async function startSubgraph(
  schema: GraphQLSchema,
  identities: Record<string, Identity> = {},
): Promise<FakeSubgraph> {
  const requests: IncomingHttpHeaders[] = [];
  const server: Server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    let identity: Identity;
    try {
      identity = verifyInternalRequest(
        {
          identity: req.headers['x-laurel-identity'] as string,
          signature: req.headers['x-laurel-signature'] as string,
        },
        INTERNAL_SECRET,
        body,
      );
    } catch {
      res.writeHead(401).end();
      return;
    }
    if (req.url === '/internal/identity-generation') {
      // The gateway's identity cache polls this; the identities here never change.
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"generation":"1"}');
      return;
    }
    requests.push(req.headers);
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url === '/internal/identity') {
      const { subject } = JSON.parse(body) as { subject?: string };
      res.end(JSON.stringify({ identity: (subject && identities[subject]) ?? null }));
      return;
    }
    const { query, variables } = JSON.parse(body) as {
      query: string;
      variables?: Record<string, unknown>;
    };
    const result = await execute({
      schema,
      document: parse(query),
      variableValues: variables,
      contextValue: { identity },
    });
    res.end(JSON.stringify(result));
  });
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const ws = useServer<Record<string, unknown> | undefined, { identity?: Identity }>(
    {
      schema,
      onConnect: (ctx) => {
        const params = ctx.connectionParams ?? {};
        try {
          ctx.extra.identity = verifyInternalRequest(
            {
              identity: params['x-laurel-identity'] as string,
              signature: params['x-laurel-signature'] as string,
            },
            INTERNAL_SECRET,
          );
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx) => ({ identity: ctx.extra.identity }),
    },
    wss,
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests,
    close: async () => {
      await ws.dispose();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function supergraph(): string {
  const result = composeServices([
    // URLs here are placeholders: the gateway's overrides point at the random ports.
    {
      name: 'organizations',
      url: 'http://organizations.invalid/graphql',
      typeDefs: parse(organizationsSdl),
    },
    {
      name: 'voting',
      url: 'http://voting.invalid/graphql',
      typeDefs: parse(votingSdl),
    },
  ]);
  if (!result.supergraphSdl) throw new Error(result.errors?.map((e) => e.message).join('\n'));
  return result.supergraphSdl;
}

describe('gateway runtime', () => {
  let organizations: FakeSubgraph;
  let voting: FakeSubgraph;
  let gateway: Gateway;

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...headers,
      },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    organizations = await startSubgraph(organizationsSchema, {
      alice: { ...ANONYMOUS, subject: 'alice', personIds: ['p1'], grants: [] },
    });
    voting = await startSubgraph(votingSchema);
    gateway = await createGateway({
      supergraphSdl: supergraph(),
      subgraphUrls: { ORGANIZATIONS: organizations.url, voting: voting.url },
      internalSecret: INTERNAL_SECRET,
      auth: { hs256Secret: JWT_SECRET },
      platformAdminSubjects: ['root'],
      port: 0,
      host: '127.0.0.1',
      logging: false,
    });
  });

  /** A second gateway on the same subgraphs, with options of its own. */
  const otherGateway = (extra: Partial<Parameters<typeof createGateway>[0]>) =>
    createGateway({
      supergraphSdl: supergraph(),
      subgraphUrls: { organizations: organizations.url, voting: voting.url },
      internalSecret: INTERNAL_SECRET,
      auth: { hs256Secret: JWT_SECRET },
      port: 0,
      host: '127.0.0.1',
      logging: false,
      ...extra,
    });

  afterAll(async () => {
    await gateway?.close();
    await organizations?.close();
    await voting?.close();
  });

  it('passes anonymous callers on, signed, for the subgraphs to decide', async () => {
    const response = await post({
      query: '{ me { subject isPlatformAdmin } }',
    });
    expect(await response.json()).toEqual({
      data: { me: { subject: null, isPlatformAdmin: false } },
    });
  });

  it('signs the resolved identity and ignores identity headers sent by the client', async () => {
    const forged = Buffer.from(
      JSON.stringify({
        ...ANONYMOUS,
        subject: 'mallory',
        isPlatformAdmin: true,
      }),
    ).toString('base64url');
    const response = await post(
      { query: '{ me { subject isPlatformAdmin } }' },
      {
        authorization: `Bearer ${makeToken({ sub: 'root' })}`,
        'x-laurel-identity': forged,
        'x-laurel-signature': 't=1,v1=00',
      },
    );
    expect(await response.json()).toEqual({
      data: { me: { subject: 'root', isPlatformAdmin: true } },
    });
    const last = organizations.requests[organizations.requests.length - 1];
    expect(last?.['x-laurel-identity']).not.toBe(forged);
    expect(last?.['authorization']).toBeUndefined();
  });

  it('answers 401 UNAUTHENTICATED to a forged token', async () => {
    const response = await post(
      { query: '{ me { subject } }' },
      {
        authorization: `Bearer ${makeToken({ sub: 'root' }, { secret: 'not-the-secret' })}`,
      },
    );
    expect(response.status).toBe(401);
    const body = (await response.json()) as {
      errors: { extensions: { code: string } }[];
    };
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers health and readiness', async () => {
    const base = gateway.url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('serves GraphiQL from the package, with no CDN', async () => {
    const response = await fetch(gateway.url, {
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html');
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?https?:|unpkg|jsdelivr|esm\.sh/);
  });

  it('leaves /exports/ to its own handler', async () => {
    const response = await fetch(gateway.url.replace('/graphql', '/exports/people.csv'));
    expect(response.status).toBe(404);
  });

  it('relays subscriptions over graphql-ws with the signed identity, entities over HTTP', async () => {
    const client = createClient({
      url: gateway.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: {
        Authorization: `Bearer ${makeToken({ sub: 'alice' })}`,
      },
      retryAttempts: 0,
    });
    const events: unknown[] = [];
    try {
      for await (const event of client.iterate({
        query: 'subscription { progress { viewer organization { id name } } }',
      })) {
        events.push(event);
      }
    } finally {
      await client.dispose();
    }
    expect(events).toEqual([
      {
        data: {
          progress: {
            viewer: 'alice',
            organization: { id: 'o1', name: 'Org o1 for alice' },
          },
        },
      },
      {
        data: {
          progress: {
            viewer: 'alice',
            organization: { id: 'o2', name: 'Org o2 for alice' },
          },
        },
      },
    ]);
  });

  it('refuses a graphql-ws connection with a bad token (4403)', async () => {
    const socket = new WebSocket(gateway.url.replace('http', 'ws'), 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    socket.on('open', () => {
      const token = makeToken({ sub: 'alice' }, { alg: 'none' });
      socket.send(
        JSON.stringify({
          type: 'connection_init',
          payload: { authorization: `Bearer ${token}` },
        }),
      );
    });
    expect(await closed).toBe(4403);
  });

  it('answers 429 with Retry-After past the rate limit, per credential', async () => {
    const limited = await otherGateway({
      rateLimit: { perCredentialPerMinute: 3 },
    });
    try {
      const ask = (token: string) =>
        fetch(limited.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
      const alice = makeToken({ sub: 'alice' });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await ask(alice)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await ask(alice);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(
        ((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
      ).toBe('RATE_LIMITED');
      // Another credential has its own budget.
      expect((await ask(makeToken({ sub: 'bob' }))).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('refuses what a cross-site form could send (CSRF): simple POSTs and GET operations without a header', async () => {
    const token = makeToken({ sub: 'alice' });
    const form = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${token}` },
      body: 'query=%7B__typename%7D',
    });
    expect(form.status).toBe(400);
    const text = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(text.status).toBe(400);
    const get = await fetch(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(get.status).toBe(400);
    const withHeader = await fetch(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { authorization: `Bearer ${token}`, 'x-graphql-csrf': '1', accept: 'application/json' },
    });
    expect(withHeader.status).toBe(200);
  });

  it('caps websockets: per subject, subscriptions per socket, payload size, init time, origin', async () => {
    const limited = await otherGateway({
      websocket: {
        socketsPerSubject: 2,
        subscriptionsPerSocket: 1,
        maxPayloadBytes: 2_048,
        initTimeoutMs: 300,
        allowedOrigins: ['https://laurel.example'],
      },
    });
    const wsUrl = limited.url.replace('http', 'ws');
    const open = (origin?: string) => {
      const socket = new WebSocket(wsUrl, 'graphql-transport-ws', origin ? { origin } : {});
      const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
      const failed = new Promise<number>((resolve) =>
        socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
      );
      const messages: { type: string; id?: string; payload?: unknown }[] = [];
      socket.on('message', (data) => messages.push(JSON.parse(String(data))));
      const ready = new Promise<void>((resolve) => socket.on('open', () => resolve()));
      return { socket, closed, failed, messages, ready };
    };
    const init = async (c: ReturnType<typeof open>, sub = 'alice') => {
      await c.ready;
      c.socket.send(
        JSON.stringify({
          type: 'connection_init',
          payload: { authorization: `Bearer ${makeToken({ sub })}` },
        }),
      );
      for (let i = 0; i < 50 && !c.messages.some((m) => m.type === 'connection_ack'); i++)
        await new Promise((r) => setTimeout(r, 20));
    };
    const subscribe = (c: ReturnType<typeof open>, id: string) =>
      c.socket.send(
        JSON.stringify({
          id,
          type: 'subscribe',
          payload: { query: 'subscription { progress { viewer } }' },
        }),
      );
    try {
      // Two sockets for alice, the third refused (4403); another subject still gets one.
      const a = open();
      const b = open();
      await init(a);
      await init(b);
      const c = open();
      await init(c);
      expect(await c.closed).toBe(4403);
      const d = open();
      await init(d, 'bob');
      expect(d.messages.some((m) => m.type === 'connection_ack')).toBe(true);

      // One subscription per socket: the second is refused with an error message.
      subscribe(a, 's1');
      subscribe(a, 's2');
      for (let i = 0; i < 50 && !a.messages.some((m) => m.id === 's2'); i++)
        await new Promise((r) => setTimeout(r, 20));
      const second = a.messages.find((m) => m.id === 's2');
      expect(second?.type).toBe('error');
      expect(JSON.stringify(second?.payload)).toContain('At most 1 subscriptions per connection');
      expect(a.messages.some((m) => m.id === 's1' && m.type === 'error')).toBe(false);

      // A message larger than the payload cap closes the socket (1009).
      b.socket.send(JSON.stringify({ type: 'ping', payload: { pad: 'x'.repeat(4_096) } }));
      expect(await b.closed).toBe(1009);

      // No connection_init in time: 4408.
      const silent = open();
      await silent.ready;
      expect(await silent.closed).toBe(4408);

      // A browser page from another origin cannot open a socket.
      const evil = open('https://evil.example');
      expect(await evil.failed).toBe(401);
      const good = open('https://laurel.example');
      await good.ready;
      for (const x of [a, d, good]) x.socket.close();
    } finally {
      await limited.close();
    }
  });

  it('fails a request whose subgraph hangs, after the upstream timeout', async () => {
    const impatient = await otherGateway({
      upstreamTimeoutMs: 200,
    });
    try {
      const started = Date.now();
      const res = await fetch(impatient.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${makeToken({ sub: 'alice' })}`,
        },
        body: JSON.stringify({ query: '{ slow }' }),
      });
      const body = (await res.json()) as { data?: { slow: string | null } | null; errors?: unknown[] };
      expect(body.data?.slow ?? null).toBeNull();
      expect(body.errors?.length).toBeGreaterThan(0);
      expect(Date.now() - started).toBeLessThan(1_400);
    } finally {
      await impatient.close();
    }
  });

  it('hides GraphiQL and introspection in production', async () => {
    const production = await otherGateway({
      production: true,
    });
    try {
      const page = await fetch(production.url, {
        headers: { accept: 'text/html' },
      });
      expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
      await page.arrayBuffer();
      const introspection = await fetch(production.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
      });
      const body = (await introspection.json()) as { errors?: unknown[] };
      expect(body.errors?.length).toBeGreaterThan(0);
      const guess = await fetch(production.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${makeToken({ sub: 'alice' })}`,
        },
        body: JSON.stringify({ query: '{ mee { subject } }' }),
      });
      const guessed = JSON.stringify(await guess.json());
      expect(guessed).toContain('mee');
      expect(guessed).not.toMatch(/Did you mean/i);
    } finally {
      await production.close();
    }
  });
});
