import { createHash } from 'node:crypto';

/**
 * Identities the gateway already looked up, valid while the organizations subgraph's identity
 * generation (moved forward by every change to grants, API keys, accounts or organization
 * paths) stays where it was. Without it every request cost a call to organizations.
 *
 * - A poll every `pollMs` reads the generation; when it moved, everything is dropped. A change
 *   made through another gateway process is therefore seen here within one poll.
 * - `flush()` drops everything at once: this gateway calls it after any mutation that
 *   organizations executed, so its own clients see their change on their next request.
 * - While the generation cannot be read, nothing is cached (every request asks organizations).
 * - A lookup that was in flight when the cache was dropped is not stored: it may predate the
 *   change.
 * - Concurrent lookups of one credential share one call.
 */
export class IdentityCache<T> {
  private entries = new Map<string, { value: Promise<T>; at: number }>();
  private epoch = 0;
  private generation: string | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly options: {
      readGeneration: () => Promise<string>;
      pollMs?: number;
      /** A ceiling on any entry's age whatever the generation says. */
      ttlMs?: number;
      maxEntries?: number;
    },
  ) {}

  /** Starts polling; resolves once the first generation is known (or could not be read). */
  async start(): Promise<void> {
    await this.poll();
    this.timer = setInterval(() => void this.poll(), this.options.pollMs ?? 500);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.flush();
  }

  get enabled(): boolean {
    return this.generation !== null;
  }

  flush(): void {
    this.entries.clear();
    this.epoch++;
  }

  /** The cached answer for this credential, or `load()`'s (stored when nothing changed meanwhile). */
  get(credential: string, load: () => Promise<T>): Promise<T> {
    if (!this.enabled) return load();
    const key = createHash('sha256').update(credential).digest('base64url');
    const hit = this.entries.get(key);
    const now = Date.now();
    if (hit && now - hit.at < (this.options.ttlMs ?? 60_000)) return hit.value;
    const epoch = this.epoch;
    const value = load();
    if (this.entries.size >= (this.options.maxEntries ?? 100_000)) this.entries.clear();
    this.entries.set(key, { value, at: now });
    const drop = () => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    };
    value.then(() => {
      if (this.epoch !== epoch) drop();
    }, drop);
    return value;
  }

  private async poll(): Promise<void> {
    let next: string | null;
    try {
      next = await this.options.readGeneration();
    } catch {
      next = null;
    }
    if (next !== this.generation) {
      this.flush();
      this.generation = next;
    }
  }
}
