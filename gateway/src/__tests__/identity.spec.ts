import { ANONYMOUS, createTokenVerifier, type Identity } from '@laurel/auth';
import { GraphQLError } from 'graphql';
import {
  createIdentityResolver,
  credentialsFromConnectionParams,
  credentialsFromHeaders,
  type IdentityResolver,
} from '../identity';
import {
  fakeIdentityService,
  INTERNAL_SECRET,
  JWT_SECRET,
  makeToken,
  type FakeOrganizations,
} from './helpers';

const alicesGrants: Identity = {
  subject: 'alice',
  isPlatformAdmin: false,
  personIds: ['p1'],
  personPaths: [],
  grants: [{ id: 'g1', organizationId: 'o1', path: 'n.p1', role: 'ORG_ADMIN' }],
  apiKey: null,
  tenantRoots: [],
};
const reportingKey: Identity = {
  ...ANONYMOUS,
  personIds: [],
  grants: [],
  apiKey: { id: 'k1', organizationId: 'o2', path: 'n.p2' },
};

async function rejection(promise: Promise<unknown>): Promise<GraphQLError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return error as GraphQLError;
}

async function expectUnauthenticated(promise: Promise<unknown>): Promise<void> {
  const error = await rejection(promise);
  expect(error.extensions['code']).toBe('UNAUTHENTICATED');
  expect(error.extensions['http']).toEqual({ status: 401 });
}

describe('identity resolution', () => {
  let organizations: FakeOrganizations;
  let resolve: IdentityResolver;

  beforeAll(async () => {
    organizations = await fakeIdentityService((query) => {
      if (query.subject === 'alice' || query.subject === 'root')
        return { ...alicesGrants, subject: query.subject };
      if (query.apiKey === 'lrl_good') return reportingKey;
      return null;
    });
    resolve = createIdentityResolver({
      verifyToken: createTokenVerifier({ hs256Secret: JWT_SECRET }),
      identityUrl: organizations.url,
      internalSecret: INTERNAL_SECRET,
      platformAdminSubjects: ['root'],
    });
  });
  afterAll(() => organizations.close());
  beforeEach(() => organizations.calls.splice(0));

  it('is anonymous without credentials, without asking organizations', async () => {
    await expect(resolve({})).resolves.toEqual(ANONYMOUS);
    expect(organizations.calls).toHaveLength(0);
  });

  it('resolves a valid HS256 token to the subject with its grants', async () => {
    const identity = await resolve({
      authorization: `Bearer ${makeToken({ sub: 'alice' })}`,
    });
    expect(identity).toEqual({ ...alicesGrants, isPlatformAdmin: false });
    expect(organizations.calls).toEqual([{ subject: 'alice' }]);
  });

  it('makes platform administrators from PLATFORM_ADMIN_SUBJECTS only', async () => {
    const identity = await resolve({
      authorization: `Bearer ${makeToken({ sub: 'root' })}`,
    });
    expect(identity.subject).toBe('root');
    expect(identity.isPlatformAdmin).toBe(true);
  });

  it('keeps a valid subject that organizations does not know yet, without grants', async () => {
    const identity = await resolve({
      authorization: `bearer ${makeToken({ sub: 'newcomer' })}`,
    });
    expect(identity).toEqual({ ...ANONYMOUS, subject: 'newcomer' });
  });

  it('refuses a token signed with another secret', async () => {
    await expectUnauthenticated(
      resolve({
        authorization: `Bearer ${makeToken({ sub: 'alice' }, { secret: 'forged'.repeat(8) })}`,
      }),
    );
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const [head, , signature] = makeToken({ sub: 'bob' }).split('.');
    const payload = Buffer.from(JSON.stringify({ sub: 'root', exp: 9_999_999_999 })).toString('base64url');
    await expectUnauthenticated(resolve({ authorization: `Bearer ${head}.${payload}.${signature}` }));
  });

  it('refuses alg none', async () => {
    await expectUnauthenticated(
      resolve({
        authorization: `Bearer ${makeToken({ sub: 'root' }, { alg: 'none' })}`,
      }),
    );
  });

  it('refuses an expired token', async () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    await expectUnauthenticated(
      resolve({
        authorization: `Bearer ${makeToken({ sub: 'alice', iat: past - 60, exp: past })}`,
      }),
    );
  });

  it('refuses a token without subject', async () => {
    await expectUnauthenticated(resolve({ authorization: `Bearer ${makeToken({})}` }));
    await expectUnauthenticated(resolve({ authorization: `Bearer ${makeToken({ sub: '' })}` }));
  });

  it('refuses garbage and non-bearer authorization', async () => {
    await expectUnauthenticated(resolve({ authorization: 'Bearer not-a-jwt' }));
    await expectUnauthenticated(resolve({ authorization: 'Basic YWxpY2U6cHc=' }));
    expect(organizations.calls).toHaveLength(0);
  });

  it('resolves an API key to its read-only identity', async () => {
    await expect(resolve({ apiKey: 'lrl_good' })).resolves.toEqual(reportingKey);
    expect(organizations.calls).toEqual([{ apiKey: 'lrl_good' }]);
  });

  it('refuses an unknown or revoked API key', async () => {
    await expectUnauthenticated(resolve({ apiKey: 'lrl_revoked' }));
  });

  it('refuses both a token and an API key at once', async () => {
    await expectUnauthenticated(
      resolve({
        authorization: `Bearer ${makeToken({ sub: 'alice' })}`,
        apiKey: 'lrl_good',
      }),
    );
  });

  it('does not cache: every request asks organizations again', async () => {
    const authorization = `Bearer ${makeToken({ sub: 'alice' })}`;
    await resolve({ authorization });
    await resolve({ authorization });
    expect(organizations.calls).toHaveLength(2);
  });

  it('answers 503, not anonymous, when organizations is down', async () => {
    const down = createIdentityResolver({
      verifyToken: createTokenVerifier({ hs256Secret: JWT_SECRET }),
      identityUrl: 'http://127.0.0.1:1/internal/identity',
      internalSecret: INTERNAL_SECRET,
      platformAdminSubjects: [],
    });
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = await rejection(down({ authorization: `Bearer ${makeToken({ sub: 'alice' })}` }));
    spy.mockRestore();
    expect(error.extensions['http']).toEqual({ status: 503 });
  });
});

describe('credentials', () => {
  it('reads Authorization and X-API-Key headers', () => {
    const headers = new Headers({
      Authorization: 'Bearer t',
      'X-API-Key': 'k',
    });
    expect(credentialsFromHeaders(headers)).toEqual({
      authorization: 'Bearer t',
      apiKey: 'k',
    });
  });

  it('reads connectionParams in any case', () => {
    expect(credentialsFromConnectionParams({ Authorization: 'Bearer t' })).toEqual({
      authorization: 'Bearer t',
    });
    expect(credentialsFromConnectionParams({ authorization: 'Bearer t' })).toEqual({
      authorization: 'Bearer t',
    });
    expect(credentialsFromConnectionParams({ 'X-API-Key': 'k' })).toEqual({
      apiKey: 'k',
    });
    expect(credentialsFromConnectionParams(undefined)).toEqual({});
  });
});
