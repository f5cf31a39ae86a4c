import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ROOT } from '@laurel/launcher';

const FILE = join(ROOT, '.data', 'dev-secrets.json');

export interface DevSecrets {
  AUTH_JWT_SECRET: string;
  INTERNAL_SECRET: string;
  /** Wraps the voting sessions' ballot keys (added later: generated when missing). */
  VOTING_SEALING_KEY: string;
}

/**
 * Development only: secrets generated once and kept under .data/ (git-ignored), so that
 * `npm run token` signs tokens the running gateway accepts. Production sets real ones.
 */
export async function devSecrets(): Promise<DevSecrets> {
  const existing = existsSync(FILE) ? (JSON.parse(await readFile(FILE, 'utf8')) as Partial<DevSecrets>) : {};
  if (existing.AUTH_JWT_SECRET && existing.INTERNAL_SECRET && existing.VOTING_SEALING_KEY)
    return existing as DevSecrets;
  const secrets: DevSecrets = {
    AUTH_JWT_SECRET: existing.AUTH_JWT_SECRET ?? randomBytes(32).toString('base64url'),
    INTERNAL_SECRET: existing.INTERNAL_SECRET ?? randomBytes(32).toString('base64url'),
    VOTING_SEALING_KEY: existing.VOTING_SEALING_KEY ?? randomBytes(32).toString('hex'),
  };
  await mkdir(dirname(FILE), { recursive: true });
  await writeFile(FILE, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
