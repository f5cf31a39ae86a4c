/** How to make a secret, said wherever one is refused. */
export const SECRET_HINT = 'make each with `openssl rand -hex 32`';

/** Placeholders people leave in templates and examples. */
const PLACEHOLDERS = ['changeme', 'change-me', 'secret', 'password', 'replace', 'example'];

/**
 * Why `value` is not a production secret, or undefined when it is one: set, at least 32
 * characters, not a placeholder and not a short pattern repeated (fewer than 10 distinct
 * characters: `aaaa…`, `abcabc…`; a random hex or base64 string of 32 has about 16–29).
 */
export function secretWeakness(value: string | undefined, minLength = 32): string | undefined {
  if (value === undefined || value === '') return 'is not set';
  if (value.length < minLength) return `is too short (${value.length} characters, at least ${minLength})`;
  const lower = value.toLowerCase();
  if (PLACEHOLDERS.some((word) => lower.includes(word))) return 'looks like a placeholder';
  if (new Set(value).size < 10) return 'is too easy to guess (a short pattern repeated)';
  return undefined;
}

/** The secrets a production platform needs, as `npm start` checks them before starting anything. */
export function productionSecretProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const check = (name: string, minLength = 32) => {
    const weakness = secretWeakness(env[name], minLength);
    if (weakness) problems.push(`${name} ${weakness}`);
  };
  // The gateway may verify RS256 tokens against a JWKS instead of an HS256 secret.
  if (!env.AUTH_JWKS_URL || env.AUTH_JWT_SECRET) check('AUTH_JWT_SECRET');
  check('INTERNAL_SECRET');
  check('VOTING_SEALING_KEY', 43);
  return problems;
}

/** One sentence naming every refused secret and how to make one. */
export function secretsMessage(problems: string[]): string {
  return `Laurel will not start in production with weak or missing secrets: ${problems.join('; ')}; ${SECRET_HINT} (VOTING_SEALING_KEY: exactly that, 64 hex characters) and set it in the environment.`;
}
