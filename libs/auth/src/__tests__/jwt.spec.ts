import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTokenVerifier } from '../jwt';

/** A local OpenID Connect JWKS endpoint, as Keycloak would serve it. */
describe('token verification', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: KeyLike;
  let otherKey: KeyLike;
  const hsSecret = 'development-secret-development-secret';

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    otherKey = (await generateKeyPair('RS256')).privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/certs`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const rs = (key: KeyLike, claims: { sub?: string; iss?: string } = { sub: 'keycloak-user' }) => {
    let jwt = new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuedAt()
      .setExpirationTime('5m');
    if (claims.sub) jwt = jwt.setSubject(claims.sub);
    if (claims.iss) jwt = jwt.setIssuer(claims.iss);
    return jwt.sign(key);
  };

  it('accepts RS256 tokens signed by a key of the JWKS, checking the issuer', async () => {
    const verify = createTokenVerifier({ jwksUrl, issuer: 'https://sso.example/realms/laurel' });
    const token = await rs(privateKey, { sub: 'keycloak-user', iss: 'https://sso.example/realms/laurel' });
    await expect(verify(token)).resolves.toMatchObject({ subject: 'keycloak-user' });
    await expect(verify(await rs(privateKey, { sub: 'x', iss: 'https://elsewhere' }))).rejects.toThrow();
  });

  it('refuses an RS256 token signed by another key, and one without a subject', async () => {
    const verify = createTokenVerifier({ jwksUrl });
    await expect(verify(await rs(otherKey))).rejects.toThrow();
    await expect(verify(await rs(privateKey, {}))).rejects.toThrow(/subject/);
  });

  it('refuses HS256 when only a JWKS is configured, and RS256 when only a secret is', async () => {
    const hs = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('dev')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(hsSecret));
    await expect(createTokenVerifier({ jwksUrl })(hs)).rejects.toThrow(/not accepted/);
    await expect(createTokenVerifier({ hs256Secret: hsSecret })(hs)).resolves.toMatchObject({
      subject: 'dev',
    });
    await expect(createTokenVerifier({ hs256Secret: hsSecret })(await rs(privateKey))).rejects.toThrow(
      /not accepted/,
    );
  });

  it('refuses alg:none and garbage', async () => {
    const verify = createTokenVerifier({ hs256Secret: hsSecret, jwksUrl });
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"root"}').toString('base64url')}.`;
    await expect(verify(none)).rejects.toThrow();
    await expect(verify('not-a-token')).rejects.toThrow(/malformed/);
  });

  it('refuses a token without exp, and one living longer than the configured maximum', async () => {
    const key = new TextEncoder().encode(hsSecret);
    const forever = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('dev').sign(key);
    await expect(createTokenVerifier({ hs256Secret: hsSecret })(forever)).rejects.toThrow(/expiry/);
    const long = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('dev')
      .setIssuedAt()
      .setExpirationTime('30d')
      .sign(key);
    await expect(createTokenVerifier({ hs256Secret: hsSecret })(long)).resolves.toMatchObject({
      subject: 'dev',
    });
    const capped = createTokenVerifier({ hs256Secret: hsSecret, maxLifetimeSeconds: 24 * 3600 });
    await expect(capped(long)).rejects.toThrow(/longer/);
    // Without iat, the lifetime counts from now.
    const noIat = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('dev')
      .setExpirationTime('30d')
      .sign(key);
    await expect(capped(noIat)).rejects.toThrow(/longer/);
    const day = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('dev')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(key);
    await expect(capped(day)).resolves.toMatchObject({ subject: 'dev' });
  });
  it('takes a verified token again only while it has not expired, and never a tampered copy', async () => {
    const key = new TextEncoder().encode(hsSecret);
    const verify = createTokenVerifier({ hs256Secret: hsSecret });
    const exp = Math.floor(Date.now() / 1000) + 2;
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('dev')
      .setExpirationTime(exp)
      .sign(key);
    await expect(verify(token)).resolves.toMatchObject({ subject: 'dev' });
    await expect(verify(token)).resolves.toMatchObject({ subject: 'dev' });
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const forged = `${header}.${Buffer.from(JSON.stringify({ sub: 'root', exp })).toString('base64url')}.${signature}`;
    expect(forged).not.toBe(`${header}.${payload}.${signature}`);
    await expect(verify(forged)).rejects.toThrow();
    await new Promise((r) => setTimeout(r, exp * 1000 - Date.now() + 50));
    await expect(verify(token)).rejects.toThrow(/exp/);
  });
});
