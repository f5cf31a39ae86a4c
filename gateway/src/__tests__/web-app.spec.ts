import { createTokenVerifier } from '@laurel/auth';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createWebApp, type WebAppOptions } from '../web-app';

const SECRET = 'a-development-secret-of-at-least-32-characters';

function builtApp(): string {
  const root = mkdtempSync(join(tmpdir(), 'laurel-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><script src="/assets/index-abc123.js"></script>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
  return root;
}

/** The web app in front of a stand-in for the rest of the gateway (which answers 299). */
async function serve(options: Omit<WebAppOptions, 'root'>): Promise<{ url: string; server: Server }> {
  const handler = createWebApp({ root: builtApp(), ...options });
  const server = createServer((req, res) => {
    void handler(req, res).then((handled) => {
      if (!handled) res.writeHead(299).end('gateway');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('the web app at the gateway', () => {
  describe('in development', () => {
    let app: { url: string; server: Server };
    beforeAll(async () => {
      app = await serve({ production: false, devTokenSecret: SECRET });
    });
    afterAll(() => app.server.close());

    it('answers index.html for every app route, assets with a year of cache, gzip when asked', async () => {
      for (const path of ['/', '/sign-in', '/o/123?campaign=4', '/sessions/9', '/exemplars/1?mode=screen']) {
        const res = await fetch(app.url + path);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^text\/html/);
        expect(res.headers.get('cache-control')).toBe('no-cache');
        expect(await res.text()).toContain('/assets/index-abc123.js');
      }
      const asset = await fetch(`${app.url}/assets/index-abc123.js`, {
        headers: { 'accept-encoding': 'identity' },
      });
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
      const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
        const req = get(
          `${app.url}/assets/index-abc123.js`,
          { headers: { 'accept-encoding': 'gzip' } },
          (res: IncomingMessage) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
            );
          },
        );
        req.on('error', reject);
      });
      expect(raw.encoding).toBe('gzip');
      expect(gunzipSync(raw.body).toString()).toContain('console.log');
    });

    it('leaves the gateway routes alone, and refuses missing files and paths out of the folder', async () => {
      for (const path of ['/graphql', '/exports/report.csv', '/imports/people', '/healthz', '/readyz']) {
        expect((await fetch(app.url + path)).status).toBe(299);
      }
      expect((await fetch(`${app.url}/assets/nothing.js`)).status).toBe(404);
      expect((await fetch(`${app.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
      expect((await fetch(`${app.url}/o/1`, { method: 'POST' })).status).toBe(299);
    });

    it('issues a development token the gateway accepts, for a well-formed subject only', async () => {
      expect(await (await fetch(`${app.url}/auth/config`)).json()).toEqual({ signIn: 'development' });
      const res = await fetch(`${app.url}/auth/dev-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ subject: 'hieu-truong@thcs-le-van' }),
      });
      expect(res.status).toBe(200);
      const { token, expiresAt } = (await res.json()) as { token: string; expiresAt: string };
      expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());
      const verified = await createTokenVerifier({ hs256Secret: SECRET })(token);
      expect(verified.subject).toBe('hieu-truong@thcs-le-van');
      for (const body of ['{"subject":""}', '{"subject":"a b"}', 'not json', '{}']) {
        const bad = await fetch(`${app.url}/auth/dev-token`, { method: 'POST', body });
        expect(bad.status).toBe(400);
      }
      expect((await fetch(`${app.url}/auth/dev-token`)).status).toBe(405);
    });
  });

  describe('under NODE_ENV=production', () => {
    let app: { url: string; server: Server };
    beforeAll(async () => {
      app = await serve({
        production: true,
        devTokenSecret: SECRET,
        oidc: { issuer: 'https://id.example.gov.vn/realms/laurel', clientId: 'laurel-web' },
      });
    });
    afterAll(() => app.server.close());

    it('has no development sign-in: the endpoint and the page answer 404', async () => {
      const res = await fetch(`${app.url}/auth/dev-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ subject: 'platform-admin' }),
      });
      expect(res.status).toBe(404);
      expect((await fetch(`${app.url}/sign-in`)).status).toBe(404);
      expect((await fetch(`${app.url}/o/1`)).status).toBe(200);
    });

    it('tells the app to sign in with OpenID Connect, and lets its token endpoint be called', async () => {
      expect(await (await fetch(`${app.url}/auth/config`)).json()).toEqual({
        signIn: 'oidc',
        issuer: 'https://id.example.gov.vn/realms/laurel',
        clientId: 'laurel-web',
        scope: 'openid profile',
        audience: null,
      });
      const csp = (await fetch(`${app.url}/`)).headers.get('content-security-policy')!;
      expect(csp).toContain("connect-src 'self' https://id.example.gov.vn");
      expect(csp).toContain("frame-ancestors 'self'");
      const showcase = (await fetch(`${app.url}/exemplars/1`)).headers.get('content-security-policy')!;
      expect(showcase).toContain('frame-ancestors *');
    });
  });
});
