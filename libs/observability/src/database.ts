import pg from 'pg';
import { metrics, metricsEnabled, scrapeGauge } from './metrics';

let patched = false;

/** The two label sets of `laurel_db_query_duration_seconds`, built once. */
const OK = { outcome: 'ok' } as const;
const ERROR = { outcome: 'error' } as const;

/**
 * Every PostgreSQL query of the process timed (`laurel_db_query_duration_seconds`), whichever
 * client runs it (TypeORM's pool, LISTEN clients, migrations). Promise and callback forms.
 */
export function timePgQueries(): void {
  if (patched || !metricsEnabled()) return;
  patched = true;
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function timedQuery(this: unknown, ...args: unknown[]): unknown {
    const first = args[0];
    const start = performance.now();
    if (
      typeof first === 'object' &&
      first !== null &&
      typeof (first as { submit?: unknown }).submit === 'function'
    ) {
      // A submittable with a callback (a statement sent with its tenant scope) ends when it is
      // called; streams and cursors have none and are not timed (their end is not this call's).
      const submittable = first as { callback?: (error: unknown, ...rest: unknown[]) => unknown };
      const callback = submittable.callback;
      if (typeof callback === 'function')
        submittable.callback = (error: unknown, ...rest: unknown[]) => {
          metrics.dbQueryDuration.observe(error ? ERROR : OK, (performance.now() - start) / 1000);
          return callback(error, ...rest);
        };
      return original.apply(this, args);
    }
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (error: unknown, ...rest: unknown[]) => {
        metrics.dbQueryDuration.observe(error ? ERROR : OK, (performance.now() - start) / 1000);
        return (last as (...a: unknown[]) => unknown)(error, ...rest);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === 'function')
      (result as Promise<unknown>).then(
        () => metrics.dbQueryDuration.observe(OK, (performance.now() - start) / 1000),
        () => metrics.dbQueryDuration.observe(ERROR, (performance.now() - start) / 1000),
      );
    return result;
  };
}

/** A pg pool as TypeORM's PostgreSQL driver keeps it (`driver.master`). */
interface PoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

const pools = new Map<string, () => PoolLike | undefined>();

/** `laurel_db_pool_connections{pool, state}` for a TypeORM data source, read at scrape time. */
export function watchPool(name: string, db: { driver: unknown }): void {
  if (!metricsEnabled()) return;
  if (pools.size === 0)
    scrapeGauge(
      'laurel_db_pool_connections',
      'Database pool connections by state',
      ['pool', 'state'],
      (set) => {
        for (const [pool, read] of pools) {
          const current = read();
          if (!current) continue;
          set({ pool, state: 'total' }, current.totalCount);
          set({ pool, state: 'idle' }, current.idleCount);
          set({ pool, state: 'waiting' }, current.waitingCount);
        }
      },
    );
  pools.set(name, () => (db.driver as { master?: PoolLike }).master);
}

/** An event backlog: how many events wait and how old the oldest is (seconds), read at scrape time. */
export interface Backlog {
  name: string;
  read(): Promise<{ events: number; oldestAgeSeconds: number }>;
}

const backlogs: Backlog[] = [];

/** `laurel_backlog_events{backlog}` and `laurel_backlog_oldest_age_seconds{backlog}` (outboxes, feeds). */
export function watchBacklog(backlog: Backlog): void {
  if (!metricsEnabled()) return;
  if (backlogs.length === 0) {
    const cache = new Map<string, Promise<{ events: number; oldestAgeSeconds: number } | null>>();
    // Both gauges read the same query once per scrape.
    const readAll =
      (key: 'events' | 'oldestAgeSeconds') => async (set: (l: Record<string, string>, v: number) => void) => {
        for (const b of backlogs) {
          let pending = cache.get(b.name);
          if (!pending) {
            pending = b.read().catch(() => null);
            cache.set(b.name, pending);
            setTimeout(() => cache.delete(b.name), 1_000).unref();
          }
          const value = await pending;
          if (value) set({ backlog: b.name }, value[key]);
        }
      };
    scrapeGauge(
      'laurel_backlog_events',
      'Events not yet delivered or consumed',
      ['backlog'],
      readAll('events'),
    );
    scrapeGauge(
      'laurel_backlog_oldest_age_seconds',
      'Age of the oldest event not yet delivered or consumed',
      ['backlog'],
      readAll('oldestAgeSeconds'),
    );
  }
  backlogs.push(backlog);
}
