import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Ballots are sealed while a session is open with a per-session key the database never sees
 * in the clear: the key is stored wrapped (AES-256-GCM) under `VOTING_SEALING_KEY`, which lives
 * only in the voting processes' environment. Whoever reads the database (participation and
 * sealed ballots, `xmin` included) can link a voter to a ciphertext, never to a choice; at
 * closing the ballots are opened, rewritten in random order into a fresh table, the sealed rows
 * deleted and the session key destroyed.
 */
export class Sealer {
  private readonly master: Buffer;

  constructor(masterKey: string) {
    const key = Buffer.from(masterKey, /^[0-9a-f]{64}$/i.test(masterKey) ? 'hex' : 'base64url');
    if (key.length !== 32) throw new Error('VOTING_SEALING_KEY must be 32 bytes (hex or base64url)');
    this.master = key;
  }

  /** A new session key, and the same wrapped for storage. */
  newSessionKey(): { key: Buffer; wrapped: Buffer } {
    const key = randomBytes(32);
    return { key, wrapped: seal(this.master, key) };
  }

  unwrap(wrapped: Buffer): Buffer {
    return open(this.master, wrapped);
  }

  sealBallot(sessionKey: Buffer, choices: unknown): Buffer {
    // Padded to a fixed size so that ciphertext lengths do not tell ballots apart.
    const json = Buffer.from(JSON.stringify(choices), 'utf8');
    const size = Math.max(1024, 2 ** Math.ceil(Math.log2(json.length + 4)));
    const padded = Buffer.alloc(size);
    padded.writeUInt32BE(json.length, 0);
    json.copy(padded, 4);
    return seal(sessionKey, padded);
  }

  openBallot<T>(sessionKey: Buffer, sealed: Buffer): T {
    const padded = open(sessionKey, sealed);
    const length = padded.readUInt32BE(0);
    return JSON.parse(padded.subarray(4, 4 + length).toString('utf8')) as T;
  }
}

function seal(key: Buffer, plain: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function open(key: Buffer, sealed: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}
