import { ANONYMOUS, verifyInternalRequest, type Identity } from '@laurel/auth';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';

export const INTERNAL_SECRET = 'i'.repeat(40);
export const JWT_SECRET = 'j'.repeat(40);

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A compact JWT, signed with HS256 unless `alg` says otherwise (`none`: no signature). */
export function makeToken(
  claims: Record<string, unknown>,
  { secret = JWT_SECRET, alg = 'HS256' }: { secret?: string; alg?: string } = {},
): string {
  const now = Math.floor(Date.now() / 1000);
  const head = `${b64({ alg, typ: 'JWT' })}.${b64({ iat: now, exp: now + 600, ...claims })}`;
  if (alg === 'none') return `${head}.`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

export interface FakeOrganizations {
  url: string;
  /** Bodies received by `/internal/identity`, after their signature was checked. */
  calls: unknown[];
  close(): Promise<void>;
}

/** A stand-in for the organizations subgraph's `/internal/identity`, signature checked. */
export async function fakeIdentityService(
  answer: (query: { subject?: string; apiKey?: string }) => Identity | null,
): Promise<FakeOrganizations> {
  const calls: unknown[] = [];
  const server: Server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    try {
      const caller = verifyInternalRequest(
        {
          identity: req.headers['x-laurel-identity'] as string,
          signature: req.headers['x-laurel-signature'] as string,
        },
        INTERNAL_SECRET,
        body,
      );
      expect(caller).toEqual(ANONYMOUS);
    } catch {
      res.writeHead(401).end();
      return;
    }
    const query = JSON.parse(body) as { subject?: string; apiKey?: string };
    calls.push(query);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ identity: answer(query) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}/internal/identity`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
