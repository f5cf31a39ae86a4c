// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pkceChallenge, safeReturnPath } from '../session';

describe('sign-in helpers', () => {
  it('computes the S256 challenge of RFC 7636 appendix B', async () => {
    expect(await pkceChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('returns only to a path of this app after sign-in', () => {
    expect(safeReturnPath('/o/1?campaign=2')).toBe('/o/1?campaign=2');
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath('//evil.example/')).toBe('/');
    expect(safeReturnPath('/\\evil.example')).toBe('/');
    expect(safeReturnPath(null)).toBe('/');
  });
});
