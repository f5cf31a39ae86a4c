import { graphql, PLATFORM_ADMIN, testEnv, tokenFor } from '@laurel/testing';
import WebSocket from 'ws';

/**
 * Bodies past the caps never reach a subgraph: 100 KB of JSON on /graphql, 64 KB per graphql-ws
 * message; whole files go to POST /imports/<kind>, which takes neither strangers nor forms.
 */
describe('oversized requests and the import route refused', () => {
  let token: string;
  const gatewayUrl = () => testEnv('gatewayUrl');
  const importsUrl = (kind: string) => gatewayUrl().replace(/\/graphql$/, `/imports/${kind}?format=csv`);

  beforeAll(async () => {
    token = await tokenFor(PLATFORM_ADMIN);
  });

  const postJson = (body: string) =>
    fetch(gatewayUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });

  it('answers 413 PAYLOAD_TOO_LARGE to a JSON body over 100 KB, and goes on serving', async () => {
    // An import sent the old way: the list inside a GraphQL variable.
    const lines = ['code,name,kind,parentCode'];
    for (let i = 0; i < 3_000; i++) lines.push(`TOO-BIG-${i},Trường Tiểu học số ${i},INSTITUTION,NOWHERE`);
    const body = JSON.stringify({
      query: `mutation($c: String!) { importOrganizations(format: CSV, content: $c) { created } }`,
      variables: { c: lines.join('\n') },
    });
    expect(Buffer.byteLength(body)).toBeGreaterThan(100 * 1024);

    const res = await postJson(body);
    expect(res.status).toBe(413);
    const answer = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(answer.errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(answer.errors[0]!.message).toMatch(/100 KB.*\/imports\//);

    // Just under the cap is an ordinary request; the gateway is healthy afterwards.
    const padded = JSON.stringify({ query: '{ me { subject } }', variables: { pad: 'x'.repeat(100_000) } });
    expect(Buffer.byteLength(padded)).toBeLessThan(100 * 1024);
    expect(await (await postJson(padded)).json()).toEqual({ data: { me: { subject: PLATFORM_ADMIN } } });
    const base = gatewayUrl().replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    // Nothing of the refused list was imported.
    const found = await graphql<{ organizations: { totalCount: number } }>(
      `
        {
          organizations(search: "TOO-BIG-1", first: 1) {
            totalCount
          }
        }
      `,
      {},
      { token },
    );
    expect(found.data?.organizations.totalCount).toBe(0);
  });

  it('closes a graphql-ws socket whose message is over 64 KB (1009)', async () => {
    const socket = new WebSocket(gatewayUrl().replace(/^http/, 'ws'), 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    const messages: { type: string }[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(String(data)) as { type: string }));
    await new Promise<void>((resolve) => socket.on('open', () => resolve()));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    for (let i = 0; i < 100 && !messages.some((m) => m.type === 'connection_ack'); i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(messages.map((m) => m.type)).toContain('connection_ack');
    socket.send(
      JSON.stringify({
        id: '1',
        type: 'subscribe',
        payload: {
          query: 'subscription { organizationChanged(organizationId: "x") { kind } }',
          variables: { pad: 'x'.repeat(70_000) },
        },
      }),
    );
    expect(await closed).toBe(1009);
  });

  it('refuses anonymous uploads and what a browser form could send, token or not', async () => {
    const csv = 'Họ và tên,Mã đơn vị\nNguyễn Văn A,NOWHERE';
    const anonymous = await fetch(importsUrl('people'), {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: csv,
    });
    expect(anonymous.status).toBe(401);
    expect(
      ((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('UNAUTHENTICATED');

    const forged = await fetch(importsUrl('people'), {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: 'Bearer not.a.token' },
      body: csv,
    });
    expect(forged.status).toBe(401);
    await forged.arrayBuffer();

    for (const [type, body] of [
      ['text/plain', csv],
      ['application/x-www-form-urlencoded', `file=${encodeURIComponent(csv)}`],
      [
        'multipart/form-data; boundary=b',
        `--b\r\nContent-Disposition: form-data; name="f"\r\n\r\n${csv}\r\n--b--\r\n`,
      ],
    ] as const) {
      for (const headers of [{}, { authorization: `Bearer ${token}` }] as Record<string, string>[]) {
        const res = await fetch(importsUrl('people'), {
          method: 'POST',
          headers: { 'content-type': type, ...headers },
          body,
        });
        expect([type, res.status]).toEqual([type, 'authorization' in headers ? 415 : 401]);
        await res.arrayBuffer();
      }
    }

    // The preflight a browser would send first is not answered with CORS headers.
    const preflight = await fetch(importsUrl('people'), {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(405);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    await preflight.arrayBuffer();
  });
});
