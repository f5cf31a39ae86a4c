import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Identity } from './identity';

export const IDENTITY_HEADER = 'x-laurel-identity';
export const SIGNATURE_HEADER = 'x-laurel-signature';

const MAX_SKEW_MS = 60_000;

export class InternalSignatureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InternalSignatureError';
  }
}

function mac(secret: string, timestamp: string, identity: string, body: string): string {
  const bodyHash = createHash('sha256').update(body).digest('hex');
  return createHmac('sha256', secret).update(`${timestamp}\n${identity}\n${bodyHash}`).digest('hex');
}

/**
 * Headers the gateway adds to every subgraph request. The signature covers the identity, the
 * body and the time, so an identity cannot be replayed onto another operation or later on.
 */
export function signInternalRequest(
  identity: Identity,
  secret: string,
  body = '',
  now = Date.now(),
): Record<string, string> {
  const encoded = Buffer.from(JSON.stringify(identity)).toString('base64url');
  const timestamp = String(now);
  return {
    [IDENTITY_HEADER]: encoded,
    [SIGNATURE_HEADER]: `t=${timestamp},v1=${mac(secret, timestamp, encoded, body)}`,
  };
}

export function verifyInternalRequest(
  headers: { identity: string | undefined; signature: string | undefined },
  secret: string,
  body = '',
  now = Date.now(),
): Identity {
  const { identity, signature } = headers;
  if (!identity || !signature) throw new InternalSignatureError('missing internal signature');
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature);
  if (!match) throw new InternalSignatureError('malformed internal signature');
  const [, timestamp, given] = match as unknown as [string, string, string];
  if (Math.abs(now - Number(timestamp)) > MAX_SKEW_MS) {
    throw new InternalSignatureError('internal signature expired');
  }
  const expected = Buffer.from(mac(secret, timestamp, identity, body), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(given, 'hex'))) {
    throw new InternalSignatureError('bad internal signature');
  }
  return JSON.parse(Buffer.from(identity, 'base64url').toString('utf8')) as Identity;
}
