import { randomBytes } from 'node:crypto';

/** Organization codes are global: every test makes its own. */
export function uniqueCode(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}
