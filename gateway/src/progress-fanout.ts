import { ANONYMOUS, type Identity } from '@laurel/auth';
import type { SharedProgressRequest, SubscribeParams } from './progress-request';

export {
  progressSessionId,
  sharedProgressRequest,
  type SharedProgressRequest,
  type SubscribeParams,
} from './progress-request';

/**
 * `votingProgress` executed once per session and gateway process, not once per subscriber.
 *
 * Every subscriber of a session receives the same payload (counts, status, results: nothing
 * per user), so subscriptions asking for the same fields share one upstream subscription, run
 * under the gateway's own identity, and each update is serialised once and written to every
 * socket as a ready graphql-ws frame. Who may watch is still decided per subscriber by the
 * voting subgraph's own rule (its council's members and the organization's admins): once when
 * joining and again every `recheckMs` for the whole audience in one call, so a member removed
 * from the council stops receiving. Anything else (other fields, fragments, directives) takes
 * the ordinary per-subscriber path.
 */

/** What a result stream looks like to the hub: graphql-ws results, one at a time. */
export type ResultStream = AsyncIterator<unknown> & { return?: () => Promise<unknown> };

/** A graphql-ws subscriber: where its frames go. */
export interface WatcherSocket {
  readonly bufferedAmount: number;
  send(data: string): void;
  terminate(): void;
}

export interface ProgressFanoutOptions {
  /** Starts the upstream subscription (run under `SYSTEM_IDENTITY`). */
  subscribeUpstream(params: SubscribeParams): Promise<ResultStream | object>;
  /** The voting subgraph's verdict for each identity (same order). */
  audience(sessionId: string, identities: Identity[]): Promise<boolean[]>;
  recheckMs?: number;
  /** A subscriber this far behind (bytes queued) is dropped. */
  maxBufferedBytes?: number;
  /** Told of every broadcast (metrics); absent: nobody counts. */
  observer?: FanoutObserver;
}

/** What the fan-out reports: each broadcast's deliveries and how long it took to write them all. */
export interface FanoutObserver {
  broadcast?(deliveries: number, lagSeconds: number): void;
}

/** The gateway's identity for shared upstream work; it only ever selects `PROGRESS_SHAPE`. */
export const SYSTEM_IDENTITY: Identity = Object.freeze({
  ...ANONYMOUS,
  subject: 'system:gateway-fanout',
  isPlatformAdmin: true,
}) as Identity;

/** The answer to whoever may not watch a session: the same on the shared and the ordinary path. */
export const PROGRESS_NOT_FOUND = {
  data: null,
  errors: [
    { message: 'Voting session not found', path: ['votingProgress'], extensions: { code: 'NOT_FOUND' } },
  ],
};

const NOT_FOUND_PAYLOAD = JSON.stringify(PROGRESS_NOT_FOUND);

const UNAVAILABLE_PAYLOAD = JSON.stringify({
  data: null,
  errors: [
    { message: 'Progress is unavailable, subscribe again', extensions: { code: 'SERVICE_UNAVAILABLE' } },
  ],
});

class Watcher {
  private finished = false;
  private wake: ((r: IteratorResult<never>) => void) | null = null;

  constructor(
    readonly identity: Identity,
    private readonly socket: WatcherSocket,
    private readonly prefix: string,
    private readonly onEnd: (watcher: Watcher) => void,
    private readonly maxBufferedBytes: number,
  ) {}

  /** Writes one ready frame: `{"id":…,"type":"next","payload":<payload>}`. */
  deliver(payload: string): void {
    if (this.finished) return;
    if (this.socket.bufferedAmount > this.maxBufferedBytes) {
      this.socket.terminate();
      this.end();
      return;
    }
    this.socket.send(`${this.prefix}${payload}}`);
  }

  end(): void {
    if (this.finished) return;
    this.finished = true;
    this.onEnd(this);
    this.wake?.({ done: true, value: undefined });
  }

  /** What graphql-ws iterates: nothing is yielded (frames are written directly); it ends with the watcher. */
  iterator(): AsyncIterableIterator<never> {
    const finished: IteratorResult<never> = { done: true, value: undefined };
    const iterator: AsyncIterableIterator<never> = {
      next: () =>
        this.finished
          ? Promise.resolve(finished)
          : new Promise<IteratorResult<never>>((resolve) => (this.wake = resolve)),
      return: () => {
        this.end();
        return Promise.resolve(finished);
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}

class Hub {
  readonly watchers = new Set<Watcher>();
  private last: string | null = null;
  private upstream: ResultStream | null = null;
  private started = false;
  private done = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly sessionId: string,
    private readonly params: SubscribeParams,
    private readonly options: Required<ProgressFanoutOptions>,
    private readonly onEmpty: (hub: Hub) => void,
  ) {}

  add(watcher: Watcher): void {
    this.watchers.add(watcher);
    if (this.last !== null) watcher.deliver(this.last);
    if (!this.started && !this.done) {
      this.started = true;
      void this.run();
    }
  }

  remove(watcher: Watcher): void {
    this.watchers.delete(watcher);
    if (this.watchers.size === 0) this.stop();
  }

  private stop(): void {
    if (this.done) return;
    this.done = true;
    if (this.timer) clearInterval(this.timer);
    this.onEmpty(this);
    void this.upstream?.return?.().catch(() => undefined);
    for (const watcher of [...this.watchers]) watcher.end();
  }

  private broadcast(payload: string): void {
    this.last = payload;
    const started = performance.now();
    for (const watcher of this.watchers) watcher.deliver(payload);
    this.options.observer.broadcast?.(this.watchers.size, (performance.now() - started) / 1000);
  }

  private async run(): Promise<void> {
    this.timer = setInterval(() => void this.recheck(), this.options.recheckMs);
    this.timer.unref();
    try {
      const started = await this.options.subscribeUpstream(this.params);
      if (this.done) {
        await (started as ResultStream).return?.();
        return;
      }
      if (typeof (started as ResultStream).next !== 'function') {
        this.broadcast(JSON.stringify(started)); // a single result: validation errors
        return;
      }
      this.upstream = started as ResultStream;
      for (;;) {
        const next = await this.upstream.next();
        if (next.done || this.done) break;
        const payload = JSON.stringify(next.value);
        this.broadcast(payload);
        const status = (next.value as { data?: { votingProgress?: { status?: string } } } | null)?.data
          ?.votingProgress?.status;
        if (status === 'CLOSED') break;
      }
    } catch (error) {
      console.error('[gateway] shared votingProgress failed', error);
      this.broadcast(UNAVAILABLE_PAYLOAD);
    } finally {
      this.stop();
    }
  }

  /** The whole audience re-checked in one call; whoever may no longer watch is ended. */
  private async recheck(): Promise<void> {
    if (this.done || this.watchers.size === 0) return;
    // Watchers sharing an identity (one person on several sockets) are asked about once.
    const byIdentity = new Map<Identity, Watcher[]>();
    for (const w of this.watchers) byIdentity.set(w.identity, [...(byIdentity.get(w.identity) ?? []), w]);
    const identities = [...byIdentity.keys()];
    let verdicts: boolean[];
    try {
      verdicts = await this.options.audience(this.sessionId, identities);
    } catch (error) {
      console.error('[gateway] votingProgress audience check failed', error);
      return; // fail safe on the next round; a transient error does not cut everyone off
    }
    identities.forEach((identity, i) => {
      if (verdicts[i] !== true) for (const w of byIdentity.get(identity) ?? []) w.end();
    });
  }
}

/** One identity waiting for its join check, with everyone who joined as it. */
interface PendingJoin {
  identity: Identity;
  waiters: { resolve(allowed: boolean): void; reject(error: unknown): void }[];
}

/** Most identities in one audience call (the voting route takes 10,000). */
const AUDIENCE_BATCH = 5_000;

export class ProgressFanout {
  private readonly hubs = new Map<string, Hub>();
  private readonly options: Required<ProgressFanoutOptions>;
  /**
   * Join checks waiting for the next audience call, per session: subscribers arriving together
   * (a meeting room opening its screens, a reconnect after a deploy) are checked in one call,
   * each distinct identity once, instead of one call each.
   */
  private readonly joining = new Map<string, Map<string, PendingJoin>>();

  constructor(options: ProgressFanoutOptions) {
    this.options = {
      recheckMs: 2_000,
      maxBufferedBytes: 1024 * 1024,
      ...options,
      observer: options.observer ?? {},
    };
  }

  /** Open hubs (one per distinct shared subscription): for tests and metrics. */
  get size(): number {
    return this.hubs.size;
  }

  /** One subscriber's check, batched with the others of the same session (see `joining`). */
  private mayJoin(sessionId: string, identity: Identity): Promise<boolean> {
    return new Promise((resolve, reject) => {
      let batch = this.joining.get(sessionId);
      if (!batch) {
        const created = new Map<string, PendingJoin>();
        this.joining.set(sessionId, created);
        batch = created;
        // Whoever joins before the next turn of the event loop shares the call.
        setImmediate(() => {
          if (this.joining.get(sessionId) === created) this.joining.delete(sessionId);
          void this.checkJoins(sessionId, [...created.values()]);
        });
      }
      const key = JSON.stringify(identity);
      const entry = batch.get(key) ?? { identity, waiters: [] };
      entry.waiters.push({ resolve, reject });
      batch.set(key, entry);
    });
  }

  private async checkJoins(sessionId: string, entries: PendingJoin[]): Promise<void> {
    for (let start = 0; start < entries.length; start += AUDIENCE_BATCH) {
      const chunk = entries.slice(start, start + AUDIENCE_BATCH);
      try {
        const verdicts = await this.options.audience(
          sessionId,
          chunk.map((e) => e.identity),
        );
        chunk.forEach((e, i) => e.waiters.forEach((w) => w.resolve(verdicts[i] === true)));
      } catch (error) {
        chunk.forEach((e) => e.waiters.forEach((w) => w.reject(error)));
      }
    }
  }

  /**
   * Joins a subscriber; returns what graphql-ws iterates for it. A caller who may not watch
   * gets the same NOT_FOUND result as on the ordinary path, and the subscription completes.
   */
  async join(
    request: SharedProgressRequest,
    params: SubscribeParams,
    identity: Identity,
    socket: WatcherSocket,
    id: string,
  ): Promise<AsyncIterableIterator<never>> {
    const prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
    let allowed: boolean | undefined;
    let refusal = NOT_FOUND_PAYLOAD;
    try {
      allowed = await this.mayJoin(request.sessionId, identity);
    } catch (error) {
      console.error('[gateway] votingProgress audience check failed', error);
      refusal = UNAVAILABLE_PAYLOAD;
    }
    let hub = this.hubs.get(request.key);
    const watcher = new Watcher(
      identity,
      socket,
      prefix,
      (w) => hub?.remove(w),
      this.options.maxBufferedBytes,
    );
    if (!allowed) {
      hub = undefined;
      watcher.deliver(refusal);
      watcher.end();
      return watcher.iterator();
    }
    if (!hub) {
      const created = new Hub(request.sessionId, params, this.options, (h) => {
        if (this.hubs.get(request.key) === h) this.hubs.delete(request.key);
      });
      this.hubs.set(request.key, created);
      hub = created;
    }
    const iterator = watcher.iterator();
    hub.add(watcher);
    return iterator;
  }
}
