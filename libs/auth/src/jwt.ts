import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';

export interface TokenVerifierOptions {
  /** HS256 secret for development tokens. */
  hs256Secret?: string;
  /** OpenID Connect JWKS endpoint for RS256 tokens (production). */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /**
   * Longest lifetime a token may claim, in seconds (`exp` − `iat`, or `exp` − now without `iat`);
   * 0 or unset: no cap beyond `exp` itself. A token without `exp` is always refused.
   */
  maxLifetimeSeconds?: number;
}

export type TokenVerifier = (token: string) => Promise<{ subject: string; claims: JWTPayload }>;

export class InvalidTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}

/**
 * Verifies bearer tokens. The algorithm in the token only picks which configured key to try;
 * each key is pinned to its one algorithm, so `alg: none` or an HS256 token signed with the
 * public RSA key (algorithm confusion) is refused.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const secret = options.hs256Secret ? new TextEncoder().encode(options.hs256Secret) : null;
  const jwks = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : null;
  const claimsOptions = { issuer: options.issuer, audience: options.audience };

  const verify: TokenVerifier = async (token) => {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new InvalidTokenError('malformed token');
    }
    let payload: JWTPayload;
    try {
      if (alg === 'HS256' && secret) {
        ({ payload } = await jwtVerify(token, secret, { ...claimsOptions, algorithms: ['HS256'] }));
      } else if (alg === 'RS256' && jwks) {
        ({ payload } = await jwtVerify(token, jwks, { ...claimsOptions, algorithms: ['RS256'] }));
      } else {
        throw new InvalidTokenError(`token algorithm ${String(alg)} is not accepted`);
      }
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      throw new InvalidTokenError((error as Error).message);
    }
    if (typeof payload.sub !== 'string' || payload.sub.length === 0) {
      throw new InvalidTokenError('token has no subject');
    }
    // A token that never expires cannot be taken back short of rotating the key (issue 23).
    if (typeof payload.exp !== 'number') throw new InvalidTokenError('token has no expiry (exp)');
    const maxLifetime = options.maxLifetimeSeconds ?? 0;
    if (maxLifetime > 0) {
      const now = Math.floor(Date.now() / 1000);
      const from = typeof payload.iat === 'number' ? Math.min(payload.iat, now) : now;
      if (payload.exp - from > maxLifetime)
        throw new InvalidTokenError(`token lives longer than the ${maxLifetime} s this platform accepts`);
    }
    return Object.freeze({ subject: payload.sub, claims: Object.freeze(payload) });
  };
  return reuseVerified(verify);
}

/**
 * A token verified a moment ago is taken again without checking its signature again (a dashboard
 * sends the same bearer token with every request): the same string, for at most
 * VERIFIED_REUSE_MS and never at or past its `exp`, so a key retired from the JWKS stops being
 * honoured within a minute. Failures are never kept. Bounded: the oldest entries go first.
 */
const VERIFIED_REUSE_MS = 60_000;
const MAX_VERIFIED = 10_000;

function reuseVerified(verify: TokenVerifier): TokenVerifier {
  const verified = new Map<string, { until: number; result: Awaited<ReturnType<TokenVerifier>> }>();
  return async (token) => {
    const now = Date.now();
    const kept = verified.get(token);
    if (kept && now < kept.until) return kept.result;
    if (kept) verified.delete(token);
    const result = await verify(token);
    const until = Math.min((result.claims.exp as number) * 1000, now + VERIFIED_REUSE_MS);
    for (const oldest of verified.keys()) {
      if (verified.size < MAX_VERIFIED) break;
      verified.delete(oldest);
    }
    verified.set(token, { until, result });
    return result;
  };
}
