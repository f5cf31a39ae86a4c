import { ANONYMOUS } from '../identity';
import {
  IDENTITY_HEADER,
  SIGNATURE_HEADER,
  signInternalRequest,
  verifyInternalRequest,
} from '../internal-signature';

const secret = 'x'.repeat(40);
const identity = { ...ANONYMOUS, subject: 'alice', isPlatformAdmin: true };

describe('internal signature', () => {
  const signed = signInternalRequest(identity, secret, '{"query":"{ me }"}', 1_000_000);
  const headers = { identity: signed[IDENTITY_HEADER], signature: signed[SIGNATURE_HEADER] };

  it('round-trips the identity', () => {
    expect(verifyInternalRequest(headers, secret, '{"query":"{ me }"}', 1_000_500)).toEqual(identity);
  });

  it('refuses another body, another secret, a stale time and a forged identity', () => {
    expect(() => verifyInternalRequest(headers, secret, '{"query":"{ x }"}', 1_000_500)).toThrow();
    expect(() => verifyInternalRequest(headers, 'y'.repeat(40), '{"query":"{ me }"}', 1_000_500)).toThrow();
    expect(() => verifyInternalRequest(headers, secret, '{"query":"{ me }"}', 1_200_000)).toThrow(/expired/);
    const forged = Buffer.from(JSON.stringify({ ...identity, subject: 'mallory' })).toString('base64url');
    expect(() =>
      verifyInternalRequest({ ...headers, identity: forged }, secret, '{"query":"{ me }"}', 1_000_500),
    ).toThrow(/bad internal signature/);
    expect(() => verifyInternalRequest({ identity: undefined, signature: undefined }, secret)).toThrow(
      /missing/,
    );
  });
});
