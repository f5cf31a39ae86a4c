import { SignJWT } from 'jose';
import { testEnv } from './environment';

export async function tokenFor(
  subject: string,
  options: { secret?: string; expiresIn?: string } = {},
): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(new TextEncoder().encode(options.secret ?? testEnv('jwtSecret')));
}

/** An unsigned token (`alg: none`), which must be refused. */
export function unsignedToken(subject: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: subject, exp: Math.floor(Date.now() / 1000) + 3600 })}.`;
}
