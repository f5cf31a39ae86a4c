import { SignJWT } from 'jose';
import { parseArgs } from 'node:util';
import { devSecrets } from './dev-secrets';

/** `npm run token -- --sub <subject> [--hours 8]`: a development HS256 token. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { sub: { type: 'string' }, hours: { type: 'string', default: '8' } },
  });
  if (!values.sub) {
    console.error('usage: npm run token -- --sub <subject> [--hours 8]');
    process.exit(2);
  }
  const secret = process.env.AUTH_JWT_SECRET ?? (await devSecrets()).AUTH_JWT_SECRET;
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(values.sub)
    .setIssuedAt()
    .setExpirationTime(`${Number(values.hours)}h`)
    .sign(new TextEncoder().encode(secret));
  console.log(token);
}

void main();
