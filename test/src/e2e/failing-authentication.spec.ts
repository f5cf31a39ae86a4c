import { IDENTITY_HEADER, SIGNATURE_HEADER, signInternalRequest, ANONYMOUS } from '@laurel/auth';
import { codes, graphql, PLATFORM_ADMIN, testEnv, tokenFor, unsignedToken } from '@laurel/testing';

describe('authentication at the gateway and at the subgraphs', () => {
  it('refuses anonymous callers on private operations', async () => {
    const res = await graphql(`
      {
        me {
          subject
        }
      }
    `);
    expect(codes(res)).toContain('UNAUTHENTICATED');
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await tokenFor(PLATFORM_ADMIN, { secret: 'not-the-secret-not-the-secret-123456' });
    const res = await graphql(
      `
        {
          me {
            isPlatformAdmin
          }
        }
      `,
      {},
      { token: forged },
    );
    expect(codes(res)).toContain('UNAUTHENTICATED');
    expect(res.data?.me).toBeFalsy();
  });

  it('refuses an unsigned alg:none token', async () => {
    const res = await graphql(
      `
        {
          me {
            isPlatformAdmin
          }
        }
      `,
      {},
      { token: unsignedToken(PLATFORM_ADMIN) },
    );
    expect(codes(res)).toContain('UNAUTHENTICATED');
  });

  it('refuses an expired token', async () => {
    const expired = await tokenFor(PLATFORM_ADMIN, { expiresIn: '-1m' });
    const res = await graphql(
      `
        {
          me {
            isPlatformAdmin
          }
        }
      `,
      {},
      { token: expired },
    );
    expect(codes(res)).toContain('UNAUTHENTICATED');
  });

  it('ignores identity headers a client forges', async () => {
    const forged = signInternalRequest(
      { ...ANONYMOUS, subject: PLATFORM_ADMIN, isPlatformAdmin: true },
      'guessed-secret-guessed-secret-000000',
      '',
    );
    const token = await tokenFor('nobody-special');
    const res = await graphql<{ me: { isPlatformAdmin: boolean; subject: string } }>(
      `
        {
          me {
            subject
            isPlatformAdmin
          }
        }
      `,
      {},
      { headers: { authorization: `Bearer ${token}`, ...forged } },
    );
    expect(res.data?.me).toEqual({ subject: 'nobody-special', isPlatformAdmin: false });
  });

  it('knows the platform administrators from PLATFORM_ADMIN_SUBJECTS', async () => {
    const res = await graphql<{ me: { isPlatformAdmin: boolean } }>(
      `
        {
          me {
            isPlatformAdmin
          }
        }
      `,
      {},
      { token: await tokenFor(PLATFORM_ADMIN) },
    );
    expect(res.data?.me.isPlatformAdmin).toBe(true);
  });

  describe('a subgraph reached directly', () => {
    const urls = () => JSON.parse(testEnv('subgraphUrls')) as Record<string, string>;
    const post = (url: string, body: string, headers: Record<string, string> = {}) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

    it.each(['organizations', 'campaigns', 'nominations', 'voting', 'reporting'])(
      '%s refuses unsigned requests, _service and _entities included',
      async (name) => {
        for (const query of [
          '{ _service { sdl } }',
          '{ __typename }',
          '{ _entities(representations: [{__typename: "Organization", id: "x"}]) { __typename } }',
        ]) {
          const res = await post(urls()[name]!, JSON.stringify({ query }));
          expect(res.status).toBe(401);
          expect(await res.text()).not.toContain('sdl');
        }
      },
    );

    it('refuses a signature made with the wrong secret, or replayed onto another body', async () => {
      const url = urls().organizations!;
      const body = JSON.stringify({ query: '{ me { subject } }' });
      const wrong = signInternalRequest(
        { ...ANONYMOUS, subject: PLATFORM_ADMIN, isPlatformAdmin: true },
        'x'.repeat(40),
        body,
      );
      expect((await post(url, body, wrong)).status).toBe(401);
      const good = signInternalRequest({ ...ANONYMOUS, subject: 'someone' }, testEnv('internalSecret'), body);
      expect((await post(url, body, good)).status).toBe(200);
      const replayed = JSON.stringify({ query: '{ organizations { totalCount } }' });
      expect((await post(url, replayed, good)).status).toBe(401);
      expect(good[IDENTITY_HEADER] && good[SIGNATURE_HEADER]).toBeTruthy();
    });
  });
});
