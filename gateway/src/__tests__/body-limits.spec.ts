import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { ANONYMOUS, verifyInternalRequest, type Identity } from '@laurel/auth';
import { execute, parse } from 'graphql';
import { Agent, createServer, request, type Server } from 'node:http';
import { createGateway, type Gateway } from '../gateway';
import {
  fakeIdentityService,
  INTERNAL_SECRET,
  JWT_SECRET,
  makeToken,
  type FakeOrganizations,
} from './helpers';

/*
 * The 100 KB cap on /graphql (here 2 KB) and the file route that replaces big GraphQL imports
 * (here 16 KB), in process, against a throwaway subgraph that records what the import received.
 */

const sdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { me: String }
  enum ImportFormat { CSV XLSX }
  type ImportError { row: Int!  message: String! }
  type ImportResult { created: Int!  updated: Int!  errors: [ImportError!]! }
  type Mutation {
    importPeople(format: ImportFormat!, content: String!, dryRun: Boolean): ImportResult!
    importOrganizations(format: ImportFormat!, content: String!, dryRun: Boolean): ImportResult!
    importDistinctionRecords(format: ImportFormat!, content: String!, dryRun: Boolean): ImportResult!
  }
`;

interface ImportCall {
  field: string;
  subject: string | null;
  format: string;
  content: string;
  dryRun?: boolean | null;
}

const calls: ImportCall[] = [];
const importResolver =
  (field: string) =>
  async (
    _: unknown,
    args: { format: string; content: string; dryRun?: boolean | null },
    ctx: { identity: Identity },
  ) => {
    calls.push({ field, subject: ctx.identity.subject, ...args });
    // A long list: longer than the ordinary upstream timeout.
    if (args.content.startsWith('slow')) await new Promise((r) => setTimeout(r, 600));
    return { created: args.content.split('\n').length - 1, updated: 0, errors: [] };
  };

const schema = buildSubgraphSchema({
  typeDefs: parse(sdl),
  resolvers: {
    Query: { me: (_: unknown, __: unknown, ctx: { identity: Identity }) => ctx.identity.subject },
    Mutation: {
      importPeople: importResolver('importPeople'),
      importOrganizations: importResolver('importOrganizations'),
      importDistinctionRecords: importResolver('importDistinctionRecords'),
    },
  } as GraphQLResolverMap<unknown>,
});

async function startSubgraph(): Promise<{ url: string; close(): Promise<void> }> {
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
    if (req.url !== '/graphql') {
      // Internal routes the gateway may poll here (e.g. the identity generation): nothing changes.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ generation: '0' }));
      return;
    }
    const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
    const result = await execute({
      schema,
      document: parse(query),
      variableValues: variables,
      contextValue: { identity },
    });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(result));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function supergraph(): string {
  const result = composeServices([
    { name: 'organizations', url: 'http://organizations.invalid/graphql', typeDefs: parse(sdl) },
  ]);
  if (!result.supergraphSdl) throw new Error(result.errors?.map((e) => e.message).join('\n'));
  return result.supergraphSdl;
}

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  headers: Headers;
}

async function answer(res: Response): Promise<Answer> {
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] };
}

describe('request body cap and the file import route', () => {
  let subgraph: Awaited<ReturnType<typeof startSubgraph>>;
  let identities: FakeOrganizations;
  let gateway: Gateway;
  let base: string;
  const alice = { authorization: `Bearer ${makeToken({ sub: 'alice' })}` };

  beforeAll(async () => {
    subgraph = await startSubgraph();
    identities = await fakeIdentityService((query) =>
      query.subject ? { ...ANONYMOUS, subject: query.subject } : null,
    );
    gateway = await createGateway({
      supergraphSdl: supergraph(),
      subgraphUrls: { organizations: subgraph.url },
      identityUrl: identities.url,
      internalSecret: INTERNAL_SECRET,
      auth: { hs256Secret: JWT_SECRET },
      port: 0,
      host: '127.0.0.1',
      logging: false,
      maxBodyBytes: 2_048,
      importMaxBytes: 16_384,
      upstreamTimeoutMs: 200,
    });
    base = gateway.url.replace(/\/graphql$/, '');
  });

  afterAll(async () => {
    await gateway?.close();
    await subgraph?.close();
    await identities?.close();
  });

  const postJson = (body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
    fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...alice, ...headers },
      body,
      // A stream goes out chunked, without Content-Length.
      ...(typeof body === 'string' ? {} : { duplex: 'half' }),
    } as RequestInit);
  const operation = (padding: number) =>
    JSON.stringify({ query: '{ me }', variables: { padding: 'x'.repeat(padding) } });
  const chunked = (text: string) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = Buffer.from(text);
        for (let i = 0; i < bytes.length; i += 500) controller.enqueue(bytes.subarray(i, i + 500));
        controller.close();
      },
    });

  it('answers 413 PAYLOAD_TOO_LARGE past the cap, declared or chunked, and keeps serving', async () => {
    const declared = await answer(await postJson(operation(3_000)));
    expect(declared.status).toBe(413);
    expect(declared.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(declared.body.errors?.[0]?.message).toMatch(/at most 2 KB.*\/imports\//);

    const streamed = await answer(await postJson(chunked(operation(3_000))));
    expect(streamed.status).toBe(413);
    expect(streamed.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');

    // Under the cap, both ways reach the subgraph as before.
    expect((await answer(await postJson(operation(1_800)))).body).toEqual({ data: { me: 'alice' } });
    expect((await answer(await postJson(chunked(operation(1_800))))).body).toEqual({ data: { me: 'alice' } });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('refuses a large body on a keep-alive connection and answers the next request on it', async () => {
    // One socket: the refused body is read and dropped, so the connection stays usable.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const agentPost = (body: string) =>
      new Promise<{ status: number; text: string; reused: boolean }>((resolve, reject) => {
        const req = request(
          gateway.url,
          {
            method: 'POST',
            agent,
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
              ...alice,
            },
          },
          (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += String(c)));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text, reused: req.reusedSocket }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    try {
      const first = await agentPost(operation(50_000));
      expect(first.status).toBe(413);
      const second = await agentPost(operation(10));
      expect(second.status).toBe(200);
      expect(second.reused).toBe(true);
      expect(JSON.parse(second.text)).toEqual({ data: { me: 'alice' } });
    } finally {
      agent.destroy();
    }
  });

  const upload = (kind: string, body: BodyInit, headers: Record<string, string>, query = '') =>
    fetch(`${base}/imports/${kind}${query}`, { method: 'POST', headers, body });

  it('imports a file larger than the cap as the caller, through the same mutation', async () => {
    const lines = ['Họ và tên,Chức vụ chính quyền,Mã đơn vị'];
    for (let i = 1; i <= 200; i++) lines.push(`Nguyễn Thị Ánh ${i},Giáo viên,THCS-LVT`);
    const csv = lines.join('\n');
    expect(Buffer.byteLength(csv)).toBeGreaterThan(2_048 * 3);

    const res = await answer(await upload('people', csv, { ...alice, 'content-type': 'text/csv' }));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { importPeople: { created: 200, updated: 0, errors: [] } } });
    expect(calls.at(-1)).toEqual({
      field: 'importPeople',
      subject: 'alice',
      format: 'CSV',
      content: csv,
      dryRun: false,
    });
    // ?dryRun=true reaches the mutation (which then checks and writes nothing).
    const dry = await answer(
      await upload('people', csv, { ...alice, 'content-type': 'text/csv' }, '?dryRun=true'),
    );
    expect(dry.status).toBe(200);
    expect(calls.at(-1)).toMatchObject({ field: 'importPeople', dryRun: true });

    // XLSX travels to the mutation in base64, byte for byte.
    const xlsx = Buffer.from(Array.from({ length: 5_000 }, (_, i) => (i * 7) % 256));
    const sheet = await answer(
      await upload(
        'organizations',
        xlsx,
        { ...alice, 'content-type': 'application/octet-stream' },
        '?format=xlsx',
      ),
    );
    expect(sheet.status).toBe(200);
    expect(calls.at(-1)).toMatchObject({ field: 'importOrganizations', format: 'XLSX' });
    expect(Buffer.from(calls.at(-1)!.content, 'base64').equals(xlsx)).toBe(true);

    // An import may run longer than an ordinary upstream call (200 ms here).
    const slow = await answer(
      await upload('distinction-records', 'slow\nrow', { ...alice, 'content-type': 'text/csv' }),
    );
    expect(slow.body).toEqual({
      data: { importDistinctionRecords: { created: 1, updated: 0, errors: [] } },
    });
    // …but not for ever: past its own timeout the import fails too.
    const impatient = await createGateway({
      supergraphSdl: supergraph(),
      subgraphUrls: { organizations: subgraph.url },
      identityUrl: identities.url,
      internalSecret: INTERNAL_SECRET,
      auth: { hs256Secret: JWT_SECRET },
      port: 0,
      host: '127.0.0.1',
      logging: false,
      importTimeoutMs: 100,
    });
    try {
      const res = await fetch(impatient.url.replace(/\/graphql$/, '/imports/people'), {
        method: 'POST',
        headers: { ...alice, 'content-type': 'text/csv' },
        body: 'slow\nrow',
      });
      const late = (await res.json()) as Answer['body'];
      expect(late.data?.['importPeople'] ?? null).toBeNull();
      expect(late.errors?.length).toBeGreaterThan(0);
    } finally {
      await impatient.close();
    }
  });

  it('refuses anonymous callers, forms, other methods, unknown kinds and unreadable files', async () => {
    const before = calls.length;
    const csv = 'code,name\nA,B';
    const code = async (res: Response) => {
      const a = await answer(res);
      return [a.status, a.body.errors?.[0]?.extensions?.code];
    };

    expect(await code(await upload('people', csv, { 'content-type': 'text/csv' }))).toEqual([
      401,
      'UNAUTHENTICATED',
    ]);
    // What a cross-site form (or a no-cors fetch) can send, token or not.
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])
      expect(await code(await upload('people', csv, { ...alice, 'content-type': type }))).toEqual([
        415,
        'BAD_REQUEST',
      ]);
    // A preflight is not answered, so a browser never sends the real request.
    const preflight = await fetch(`${base}/imports/people`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBe(405);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    await preflight.arrayBuffer();
    expect(await code(await fetch(`${base}/imports/people`, { headers: alice }))).toEqual([
      405,
      'METHOD_NOT_ALLOWED',
    ]);
    expect(await code(await upload('grants', csv, { ...alice, 'content-type': 'text/csv' }))).toEqual([
      404,
      'NOT_FOUND',
    ]);
    expect(
      await code(await upload('people', csv, { ...alice, 'content-type': 'text/csv' }, '?format=xlsx')),
    ).toEqual([400, 'BAD_USER_INPUT']);
    expect(
      await code(await upload('people', csv, { ...alice, 'content-type': 'application/octet-stream' })),
    ).toEqual([400, 'BAD_USER_INPUT']);
    expect(
      await code(
        await upload('people', Buffer.from([0x41, 0xff, 0xfe, 0x0a]), {
          ...alice,
          'content-type': 'text/csv',
        }),
      ),
    ).toEqual([400, 'BAD_USER_INPUT']);
    // Files have a cap of their own.
    expect(
      await code(await upload('people', 'x'.repeat(20_000), { ...alice, 'content-type': 'text/csv' })),
    ).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(calls.length).toBe(before);
  });
});
