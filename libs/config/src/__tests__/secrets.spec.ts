import { z } from 'zod';
import { EnvError, parseEnv, secret } from '../parse-env';
import { productionSecretProblems, secretWeakness, secretsMessage } from '../secrets';

const STRONG = 'f3c1a9e07b5d48c2a6e19f0b7d3c5a8e2f4b6d8c0a1e3f5b7d9c2e4a6b8d0f1c'; // openssl rand -hex 32
const shape = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  INTERNAL_SECRET: secret(z.string().min(32, 'must be at least 32 characters')),
  VOTING_SEALING_KEY: secret(z.string().min(43), { minLength: 43 }),
  AUTH_JWT_SECRET: secret(z.string().optional(), { requiredUnless: 'AUTH_JWKS_URL' }),
  AUTH_JWKS_URL: z.string().url().optional(),
  PORT: z.coerce.number().int(),
};

const failure = (source: Record<string, string>): EnvError => {
  try {
    parseEnv(shape, source);
  } catch (error) {
    if (error instanceof EnvError) return error;
    throw error;
  }
  throw new Error('the environment was accepted');
};

describe('production secrets', () => {
  it('judges a secret: missing, short, a placeholder, a pattern repeated, or good', () => {
    expect(secretWeakness(undefined)).toBe('is not set');
    expect(secretWeakness('abc')).toBe('is too short (3 characters, at least 32)');
    expect(secretWeakness('please-change-me-before-going-live-now')).toBe('looks like a placeholder');
    expect(secretWeakness('ab12'.repeat(10))).toBe('is too easy to guess (a short pattern repeated)');
    expect(secretWeakness(STRONG)).toBeUndefined();
    expect(secretWeakness(STRONG.slice(0, 40), 43)).toBe('is too short (40 characters, at least 43)');
  });

  it('refuses every missing or weak one in one message that says how to make one', () => {
    const error = failure({ NODE_ENV: 'production', INTERNAL_SECRET: 'x'.repeat(40), PORT: 'abc' });
    expect(error.problems).toEqual([
      'PORT: Invalid input: expected number, received NaN (got "abc")',
      'INTERNAL_SECRET is too easy to guess (a short pattern repeated); VOTING_SEALING_KEY is not set; AUTH_JWT_SECRET is not set: make each with `openssl rand -hex 32`',
    ]);
    // The value of a secret is never printed.
    expect(error.message).not.toContain('x'.repeat(40));
  });

  it('accepts strong ones, and a JWKS in place of the JWT secret', () => {
    const env = parseEnv(shape, {
      NODE_ENV: 'production',
      INTERNAL_SECRET: STRONG,
      VOTING_SEALING_KEY: STRONG,
      AUTH_JWKS_URL: 'https://id.example.vn/.well-known/jwks.json',
      PORT: '4000',
    });
    expect(env.INTERNAL_SECRET).toBe(STRONG);
    expect(env.AUTH_JWT_SECRET).toBeUndefined();
    // A JWT secret given beside the JWKS is still judged.
    expect(
      failure({
        NODE_ENV: 'production',
        INTERNAL_SECRET: STRONG,
        VOTING_SEALING_KEY: STRONG,
        AUTH_JWKS_URL: 'https://id.example.vn/jwks',
        AUTH_JWT_SECRET: 'secret',
        PORT: '1',
      }).problems,
    ).toEqual([
      'AUTH_JWT_SECRET is too short (6 characters, at least 32): make each with `openssl rand -hex 32`',
    ]);
  });

  it('leaves development alone beyond the usual rules', () => {
    const env = parseEnv(shape, {
      INTERNAL_SECRET: 'a'.repeat(32),
      VOTING_SEALING_KEY: 'b'.repeat(43),
      PORT: '1',
    });
    expect(env.INTERNAL_SECRET).toBe('a'.repeat(32));
  });

  it('says the same for npm start, naming each', () => {
    const problems = productionSecretProblems({ INTERNAL_SECRET: STRONG, VOTING_SEALING_KEY: 'short' });
    expect(problems).toEqual([
      'AUTH_JWT_SECRET is not set',
      'VOTING_SEALING_KEY is too short (5 characters, at least 43)',
    ]);
    expect(secretsMessage(problems)).toBe(
      'Laurel will not start in production with weak or missing secrets: AUTH_JWT_SECRET is not set; VOTING_SEALING_KEY is too short (5 characters, at least 43); make each with `openssl rand -hex 32` (VOTING_SEALING_KEY: exactly that, 64 hex characters) and set it in the environment.',
    );
  });
});
