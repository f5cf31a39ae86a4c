import { ANONYMOUS, signInternalRequest, type Identity, type TokenVerifier } from '@laurel/auth';
import { GraphQLError } from 'graphql';
import type { IdentityCache } from './identity-cache';

/** The credentials a caller presented, from HTTP headers or graphql-ws connectionParams. */
export interface Credentials {
  authorization?: string | null;
  apiKey?: string | null;
}

export interface IdentityResolverOptions {
  verifyToken: TokenVerifier;
  /** The organizations subgraph's `POST /internal/identity`. */
  identityUrl: string;
  internalSecret: string;
  platformAdminSubjects: readonly string[];
  /** Answers kept while organizations' identity generation stays put (see identity-cache.ts). */
  cache?: IdentityCache<Identity | null>;
  /** For tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export type IdentityResolver = (credentials: Credentials) => Promise<Identity>;

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

export function credentialsFromHeaders(headers: Headers): Credentials {
  return {
    authorization: headers.get('authorization'),
    apiKey: headers.get('x-api-key'),
  };
}

/** graphql-ws clients send `{ Authorization }`, `{ authorization }` or `{ 'X-API-Key' }`. */
export function credentialsFromConnectionParams(params: unknown): Credentials {
  const credentials: Credentials = {};
  if (!params || typeof params !== 'object') return credentials;
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== 'string') continue;
    const name = key.toLowerCase();
    if (name === 'authorization') credentials.authorization = value;
    else if (name === 'x-api-key') credentials.apiKey = value;
  }
  return credentials;
}

/**
 * Who is calling. A credential that is present but wrong is an error, never a silent
 * anonymous: the caller would otherwise see "not found" everywhere and not know why.
 * Grants come from organizations; with a cache they are reused only while nothing that makes
 * up an identity changed (a revoked role or key must stop working at once, a moved
 * organization changes the grant's path).
 */
export function createIdentityResolver(options: IdentityResolverOptions): IdentityResolver {
  const doFetch = options.fetch ?? fetch;
  const admins = new Set(options.platformAdminSubjects);

  const lookUp = (query: { subject: string } | { apiKey: string }): Promise<Identity | null> =>
    options.cache
      ? options.cache.get('subject' in query ? `s:${query.subject}` : `k:${query.apiKey}`, () => ask(query))
      : ask(query);

  const ask = async (query: { subject: string } | { apiKey: string }): Promise<Identity | null> => {
    const body = JSON.stringify(query);
    let response: Response;
    try {
      response = await doFetch(options.identityUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...signInternalRequest(ANONYMOUS, options.internalSecret, body),
        },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
      });
    } catch (error) {
      throw identityServiceError(`identity service unreachable: ${(error as Error).message}`);
    }
    if (!response.ok) throw identityServiceError(`identity service answered ${response.status}`);
    const answer = (await response.json().catch(() => null)) as {
      identity?: Identity | null;
    } | null;
    if (!answer || !('identity' in answer))
      throw identityServiceError('identity service answer is malformed');
    return answer.identity ?? null;
  };

  return async ({ authorization, apiKey }) => {
    if (authorization && apiKey) throw unauthenticated('Send either a bearer token or an API key, not both');

    if (authorization) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match) throw unauthenticated('Authorization must be "Bearer <token>"');
      let subject: string;
      try {
        ({ subject } = await options.verifyToken(match[1] as string));
      } catch (error) {
        throw unauthenticated(`Invalid token: ${(error as Error).message}`);
      }
      const found = await lookUp({ subject });
      // A valid token whose subject has no grants yet is still that subject (e.g. a new user).
      const identity: Identity = found ?? {
        ...ANONYMOUS,
        personIds: [],
        personPaths: [],
        grants: [],
        subject,
      };
      return {
        ...identity,
        subject,
        apiKey: null,
        isPlatformAdmin: admins.has(subject),
      };
    }

    if (apiKey) {
      const found = await lookUp({ apiKey });
      if (!found || !found.apiKey) throw unauthenticated('Invalid or revoked API key');
      // An API key is never a person, whatever the answer says.
      return {
        ...found,
        subject: null,
        personIds: [],
        personPaths: [],
        grants: [],
        isPlatformAdmin: false,
      };
    }

    return ANONYMOUS;
  };
}

function identityServiceError(message: string): GraphQLError {
  // The details go to the log; the client only learns that the gateway could not tell who it is.
  console.error(`[gateway] ${message}`);
  return new GraphQLError('Could not establish your identity, try again later', {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
  });
}
