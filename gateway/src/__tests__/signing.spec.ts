import { ANONYMOUS, verifyInternalRequest } from '@laurel/auth';
import { identityOf, IDENTITY_CONTEXT_KEY, isReservedHeader, signedHeaders } from '../signing';
import { INTERNAL_SECRET } from './helpers';

const alice = { ...ANONYMOUS, subject: 'alice' };

describe('upstream request signing', () => {
  const body = '{"query":"{ me { subject } }"}';

  it('drops the identity headers a client sent and signs the exact body', () => {
    const headers = signedHeaders(
      {
        'content-type': 'application/json',
        'X-Laurel-Identity': 'forged',
        'x-laurel-signature': 't=1,v1=00',
        'x-laurel-anything': 'x',
      },
      alice,
      INTERNAL_SECRET,
      body,
    );
    expect(Object.keys(headers).sort()).toEqual(['content-type', 'x-laurel-identity', 'x-laurel-signature']);
    const verified = verifyInternalRequest(
      {
        identity: headers['x-laurel-identity'],
        signature: headers['x-laurel-signature'],
      },
      INTERNAL_SECRET,
      body,
    );
    expect(verified).toEqual(alice);
    expect(() =>
      verifyInternalRequest(
        {
          identity: headers['x-laurel-identity'],
          signature: headers['x-laurel-signature'],
        },
        INTERNAL_SECRET,
        body + ' ',
      ),
    ).toThrow();
  });

  it('accepts Headers and header arrays', () => {
    const fromHeaders = signedHeaders(
      new Headers({ 'x-laurel-identity': 'forged', accept: 'a' }),
      alice,
      INTERNAL_SECRET,
      '',
    );
    const fromArray = signedHeaders([['X-LAUREL-IDENTITY', 'forged']], alice, INTERNAL_SECRET, '');
    expect(fromHeaders['x-laurel-identity']).not.toBe('forged');
    expect(fromHeaders['accept']).toBe('a');
    expect(fromArray['x-laurel-identity']).not.toBe('forged');
  });

  it('reserves x-laurel-* only', () => {
    expect(isReservedHeader('X-Laurel-Identity')).toBe(true);
    expect(isReservedHeader('x-laurel-whatever')).toBe(true);
    expect(isReservedHeader('authorization')).toBe(false);
  });

  it('falls back to anonymous when a context has no identity', () => {
    expect(identityOf(undefined)).toBe(ANONYMOUS);
    expect(identityOf({ log: {} })).toBe(ANONYMOUS);
    expect(identityOf({ [IDENTITY_CONTEXT_KEY]: alice })).toBe(alice);
  });
});
