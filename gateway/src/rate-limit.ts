import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export interface RateLimitOptions {
  /** Requests per minute for one credential (a bearer token or an API key); 0: no limit. */
  perCredentialPerMinute: number;
  /** Requests per minute from one client address; 0: no limit. */
  perIpPerMinute: number;
}

export interface RateLimitVerdict {
  allowed: boolean;
  /** Seconds until the caller may try again (for `Retry-After`). */
  retryAfter: number;
  limit: number;
}

/**
 * Fixed one-minute windows per credential and per address, in this gateway process (with N
 * replicas a client gets up to N times the budget; a shared store comes with the broker).
 * Credentials are keyed by a hash of the raw token or key, never by a claim read before the
 * token is verified (a forged `sub` must not spend someone else's budget).
 */
export class RateLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {}

  check(req: IncomingMessage): RateLimitVerdict {
    const now = this.now();
    if (now - this.windowStart >= 60_000) {
      this.windowStart = now - (now % 60_000);
      this.counts.clear();
    }
    const retryAfter = Math.max(1, Math.ceil((this.windowStart + 60_000 - now) / 1000));
    const keys: [string, number][] = [];
    const credential = req.headers['authorization'] ?? req.headers['x-api-key'];
    if (this.options.perCredentialPerMinute > 0 && typeof credential === 'string')
      keys.push([
        `c:${createHash('sha256').update(credential).digest('base64url')}`,
        this.options.perCredentialPerMinute,
      ]);
    if (this.options.perIpPerMinute > 0)
      keys.push([`ip:${req.socket.remoteAddress ?? 'unknown'}`, this.options.perIpPerMinute]);
    for (const [key, limit] of keys) {
      const count = (this.counts.get(key) ?? 0) + 1;
      this.counts.set(key, count);
      if (count > limit) return { allowed: false, retryAfter, limit };
    }
    return { allowed: true, retryAfter: 0, limit: 0 };
  }
}
