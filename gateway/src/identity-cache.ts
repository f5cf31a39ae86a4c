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
 * - An entry is looked up again in the background once it is past a point drawn between half
 *   and nine tenths of `ttlMs`, and served meanwhile: entries cached together (a wall of
 *   dashboards signing in at once) neither expire together nor make a request wait.
 */
interface Entry<T> {
  value: Promise<T>;
  /** When the lookup started: the answer is no older than that. */
  at: number;
  /** Age (ms) after which the next request starts a background lookup. */
  refreshAfter: number;
  refreshing?: boolean;
}

export class IdentityCache<T> {
  private entries = new Map<string, Entry<T>>();
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
    const age = hit ? Date.now() - hit.at : Infinity;
    if (hit && age < this.ttlMs) {
      if (age >= hit.refreshAfter && !hit.refreshing) this.refresh(key, hit, load);
      return hit.value;
    }
    const entry = this.store(key, load());
    const drop = () => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    };
    const epoch = this.epoch;
    entry.value.then(() => {
      if (this.epoch !== epoch) drop();
    }, drop);
    return entry.value;
  }

  private get ttlMs(): number {
    return this.options.ttlMs ?? 60_000;
  }

  private store(key: string, value: Promise<T>, at = Date.now()): Entry<T> {
    if (this.entries.size >= (this.options.maxEntries ?? 100_000)) this.entries.clear();
    const entry: Entry<T> = { value, at, refreshAfter: this.ttlMs * (0.5 + Math.random() * 0.4) };
    this.entries.set(key, entry);
    return entry;
  }

  /** A new lookup for `hit`'s credential, put in its place once answered (if nothing changed). */
  private refresh(key: string, hit: Entry<T>, load: () => Promise<T>): void {
    hit.refreshing = true;
    const epoch = this.epoch;
    const at = Date.now();
    const value = load();
    value.then(
      () => {
        if (this.epoch === epoch && this.entries.get(key) === hit) this.store(key, value, at);
      },
      // The current answer stays until its own end; the next request past it tries again.
      () => (hit.refreshing = false),
    );
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
