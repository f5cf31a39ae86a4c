import { createHash, randomBytes } from 'node:crypto';

export const API_KEY_PREFIX = 'lrl_';

/** A reporting key: 256 random bits, shown once; only its hash is stored. */
export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBytes(32).toString('base64url');
}

/** Keys carry full entropy, so a plain SHA-256 is the right hash (no salt or stretching needed). */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
