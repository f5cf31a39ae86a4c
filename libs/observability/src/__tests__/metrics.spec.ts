import pg from 'pg';
import { enableMetrics, registry } from '../metrics';
import { timePgQueries, watchBacklog } from '../database';

/** One series' value in the exposition (the sum over matching lines). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    if (Object.entries(labels).every(([k, v]) => (match[3] ?? '').includes(`${k}="${v}"`)))
      sum += Number(match[4]);
  }
  return sum;
}

describe('metrics', () => {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  let backlogReads = 0;
  let backlog = { events: 3, oldestAgeSeconds: 12.5 };

  beforeAll(() => {
    // A query that answers at once: ok unless its text says fail.
    prototype.query = function (...args: unknown[]): unknown {
      const failed = String(args[0]).includes('fail');
      const last = args[args.length - 1];
      if (typeof last === 'function') {
        (last as (e: unknown) => void)(failed ? new Error('fail') : null);
        return undefined;
      }
      return failed ? Promise.reject(new Error('fail')) : Promise.resolve({ rows: [] });
    };
    enableMetrics('unit');
    timePgQueries();
    watchBacklog({
      name: 'unit_feed',
      read: async () => {
        backlogReads += 1;
        return backlog;
      },
    });
  });

  afterAll(() => {
    prototype.query = original;
  });

  it('times every query, promise and callback forms, by outcome', async () => {
    const client = Object.create(pg.Client.prototype) as pg.Client;
    const before = await registry.metrics();
    await client.query('SELECT 1');
    await client.query('SELECT 2');
    await expect(client.query('SELECT fail')).rejects.toThrow('fail');
    await new Promise<void>((resolve) =>
      (client.query as unknown as (text: string, cb: (e: unknown) => void) => void)('SELECT fail', () =>
        resolve(),
      ),
    );
    const after = await registry.metrics();
    const count = (outcome: string, text: string) =>
      sample(text, 'laurel_db_query_duration_seconds_count', { outcome, process: 'unit' });
    expect(count('ok', after) - count('ok', before)).toBe(2);
    expect(count('error', after) - count('error', before)).toBe(2);
  });

  it('exports a backlog (events and oldest age) from one read per scrape', async () => {
    // Past the cache of the scrapes above (one second).
    await new Promise((r) => setTimeout(r, 1_100));
    const reads = backlogReads;
    const text = await registry.metrics();
    expect(sample(text, 'laurel_backlog_events', { backlog: 'unit_feed' })).toBe(3);
    expect(sample(text, 'laurel_backlog_oldest_age_seconds', { backlog: 'unit_feed' })).toBe(12.5);
    expect(backlogReads - reads).toBe(1);
    // A second scrape a second later reads again and follows the backlog down.
    backlog = { events: 0, oldestAgeSeconds: 0 };
    await new Promise((r) => setTimeout(r, 1_100));
    const later = await registry.metrics();
    expect(sample(later, 'laurel_backlog_events', { backlog: 'unit_feed' })).toBe(0);
    expect(sample(later, 'laurel_backlog_oldest_age_seconds', { backlog: 'unit_feed' })).toBe(0);
  });
});
